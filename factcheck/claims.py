"""Claims in: typed texts, and claims files in YAML, JSON, JSON Lines, CSV or plain text.

Every claim keeps where it came from (file and line) so that reports can point at it, and the
source refs its file names are resolved relative to the file's folder. A malformed file raises
one `ClaimsError` that names the file, the line and the problem.

Formats, by suffix (stdin, "-", is sniffed among YAML, JSON, JSON Lines and plain text):
- YAML (.yaml, .yml) and JSON (.json): `{sources: [...], claims: [...]}`, a bare list of claims,
  or a single claim mapping. A claim is a text or a mapping with `text` (or `claim`) and optional
  `id`, `expect` (or `expected`), `sources` (or `source`) and `origin`; other keys are ignored.
- JSON Lines (.jsonl, .ndjson): a claim (object or string) a line.
- CSV (.csv, .tsv): a header row with a `text` (or `claim`) column, optional id/expect/origin and
  sources (separated by ";"); "," or, failing that, ";" or tabs separate the cells.
- Plain text (.txt and any other suffix): a claim a non-empty line; "#" starts a comment line.
"""

from __future__ import annotations

import bisect
import csv
import io
import json
import re
import sys
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

try:  # libyaml's parser when PyYAML was built with it: three times faster on big claims files
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - PyYAML without libyaml
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

from factcheck.errors import ClaimsError, SourceError
from factcheck.model import Claim, Verdict
from factcheck.sources import display_path, files, is_url
from factcheck.sources.decode import decode

__all__ = ["CLAIMS_SUFFIXES", "STDIN", "claim_files", "from_texts", "read_claims", "slug"]

