"""Measure verdict quality on the evaluation sets in tests/eval/.

Each set is a folder `tests/eval/<set>/` with `sources/` and a `claims.yaml` whose claims carry the
gold verdict in `expect`. This script runs `factcheck.pipeline.check` on every set and prints, per set
and overall: accuracy, macro-F1, per-label precision/recall/F1, a confusion matrix, and the claims
whose verdict differs from the gold one (id, expected, got, reason).

    python benchmarks/eval_verdicts.py                 # every set
    python benchmarks/eval_verdicts.py central-asia    # some sets, by folder name
    python benchmarks/eval_verdicts.py --json          # machine output
    python benchmarks/eval_verdicts.py --no-heldout    # leave the held-out sets out
    python benchmarks/eval_verdicts.py --demo          # also score claims/central-asia-2014.yaml
    python benchmarks/eval_verdicts.py --engine tantivy  # retrieve as the CLI does (default: memory)
    python benchmarks/eval_verdicts.py --versus tantivy  # the verdicts the two engines give differently

Sets whose folder name starts with `heldout` are written like the others but are not used for
tuning: their figures are reported, their wrong claims are not listed (pass `--show-heldout` to list
them), and `--no-heldout` leaves them out.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
EVAL_ROOT = REPO / "tests" / "eval"
DEMO_CLAIMS = REPO / "claims" / "central-asia-2014.yaml"
HELDOUT = "heldout"  # prefix of the held-out sets
LABELS = ("supported", "contradicted", "disputed", "unverified")


@dataclass(frozen=True, slots=True)
class Outcome:
    """One claim's gold verdict next to the verdict the pipeline gave."""

    set_name: str
    claim_id: str
    text: str
    expected: str
    got: str
    reason: str


@dataclass(frozen=True, slots=True)
class LabelScore:
    """Precision, recall and F1 of one label, with its support (gold count)."""

    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True, slots=True)
class Scores:
    """Accuracy, macro-F1, per-label scores and the confusion matrix of a list of outcomes."""

    total: int
    accuracy: float
    macro_f1: float
    labels: tuple[LabelScore, ...]
    confusion: tuple[tuple[int, ...], ...]  # rows: expected label, columns: predicted, in LABELS order


def discover_sets(root: Path = EVAL_ROOT, *, heldout: bool = True) -> list[Path]:
    """Return the evaluation set folders under `root` (those with a claims.yaml), sorted by name."""
    sets = sorted(p for p in root.iterdir() if (p / "claims.yaml").is_file())
    return [p for p in sets if heldout or not is_heldout(p.name)]


def is_heldout(name: str) -> bool:
    """Whether the set `name` is held out from tuning."""
    return name.startswith(HELDOUT)


def run_set(folder: Path, engine: str = "memory") -> list[Outcome]:
    """Check one set's claims with factcheck.pipeline and pair each verdict with its gold label."""
    return run_claims(folder / "claims.yaml", folder.name, engine)


def run_claims(path: Path, name: str, engine: str = "memory") -> list[Outcome]:
    """Check the claims of one claims file (its `expect` is the gold label) under the set name
    `name`, retrieving through the index `engine` (a persistent one in a fresh folder)."""
    read_claims = importlib.import_module("factcheck.claims").read_claims
    check = importlib.import_module("factcheck.pipeline").check
    options_type = importlib.import_module("factcheck.options").CheckOptions
    claims = read_claims(str(path))
    with tempfile.TemporaryDirectory() as folder:
        options = options_type(index_engine=engine, index_dir=None if engine == "memory" else Path(folder))
        report = check(claims, options=options)  # each claim carries its file's `sources:`
    outcomes = []
    for finding in report.findings:
        claim = finding.claim
        expected = str(claim.expect) if claim.expect is not None else "?"
        outcomes.append(
            Outcome(name, claim.id, claim.text, expected, str(finding.verdict), finding.reason)
        )
    return outcomes


def _ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def score(outcomes: Iterable[Outcome]) -> Scores:
    """Compute accuracy, macro-F1 over the four labels, per-label scores and the confusion matrix."""
    rows = [o for o in outcomes if o.expected in LABELS]
    index = {label: i for i, label in enumerate(LABELS)}
    matrix = [[0] * len(LABELS) for _ in LABELS]
    for o in rows:
        if o.got in index:
            matrix[index[o.expected]][index[o.got]] += 1
    per_label = []
    for i, label in enumerate(LABELS):
        hit = matrix[i][i]
        predicted = sum(1 for o in rows if o.got == label)
        gold = sum(matrix[i]) + sum(1 for o in rows if o.expected == label and o.got not in index)
        p, r = _ratio(hit, predicted), _ratio(hit, gold)
        per_label.append(LabelScore(label, p, r, _ratio(2 * p * r, p + r), gold))
    correct = sum(1 for o in rows if o.expected == o.got)
    macro = sum(s.f1 for s in per_label) / len(per_label)
    return Scores(
        len(rows), _ratio(correct, len(rows)), macro, tuple(per_label), tuple(tuple(r) for r in matrix)
    )


