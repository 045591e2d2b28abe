from __future__ import annotations

import json
import sqlite3
import multiprocessing
from pathlib import Path

import pytest
from index_fixtures import make_passages

from factcheck.errors import ConfigError
from factcheck.index import MemoryIndex, default_index_dir, open_index, refresh
from factcheck.index.sqlite import SqliteIndex
from factcheck.index.store import STAMP, IndexCorrupted
from factcheck.index.tantivy_index import TantivyIndex
from factcheck.options import CheckOptions, FetchOptions
from factcheck.sources.base import Raw


def raws(texts: dict[str, str]) -> list[Raw]:
    return [Raw(source, text.encode()) for source, text in texts.items()]


FILES = {
    "notes/a.txt": "The Kant air base hosts Russian jets.\nIt opened in 2003.\n",
    "notes/b.txt": "Between 2,000 and 4,000 Central Asians joined ISIL.\n",
    "notes/c.txt": "Kyrgyzstan signed the law in 2012.\n",
}


def test_refresh_reindexes_only_changed_sources_and_drops_deleted_ones(persistent, tmp_path: Path) -> None:
    first = refresh(persistent(tmp_path / "ix"), raws(FILES))
    assert (first.sources, first.indexed, first.unchanged, first.removed) == (3, 3, 0, 0)
    assert first.passages == 4

    changed = dict(FILES, **{"notes/b.txt": "A few hundred Central Asians joined ISIL.\n"})
    index = persistent(tmp_path / "ix")
    second = refresh(index, raws(changed))
    assert (second.indexed, second.unchanged, second.removed, second.passages) == (1, 2, 0, 1)
    assert [p.text for p in index.passages("notes/b.txt")] == ["A few hundred Central Asians joined ISIL."]

    del changed["notes/c.txt"]
    index = persistent(tmp_path / "ix")
    third = refresh(index, raws(changed))
    assert (third.indexed, third.unchanged, third.removed) == (0, 2, 1)
    assert index.search("Kyrgyzstan law", limit=5) == []
    assert not persistent(tmp_path / "ix").has("notes/c.txt", Raw("notes/c.txt", FILES["notes/c.txt"].encode()).digest)


def test_refresh_lists_sources_that_cannot_be_parsed(tmp_path: Path) -> None:
    stats = refresh(MemoryIndex(), [Raw("broken.pdf", b"not a pdf at all"), *raws(FILES)])
    assert stats.indexed == 3
    assert [s.ref for s in stats.skipped] == ["broken.pdf"] and stats.skipped[0].reason


@pytest.mark.parametrize(
    "engine, damage",
    [
        (TantivyIndex, lambda d: (d / "meta.json").write_text("{not json")),
        (TantivyIndex, lambda d: (d / "sources.json").write_text("[1, 2")),
        (TantivyIndex, lambda d: (d / STAMP).write_bytes(b"\x00\xff")),
        (SqliteIndex, lambda d: (d / "index.sqlite3").write_bytes(b"garbage " * 4096)),
        (SqliteIndex, lambda d: (d / STAMP).unlink()),
    ],
)
def test_a_corrupted_index_is_rebuilt_with_a_note(engine, damage, tmp_path: Path) -> None:
    folder = tmp_path / "ix"
    refresh(engine(folder), raws(FILES))
    for stray in folder.glob("index.sqlite3-*"):  # WAL files of the closed database
        stray.unlink()
    damage(folder)
    index = engine(folder)
    assert len(index.notes) == 1 and str(folder) in index.notes[0] and "rebuilt" in index.notes[0]
    assert not index.has("notes/a.txt", raws(FILES)[0].digest)
    stats = refresh(index, raws(FILES))
    assert stats.indexed == 3 and stats.notes == index.notes
    assert engine(folder).notes == ()  # rebuilt once, fine afterwards