STDIN = "-"
STDIN_NAME = "<stdin>"
YAML_SUFFIXES = frozenset({".yaml", ".yml"})
JSON_SUFFIXES = frozenset({".json"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
CSV_SUFFIXES = frozenset({".csv", ".tsv"})
CLAIMS_SUFFIXES = YAML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES | {".txt"}
# "claim" is accepted for "text", "expected" for "expect", "source" for "sources"
TEXT_KEYS = ("text", "claim")
LABELS = ", ".join(v.value for v in Verdict)
SLUG_WORDS = 6
SLUG_CHARS = 48
_SLUG_SKIP = frozenset({"a", "an", "the"})
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")
_WORD = re.compile(r"[a-z0-9]+")


def slug(text: str, taken: set[str]) -> str:
    """A stable id from `text`: up to 6 lower-case ascii words (48 characters) joined by "-".

    When the id is already in `taken`, "-2", "-3"... is appended; the id returned is added to
    `taken`, so one set de-duplicates a whole batch.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = _WORD.findall(_THOUSANDS.sub("", ascii_text.replace("'", "")))
    words = [w for w in words if w not in _SLUG_SKIP] or words
    base = ""
    for word in words[:SLUG_WORDS]:
        joined = f"{base}-{word}" if base else word
        if len(joined) > SLUG_CHARS:
            break
        base = joined
    base = base or (words[0][:SLUG_CHARS] if words else "claim")
    found, n = base, 1
    while found in taken:
        n += 1
        found = f"{base}-{n}"
    taken.add(found)
    return found


def from_texts(texts: Sequence[str]) -> tuple[Claim, ...]:
    """Claims typed at the command line: ids derived from the text, no file."""
    taken: set[str] = set()
    claims = []
    for number, text in enumerate(texts, 1):
        clean = _clean(text)
        if not clean:
            raise ClaimsError(f"claim {number} given on the command line is empty")
        claims.append(Claim(id=slug(clean, taken), text=clean))
    return tuple(claims)


def claim_files(ref: str) -> tuple[str, ...]:
    """The claims files a ref names: itself, or a folder's claims files (recursive, sorted).

    Raises ClaimsError when the path does not exist or a folder holds no claims files.
    """
    if ref == STDIN:
        return (STDIN,)
    path = Path(ref).expanduser()
    if path.is_dir():
        found = tuple(str(p) for p in files.walk(path) if p.suffix.lower() in CLAIMS_SUFFIXES)
        if not found:
            suffixes = ", ".join(sorted(CLAIMS_SUFFIXES))
            raise ClaimsError(f"folder holds no claims files ({suffixes})", path=display_path(path))
        return found
    if not path.exists():
        raise ClaimsError("no such file or folder", path=display_path(path))
    return (ref,)


def read_claims(ref: str) -> tuple[Claim, ...]:
    """The claims of a file, of every claims file in a folder (recursive, sorted), or of stdin ("-").

    Raises ClaimsError naming the file and line of the first problem found.
    """
    claims: list[Claim] = []
    taken: set[str] = set()
    for name in claim_files(ref):
        claims.extend(_read_file(name, taken))
    return tuple(claims)


@dataclass(slots=True)
class _File:
    """One claims file being read: its name as shown, its folder, its file-level sources."""

    name: str  # display path, or "<stdin>"
    folder: Path
    sources: tuple[str, ...] = ()
    ids: dict[str, int] = field(default_factory=dict)  # explicit id -> line

    def error(self, message: str, line: int | None = None, hint: str | None = None) -> ClaimsError:
        return ClaimsError(message, path=self.name, line=line, hint=hint)


@dataclass(frozen=True, slots=True)
class _Entry:
    """A claim as found in a file, before validation: a string or a mapping, and its line."""

    value: Any
    line: int | None
    fields: Mapping[Any, int] = field(default_factory=dict)  # key -> line, where known


def _read_file(ref: str, taken: set[str]) -> list[Claim]:
    if ref == STDIN:
        data = _stdin_bytes()
        file = _File(name=STDIN_NAME, folder=Path.cwd())
        suffix = ""
    else:
        path = Path(ref).expanduser()
        file = _File(name=display_path(path), folder=path.parent)
        suffix = path.suffix.lower()
        try:
            data = path.read_bytes()
        except IsADirectoryError:
            raise file.error("is a folder, not a claims file") from None
        except OSError as err:
            raise file.error(f"cannot read: {err.strerror or err}") from None
    text = _decode(data, file)
    if not text.strip():
        raise file.error("empty file: no claims in it")
    entries = list(_entries(text, suffix or _sniff(text), file))
    if not entries:
        raise file.error("no claims in the file")
    drafts = [_validate(entry, file) for entry in entries]
    taken.update(file.ids)
    return [_finish(draft, file, taken) for draft in drafts]


def _stdin_bytes() -> bytes:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        data: bytes = buffer.read()
        return data
    return sys.stdin.read().encode("utf-8")


def _decode(data: bytes, file: _File) -> str:
    try:
        return decode(data, source=file.name)
    except SourceError as err:
        raise ClaimsError(err.message, path=file.name, line=err.line, hint=err.hint) from None


def _sniff(text: str) -> str:
    """The suffix of the format stdin seems to be in: JSON, JSON Lines, YAML or plain text."""
    head = text.lstrip()
    if head.startswith("["):
        return ".json"
    if head.startswith("{"):
        try:
            json.loads(text)
        except json.JSONDecodeError as err:
            return ".jsonl" if err.msg == "Extra data" else ".json"
        return ".json"
    first = next((line for line in head.splitlines() if line.strip() and not line.startswith("#")), "")
    if first.startswith(("- ", "---")) or re.match(r"(claims|sources)\s*:", first):
        return ".yaml"
    return ".txt"


def _entries(text: str, suffix: str, file: _File) -> Iterator[_Entry]:
    if suffix in YAML_SUFFIXES:
        return _document_entries(_load_yaml(text, file), file)
    if suffix in JSON_SUFFIXES:
        return _document_entries(_load_json(text, file), file)
    if suffix in JSONL_SUFFIXES:
        return _jsonl_entries(text, file)
    if suffix in CSV_SUFFIXES:
        return _csv_entries(text, file, delimiter="\t" if suffix == ".tsv" else _delimiter(text))
    return _plain_entries(text)


# -- YAML and JSON: a document holding a list of claims, or a mapping with `claims:` and `sources:`


class _Lines:
    """Where the parts of a loaded YAML/JSON document start: id(container) -> line by key/index."""

    def __init__(self) -> None:
        self.of: dict[int, dict[Any, int]] = {}

    def line(self, container: object, key: Any) -> int | None:
        return self.of.get(id(container), {}).get(key)


@dataclass(frozen=True, slots=True)
class _Loaded:
    """A parsed YAML/JSON document with the lines of its parts."""

    data: Any
    lines: _Lines
    line: int | None  # line of the document's start


class _LineLoader(_BaseLoader):
    """A safe YAML loader that records the line of every mapping value and sequence item."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.lines = _Lines()


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping: dict[Any, Any] = loader.construct_mapping(node, deep=True)
    found = {k.value: v.start_mark.line + 1 for k, v in node.value if isinstance(k, yaml.ScalarNode)}
    loader.lines.of[id(mapping)] = found
    return mapping


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> list[Any]:
    sequence: list[Any] = loader.construct_sequence(node, deep=True)
    loader.lines.of[id(sequence)] = {i: item.start_mark.line + 1 for i, item in enumerate(node.value)}
    return sequence


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)


def _load_yaml(text: str, file: _File) -> _Loaded:
    try:
        loader = _LineLoader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        at_end = mark is not None and mark.index >= len(text.rstrip())
        if err.context_mark is not None and (at_end or (err.context or "").startswith("while scanning")):
            mark = err.context_mark  # an unclosed quote or bracket, a bad token: where it began
        problem = " ".join(" ".join(p for p in (err.context, err.problem) if p).split())
        raise file.error(f"malformed YAML: {problem}", mark.line + 1 if mark else None) from None
    except yaml.YAMLError as err:
        raise file.error(f"malformed YAML: {' '.join(str(err).split())}") from None
    return _Loaded(data, loader.lines, node.start_mark.line + 1 if node is not None else None)


def _load_json(text: str, file: _File) -> _Loaded:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        raise file.error(f"malformed JSON: {err.msg} (column {err.colno})", err.lineno) from None
    lines = _Lines()
    try:
        _json_lines(text, data, lines)
    except (ValueError, IndexError):
        pass  # lines are a courtesy: a claim whose line is not found has line None
    start = len(text) - len(text.lstrip())
    return _Loaded(data, lines, text.count("\n", 0, start) + 1)


def _json_lines(text: str, data: Any, lines: _Lines) -> None:
    """Record the line of every object member and array item of a JSON text.

    json.loads keeps no positions, so the text is walked again alongside the loaded data, with
    raw_decode for the leaves.
    """
    decoder = json.JSONDecoder()
    breaks = [m.start() for m in re.finditer("\n", text)]

    def line_at(at: int) -> int:
        return bisect.bisect_left(breaks, at) + 1

    def walk(at: int, value: Any) -> int:
        """Walk the JSON value at `text[at]` (whose loaded form is `value`); return where it ends."""
        if isinstance(value, dict) and text[at] == "{":
            found: dict[Any, int] = {}
            at = _skip_space(text, at + 1)
            while text[at] == '"':
                key, at = decoder.raw_decode(text, at)
                at = _skip_space(text, _skip_space(text, at) + 1)  # past ":"
                found[key] = line_at(at)
                at = _skip_space(text, walk(at, value.get(key)))
                if text[at] == ",":
                    at = _skip_space(text, at + 1)
            lines.of[id(value)] = found
            return at + 1
        if isinstance(value, list) and text[at] == "[":
            items: dict[Any, int] = {}
            at = _skip_space(text, at + 1)
            for index, item in enumerate(value):
                items[index] = line_at(at)
                at = _skip_space(text, walk(at, item))
                if text[at] == ",":
                    at = _skip_space(text, at + 1)
            lines.of[id(value)] = items
            return at + 1
        _, end = decoder.raw_decode(text, at)
        return int(end)

    walk(_skip_space(text, 0), data)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def _document_entries(loaded: _Loaded, file: _File) -> Iterator[_Entry]:
    data, lines = loaded.data, loaded.lines
    if isinstance(data, dict):
        if "claims" not in data and any(key in data for key in TEXT_KEYS):
            return iter((_Entry(data, loaded.line, lines.of.get(id(data), {})),))  # a single claim
        if "claims" not in data:
            keys = ", ".join(map(str, data)) or "none"
            raise file.error(f"expected a 'claims:' list (keys found: {keys})", loaded.line)
        file.sources = _sources(data.get("sources"), lines.line(data, "sources"), file)
        claims = data["claims"]
        where = lines.line(data, "claims")
        if claims is None:
            return iter(())
        if not isinstance(claims, list):
            raise file.error(f"'claims' must be a list of claims, not {_kind(claims)}", where)
    elif isinstance(data, list):
        claims = data
    else:
        raise file.error(
            f"expected a list of claims or a mapping with a 'claims:' list, not {_kind(data)}", loaded.line
        )
    return (_Entry(item, lines.line(claims, i), lines.of.get(id(item), {})) for i, item in enumerate(claims))


# -- line formats: JSON Lines, CSV, plain text


def _jsonl_entries(text: str, file: _File) -> Iterator[_Entry]:
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as err:
            raise file.error(f"malformed JSON: {err.msg} (column {err.colno})", number) from None
        yield _Entry(value, number)


def _delimiter(text: str) -> str:
    """The header row's separator: "," else ";" or a tab (spreadsheet exports), "," by default."""
    header = text.split("\n", 1)[0]
    return next((d for d in (",", ";", "\t") if d in header), ",")


def _csv_entries(text: str, file: _File, delimiter: str) -> Iterator[_Entry]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader, None)
        columns = [c.strip().lower() for c in header or ()]
        if not any(key in columns for key in TEXT_KEYS):
            found = ", ".join(repr(c) for c in columns if c) or "none"
            raise file.error(f"no 'text' (or 'claim') column; the columns are: {found}", 1)
        start = reader.line_num + 1
        for row in reader:
            if any(cell.strip() for cell in row):
                record: dict[str, Any] = {k: v for k, v in zip(columns, row, strict=False) if k and v.strip()}
                if "sources" in record:
                    record["sources"] = [s.strip() for s in record["sources"].split(";") if s.strip()]
                if not any(record.get(key) for key in TEXT_KEYS):
                    record["text"] = ""  # an empty claim cell: reported as an empty claim
                yield _Entry(record, start)
            start = reader.line_num + 1
    except csv.Error as err:
        raise file.error(f"malformed CSV: {err}", reader.line_num or None) from None


