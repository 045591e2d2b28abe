"""A persistent engine on SQLite FTS5 from the standard library: no extra dependency.

One database file `index.sqlite3` in the index folder: `sources` (source, digest), `passages`
(the full records) and `fts`, an FTS5 table over each passage's analysed words (`terms()`,
joined by spaces) whose rowid is the passage id. A query keeps only its `max_terms` rarest words
by document frequency (FTS5's cost grows with the postings it reads; common words add little to
BM25). Writes run in one transaction from the first write to `flush`, under the folder's write
lock, in WAL mode so readers in other processes keep reading the last commit meanwhile.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Collection, Sequence
from pathlib import Path

from factcheck.index.base import analyse_all, ranked, rarest, terms
from factcheck.index.store import Unusable, WriteLock, check_stamp, corrupted, open_or_rebuild, write_stamp
from factcheck.model import Hit, Passage

ENGINE = "sqlite"
FORMAT = 1
DATABASE = "index.sqlite3"
EXTRA = 16

SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (id INTEGER PRIMARY KEY, source TEXT UNIQUE NOT NULL, digest TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS passages (
    id INTEGER PRIMARY KEY, source_id INTEGER NOT NULL, text TEXT NOT NULL,
    line INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, page INTEGER);
CREATE INDEX IF NOT EXISTS passages_source ON passages(source_id);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(body, tokenize="unicode61 remove_diacritics 0 tokenchars '-'''");
CREATE VIRTUAL TABLE IF NOT EXISTS fts_terms USING fts5vocab(fts, 'row');
"""