def render_differences(
    first: dict[str, list[Outcome]], second: dict[str, list[Outcome]], one: str, other: str, show_heldout: bool = False
) -> str:
    """The claims whose verdicts two runs (two index engines) give differently: a count per set,
    and the claims themselves for the tuning sets (held-out ones only with `show_heldout`)."""
    lines, total, apart = [], 0, 0
    for name, outcomes in first.items():
        theirs = {o.claim_id: o for o in second[name]}
        differ = [(o, theirs[o.claim_id]) for o in outcomes if o.claim_id in theirs and o.got != theirs[o.claim_id].got]
        total, apart = total + len(outcomes), apart + len(differ)
        if not differ:
            continue
        lines.append(f"== {name}: {len(differ)} of {len(outcomes)} verdicts differ")
        if show_heldout or not is_heldout(name):
            lines += [f"    {a.claim_id}: expected {a.expected}; {one} {a.got}, {other} {b.got}" for a, b in differ]
    lines.append(f"== overall: {apart} of {total} verdicts differ between {one} and {other}")
    return "\n".join(lines)


def render_text(name: str, outcomes: list[Outcome], *, show_wrong: bool = True) -> str:
    """Render one block of figures (a set or the overall total) as plain text."""
    s = score(outcomes)
    lines = [f"== {name}: {s.total} claims, accuracy {s.accuracy:.3f}, macro-F1 {s.macro_f1:.3f}"]
    lines.append(f"  {'label':<13}{'prec':>7}{'rec':>7}{'f1':>7}{'n':>5}")
    for ls in s.labels:
        lines.append(f"  {ls.label:<13}{ls.precision:>7.3f}{ls.recall:>7.3f}{ls.f1:>7.3f}{ls.support:>5}")
    short = [label[:5] for label in LABELS]
    lines.append("  confusion (rows expected, columns got):")
    lines.append("  " + " " * 13 + "".join(f"{h:>7}" for h in short))
    for label, row in zip(LABELS, s.confusion, strict=True):
        lines.append(f"  {label:<13}" + "".join(f"{n:>7}" for n in row))
    wrong = [o for o in outcomes if o.expected != o.got]
    if wrong and show_wrong:
        lines.append(f"  wrong ({len(wrong)}):")
        for o in wrong:
            lines.append(f"    {o.set_name}/{o.claim_id}: expected {o.expected}, got {o.got} -- {o.reason}")
    return "\n".join(lines)


def to_json(name: str, outcomes: list[Outcome], show_heldout: bool = False) -> dict[str, Any]:
    """The figures of one block as a JSON-ready dict; the wrong claims of held-out sets are left
    out unless `show_heldout`."""
    s = score(outcomes)
    return {
        "name": name,
        "total": s.total,
        "accuracy": s.accuracy,
        "macro_f1": s.macro_f1,
        "labels": {
            ls.label: {"precision": ls.precision, "recall": ls.recall, "f1": ls.f1, "support": ls.support}
            for ls in s.labels
        },
        "confusion": {"labels": list(LABELS), "rows": [list(r) for r in s.confusion]},
        "wrong": [
            {"set": o.set_name, "id": o.claim_id, "expected": o.expected, "got": o.got, "reason": o.reason}
            for o in outcomes
            if o.expected != o.got and (show_heldout or not is_heldout(o.set_name))
        ],
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation and print the figures; returns the process exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", help="set folder names (default: all)")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--no-heldout", action="store_true", help=f"leave out tests/eval/{HELDOUT}*/")
    parser.add_argument("--show-heldout", action="store_true", help="list the held-out sets' wrong claims")
    parser.add_argument("--demo", action="store_true", help=f"also score {DEMO_CLAIMS.relative_to(REPO)}")
    parser.add_argument("--root", type=Path, default=EVAL_ROOT, help="folder holding the sets")
    parser.add_argument("--engine", default="memory", choices=("memory", "tantivy", "sqlite"),
                        help="index engine retrieving the candidates (default: memory; the CLI keeps tantivy)")
    parser.add_argument("--versus", choices=("memory", "tantivy", "sqlite"),
                        help="also run with this engine and print the verdicts the two give differently")
    args = parser.parse_args(argv)
    folders = discover_sets(args.root, heldout=not args.no_heldout)
    if args.sets:
        folders = [f for f in folders if f.name in set(args.sets)]
    if not folders:
        print("no evaluation sets found", file=sys.stderr)
        return 2
    results = {f.name: run_set(f, args.engine) for f in folders}
    if args.versus:
        print(render_differences(results, {f.name: run_set(f, args.versus) for f in folders}, args.engine, args.versus, args.show_heldout))
        return 0
    if args.demo:
        results["demo"] = run_claims(DEMO_CLAIMS, "demo", args.engine)
    everything = [o for outcomes in results.values() for o in outcomes]
    if args.json:
        doc = {
            "sets": [to_json(name, outcomes, args.show_heldout) for name, outcomes in results.items()],
            "overall": to_json("overall", everything, args.show_heldout),
        }
        print(json.dumps(doc, indent=2, sort_keys=True))
    else:
        blocks = [
            render_text(name, outcomes, show_wrong=args.show_heldout or not is_heldout(name))
            for name, outcomes in results.items()
        ]
        print("\n\n".join([*blocks, render_text("overall", everything, show_wrong=False)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