def _plain_entries(text: str) -> Iterator[_Entry]:
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield _Entry(stripped, number)


# -- one claim


@dataclass(frozen=True, slots=True)
class _Draft:
    """A validated claim whose id may still have to be derived."""

    id: str | None
    text: str
    expect: Verdict | None
    sources: tuple[str, ...]
    origin: str | None
    line: int | None


def _validate(entry: _Entry, file: _File) -> _Draft:
    value, line = entry.value, entry.line
    if isinstance(value, str):
        value = {"text": value}
    if not isinstance(value, dict):
        raise file.error(f"a claim must be a text or a mapping with 'text', not {_kind(value)}", line)

    def member(key: str, synonym: str | None = None) -> tuple[Any, int | None]:
        """A field's value and the line it is on (the claim's line when not known)."""
        name = key if key in value or synonym is None else synonym
        return value.get(name), entry.fields.get(name, line)

    text, at = member("text", "claim")
    if text is None:
        keys = ", ".join(map(str, value)) or "none"
        raise file.error(f"claim has no 'text' (keys found: {keys})", line)
    if not isinstance(text, str):
        raise file.error(f"claim text must be a string, not {_kind(text)}", at, hint="quote it")
    clean = _clean(text)
    if not clean:
        raise file.error("claim text is empty", at)
    return _Draft(
        id=_explicit_id(*member("id"), file),
        text=clean,
        expect=_expect(*member("expect", "expected"), file),
        sources=_sources(*member("sources", "source"), file),
        origin=_origin(*member("origin"), file),
        line=line,
    )