class SqliteIndex:
    """BM25 (FTS5) over the rarest query words, persisted in `folder`, incremental by digest."""

    def __init__(self, folder: Path, *, max_terms: int | None = 8) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._max_terms = max_terms
        self._lock = WriteLock(self.folder)
        self._writing = False
        self._ids: dict[str, tuple[int, str]] = {}  # source -> (id, digest)
        self._names: dict[int, str] = {}
        self._orphans: list[sqlite3.Connection] = []
        self._pid = os.getpid()
        note = open_or_rebuild(self.folder, self._lock, self._load, self._create)
        self.notes: tuple[str, ...] = (note,) if note else ()

    def _create(self) -> None:
        self._db = self._connect()
        self._db.executescript(SCHEMA)
        write_stamp(self.folder, ENGINE, FORMAT)
        self._read_sources()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.folder / DATABASE, isolation_level=None, timeout=600, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        return db

    def _load(self) -> None:
        check_stamp(self.folder, ENGINE, FORMAT, DATABASE)
        try:
            self._db = self._connect()
            self._read_sources()
            self._db.execute("SELECT count(*) FROM fts_terms WHERE term = 'x'").fetchone()
        except sqlite3.DatabaseError as err:
            raise Unusable(f"it is corrupted ({err})") from err

    def _read_sources(self) -> None:
        rows = self._db.execute("SELECT source, id, digest FROM sources").fetchall()
        self._ids = {source: (sid, digest) for source, sid, digest in rows}
        self._names = {sid: source for source, sid, _ in rows}

    def _forked(self) -> None:
        if os.getpid() != self._pid:  # a connection must not be used (or closed) across fork: open another
            self._pid = os.getpid()
            self._orphans.append(self._db)  # kept open in this process, never touched
            self._lock, self._writing = WriteLock(self.folder), False
            self._db = self._connect()

    # -- the Index protocol --------------------------------------------------------------------

    def has(self, source: str, digest: str) -> bool:
        """True when `source` is indexed with exactly this content digest."""
        entry = self._ids.get(source)
        return entry is not None and entry[1] == digest

    def replace(
        self, source: str, digest: str, passages: Sequence[Passage], *, analysed: Sequence[Sequence[str]] | None = None
    ) -> None:
        """Index `passages` as the whole content of `source`, dropping what it held before."""
        self._write()
        db = self._db
        row = db.execute("SELECT id FROM sources WHERE source = ?", (source,)).fetchone()
        if row:
            sid = row[0]
            self._delete_passages(sid)
            db.execute("UPDATE sources SET digest = ? WHERE id = ?", (digest, sid))
        else:
            sid = db.execute("INSERT INTO sources (source, digest) VALUES (?, ?)", (source, digest)).lastrowid
            assert sid is not None
        first = (db.execute("SELECT max(id) FROM passages").fetchone()[0] or 0) + 1
        rows = [(first + i, sid, p.text, p.line, p.start, p.end, p.page) for i, p in enumerate(passages)]
        db.executemany('INSERT INTO passages (id, source_id, text, line, start, "end", page) VALUES (?,?,?,?,?,?,?)', rows)
        db.executemany(
            "INSERT INTO fts (rowid, body) VALUES (?, ?)",
            ((first + i, " ".join(words)) for i, words in enumerate(analyse_all(passages, analysed))),
        )
        self._ids[source] = (sid, digest)
        self._names[sid] = source

    def _delete_passages(self, sid: int) -> None:
        self._db.execute("DELETE FROM fts WHERE rowid IN (SELECT id FROM passages WHERE source_id = ?)", (sid,))
        self._db.execute("DELETE FROM passages WHERE source_id = ?", (sid,))

    def prune(self, keep: Collection[str]) -> int:
        """Drop every indexed source not in `keep`; return how many were dropped."""
        keep = keep if isinstance(keep, (set, frozenset, dict)) else set(keep)
        gone = [s for s in self._ids if s not in keep]
        if gone:
            self._write()
            for source in gone:
                sid = self._db.execute("SELECT id FROM sources WHERE source = ?", (source,)).fetchone()
                if sid:
                    self._delete_passages(sid[0])
                    self._db.execute("DELETE FROM sources WHERE id = ?", (sid[0],))
                self._names.pop(self._ids.pop(source)[0], None)
        return len(gone)

    def passages(self, source: str) -> Sequence[Passage]:
        """All passages of one indexed source, in order."""
        self.flush()
        rows = self._db.execute(
            'SELECT p.text, p.line, p.start, p."end", p.page FROM passages p JOIN sources s ON s.id = p.source_id'
            " WHERE s.source = ? ORDER BY p.start",
            (source,),
        )
        return [Passage(source, *row) for row in rows]

    def first(self, source: str) -> Passage | None:
        """The first passage of one indexed source (smallest start), None when it has none."""
        return self._one(source, "ORDER BY p.start LIMIT 1", ())

    def before(self, source: str, start: int) -> Passage | None:
        """The passage of `source` just before offset `start`, None when none starts before it."""
        return self._one(source, "AND p.start < ? ORDER BY p.start DESC LIMIT 1", (start,))

    def after(self, source: str, start: int) -> Passage | None:
        """The passage of `source` just after offset `start`, None when none starts after it."""
        return self._one(source, "AND p.start > ? ORDER BY p.start ASC LIMIT 1", (start,))

    def _one(self, source: str, rest: str, args: tuple[int, ...]) -> Passage | None:
        """The passage of `source` that the SQL `rest` (a condition and an order) picks."""
        self.flush()
        row = self._db.execute(
            'SELECT p.text, p.line, p.start, p."end", p.page FROM passages p JOIN sources s ON s.id = p.source_id'
            f" WHERE s.source = ? {rest}",
            (source, *args),
        ).fetchone()
        return Passage(source, *row) if row else None

    def search(self, query: str, *, limit: int, sources: Collection[str] | None = None) -> list[Hit]:
        """The `limit` best passages for `query` by BM25, best first (ties by source and position).

        Raises IndexCorrupted when the database fails (the next run rebuilds it).
        """
        self.flush()
        if limit <= 0 or not self._ids:
            return []
        try:
            return self._query(query, limit, sources)
        except sqlite3.DatabaseError as err:
            raise corrupted(self.folder, err) from err

    def _query(self, query: str, limit: int, sources: Collection[str] | None) -> list[Hit]:
        words = list(dict.fromkeys(terms(query)))
        if not words:
            return []
        marks = ",".join("?" * len(words))
        freq = dict(self._db.execute(f"SELECT term, doc FROM fts_terms WHERE term IN ({marks})", words).fetchall())
        words = rarest(words, freq, self._max_terms if self._max_terms is not None else len(words))
        if not words:
            return []
        match = " OR ".join('"' + w.replace('"', '""') + '"' for w in words)
        sql = "SELECT p.source_id, p.text, p.line, p.start, p.\"end\", p.page, -f.rank FROM fts f JOIN passages p ON p.id = f.rowid WHERE fts MATCH ?"
        args: list[object] = [match]
        if sources is not None:
            allowed = sources if isinstance(sources, (set, frozenset)) else set(sources)
            ids = [self._ids[s][0] for s in allowed if s in self._ids]
            if not ids:
                return []
            if len(ids) < len(self._ids):  # a filter only when it excludes something
                sql += " AND p.source_id IN (SELECT value FROM json_each(?))"
                args.append(json.dumps(ids))
        sql += " ORDER BY f.rank LIMIT ?"
        args.append(limit + EXTRA)
        hits = [
            Hit(Passage(self._names[sid], text, line, start, end, page), score)
            for sid, text, line, start, end, page, score in self._db.execute(sql, args)
        ]
        return ranked(hits, limit)

    # -- writing -------------------------------------------------------------------------------

    def flush(self) -> None:
        """Commit the open transaction and let other processes write."""
        self._forked()
        if not self._writing:
            return
        self._writing = False
        try:
            self._db.execute("COMMIT")
        finally:
            self._lock.release()

    def close(self) -> None:
        """Flush and close the database."""
        self.flush()
        self._db.close()

    def _write(self) -> None:
        self._forked()
        if not self._writing:
            self._lock.acquire()
            self._db.execute("BEGIN IMMEDIATE")
            self._read_sources()  # another run may have written since we opened
            self._writing = True