@pytest.mark.parametrize("engine", [TantivyIndex, SqliteIndex])
def test_a_version_mismatch_is_rebuilt_with_a_note(engine, tmp_path: Path) -> None:
    folder = tmp_path / "ix"
    refresh(engine(folder), raws(FILES))
    stamp = json.loads((folder / STAMP).read_text())
    (folder / STAMP).write_text(json.dumps({**stamp, "format": stamp["format"] + 100}))
    index = engine(folder)
    assert len(index.notes) == 1 and "format" in index.notes[0]
    assert refresh(index, raws(FILES)).indexed == 3


def test_another_engines_folder_is_rebuilt_with_a_note(tmp_path: Path) -> None:
    refresh(SqliteIndex(tmp_path / "ix"), raws(FILES))
    index = TantivyIndex(tmp_path / "ix")
    assert "sqlite" in index.notes[0]
    assert not (tmp_path / "ix" / "index.sqlite3").exists()


def _writer(engine: type, folder: str, name: str, start: multiprocessing.synchronize.Event) -> None:
    index = engine(Path(folder))
    start.wait()
    for n in range(20):
        passages = make_passages(f"{name}/{n}.txt", f"{name} wrote file {n}.", "Shared words in every file.")
        index.replace(f"{name}/{n}.txt", f"{name}-{n}", passages)
        if n % 5 == 4:
            index.flush()
    index.replace("shared.txt", name, make_passages("shared.txt", f"Shared file written by {name}."))
    index.close()


@pytest.mark.parametrize("engine", [TantivyIndex, SqliteIndex])
def test_concurrent_writers_do_not_corrupt_the_index(engine, tmp_path: Path) -> None:
    folder = tmp_path / "ix"
    engine(folder).close()
    # (spawned, not forked: a child forked from a process whose earlier tests left the engine's
    # native threads running can hang on a lock one of them held)
    context = multiprocessing.get_context("spawn")
    start = context.Event()
    workers = [context.Process(target=_writer, args=(engine, str(folder), name, start)) for name in ("left", "right")]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    index = engine(folder)
    assert index.notes == ()
    for name in ("left", "right"):
        for n in range(20):
            assert index.has(f"{name}/{n}.txt", f"{name}-{n}")
            assert [p.text for p in index.passages(f"{name}/{n}.txt")] == [f"{name} wrote file {n}.", "Shared words in every file."]
    shared = list(index.passages("shared.txt"))
    assert len(shared) == 1 and shared[0].text in ("Shared file written by left.", "Shared file written by right.")
    assert index.has("shared.txt", shared[0].text.split()[-1].rstrip("."))
    assert len(index.search("words in every", limit=100)) == 40  # no passage twice


def test_open_index_picks_the_engine(tmp_path: Path) -> None:
    assert isinstance(open_index(CheckOptions()), MemoryIndex)
    assert isinstance(open_index(CheckOptions(index_dir=tmp_path / "t")), TantivyIndex)
    assert isinstance(open_index(CheckOptions(index_dir=tmp_path / "s", index_engine="sqlite")), SqliteIndex)
    assert isinstance(open_index(CheckOptions(index_dir=tmp_path / "m", index_engine="memory")), MemoryIndex)
    cache = FetchOptions(cache_dir=tmp_path / "cache")
    index = open_index(CheckOptions(index_engine="tantivy", fetch=cache))
    assert isinstance(index, TantivyIndex) and index.folder.parent == tmp_path / "cache" / "index"
    with pytest.raises(ConfigError, match="unknown index engine 'lucene'"):
        open_index(CheckOptions(index_engine="lucene"))


def test_default_index_dir_is_one_per_working_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    one, two = default_index_dir(cwd=tmp_path / "a"), default_index_dir(cwd=tmp_path / "b")
    assert one.parent == two.parent == tmp_path / "xdg" / "factcheck" / "index"
    assert one != two and one == default_index_dir(cwd=tmp_path / "a")