def _finish(draft: _Draft, file: _File, taken: set[str]) -> Claim:
    return Claim(
        id=draft.id if draft.id is not None else slug(draft.text, taken),
        text=draft.text,
        expect=draft.expect,
        sources=tuple(dict.fromkeys(file.sources + draft.sources)),
        origin=draft.origin,
        file=file.name,
        line=draft.line,
    )


def _explicit_id(value: Any, line: int | None, file: _File) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise file.error(f"claim id must be a string, not {_kind(value)}", line)
    ident = str(value).strip()
    if not ident:
        raise file.error("claim id is empty", line)
    if ident in file.ids:
        first = file.ids[ident]
        raise file.error(f"duplicate id {ident!r}" + (f" (first at line {first})" if first else ""), line)
    file.ids[ident] = line or 0
    return ident


def _expect(value: Any, line: int | None, file: _File) -> Verdict | None:
    if value is None:
        return None
    label = value.strip().lower() if isinstance(value, str) else None
    if label not in {v.value for v in Verdict}:
        raise file.error(f"expect must be one of {LABELS}, not {value!r}", line)
    return Verdict(label)


def _origin(value: Any, line: int | None, file: _File) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        raise file.error(f"origin must be a text such as 'article.txt:14', not {_kind(value)}", line)
    return str(value).strip() or None


def _sources(value: Any, line: int | None, file: _File) -> tuple[str, ...]:
    """Source refs resolved against the claims file's folder, as cited (URLs unchanged)."""
    if value is None:
        return ()
    refs = [value] if isinstance(value, str) else value
    if not isinstance(refs, list) or not all(isinstance(r, str) for r in refs):
        raise file.error(f"sources must be a list of paths or URLs, not {_kind(value)}", line)
    return tuple(_resolve(ref.strip(), file.folder) for ref in refs if ref.strip())


def _resolve(ref: str, folder: Path) -> str:
    if is_url(ref):
        return ref
    path = Path(ref).expanduser()
    return display_path(path if path.is_absolute() else folder / path)


def _clean(text: str) -> str:
    """Claim text with runs of white space (line breaks of folded YAML) made single spaces."""
    return " ".join(text.split())


def _kind(value: Any) -> str:
    """A person's name for a parsed value's type, for messages."""
    names = {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "a text",
        list: "a list",
        dict: "a mapping",
    }
    if value is None:
        return "nothing"
    return names.get(type(value), type(value).__name__)