def test_build_indexes_ahead_of_a_run_and_only_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck.index import build

    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes").mkdir()
    for name, text in FILES.items():
        (tmp_path / name).write_text(text)
    options = CheckOptions(index_dir=tmp_path / "ix")
    first = build(["notes"], options)
    assert (first.sources, first.indexed, first.passages) == (3, 3, 4)
    second = build(["notes"], options)
    assert (second.indexed, second.unchanged) == (0, 3)
    assert TantivyIndex(tmp_path / "ix").has("notes/a.txt", raws(FILES)[0].digest)


@pytest.mark.parametrize("engine, failure", [(TantivyIndex, ValueError("bad block")), (SqliteIndex, sqlite3.DatabaseError("malformed"))])
def test_an_index_failing_in_use_stops_the_run_cleanly_and_is_rebuilt_next_time(
    engine, failure: Exception, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "ix"
    index = engine(folder)
    refresh(index, raws(FILES))

    def broken(*args: object) -> None:
        raise failure

    monkeypatch.setattr(index, "_query", broken)
    with pytest.raises(IndexCorrupted, match=f"index at {folder} is corrupted .* rebuilt on the next run") as caught:
        index.search("Kant air base", limit=5)
    assert caught.value.exit_code == 2
    again = engine(folder)
    assert len(again.notes) == 1 and not again.has("notes/a.txt", raws(FILES)[0].digest)


def test_refresh_in_worker_processes_builds_the_same_index(tmp_path: Path) -> None:
    many = {f"notes/{n}.txt": f"Note {n} about the Kant air base.\nIt hosts {n * 10} jets.\n" for n in range(40)}
    sources = [Raw("broken.pdf", b"not a pdf"), *raws(many)]
    alone, workers = TantivyIndex(tmp_path / "one"), TantivyIndex(tmp_path / "two")
    one, two = refresh(alone, sources), refresh(workers, sources, jobs=2)
    assert one == two and one.indexed == 40 and [s.ref for s in two.skipped] == ["broken.pdf"]
    for source in many:
        assert list(workers.passages(source)) == list(alone.passages(source))
    assert alone.search("jets Kant 120", limit=10) == workers.search("jets Kant 120", limit=10)


FORKED_AFTER_A_LOCK = """
import fcntl, os, sys
from pathlib import Path
from factcheck.batch import map_ordered
from factcheck.index.tantivy_index import TantivyIndex
from factcheck.model import Passage

folder = Path(sys.argv[1])
index = TantivyIndex(folder)
text = "The Kant air base near Bishkek hosts Russian jets."
index.replace("notes/kant.md", "d1", [Passage(source="notes/kant.md", text=text, line=1, start=0, end=len(text))])
index.flush()
# as a thread of tantivy's may do: hold the meta lock as the workers fork, let go of it (by closing
# its descriptor) once the first has forked
held = os.open(folder / ".tantivy-meta.lock", os.O_RDWR | os.O_CREAT)
fcntl.flock(held, fcntl.LOCK_EX)
closed = []
def let_go():
    if not closed:
        closed.append(os.close(held))
os.register_at_fork(after_in_parent=let_go)
print(map_ordered(lambda q: len(index.search(q, limit=3)), ["Kant air base", "Bishkek jets", "nothing"], jobs=2))
"""


def test_forked_workers_do_not_wait_on_a_tantivy_lock_their_parent_let_go_of(tmp_path: Path) -> None:
    import os
    import signal
    import subprocess
    import sys

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("workers are forked only where fork is available")
    run = subprocess.Popen(
        [sys.executable, "-c", FORKED_AFTER_A_LOCK, str(tmp_path / "ix")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    try:
        out, err = run.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        run.communicate()
        pytest.fail("the forked workers waited on the lock their copy of the parent's descriptor held")
    assert run.returncode == 0, err
    assert out.strip() == "[1, 1, 0]"
