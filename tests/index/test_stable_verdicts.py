"""Verdicts do not depend on how the index came to be: cold, warm, incremental, other engine, --jobs."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.options import CheckOptions

pipeline = pytest.importorskip("factcheck.pipeline")

SOURCES = {
    "icg.md": "Between 2,000 and 4,000 Central Asians have joined ISIL, according to the ICG report.\n"
    "Most recruits come from the Fergana valley.\n",
    "tca.txt": "Figures vary from a few thousand to a few hundred Central Asians fighting for ISIL.\n"
    "In 2012 the law on extremism was signed into law by the president.\n"
    "Russia has not controlled the Tajik-Afghan border since 2005.\n",
    "bases.txt": "Russia keeps about 7,000 troops at the 201st military base in Tajikistan.\n"
    "The Kant air base in Kyrgyzstan hosts Russian jets.\n",
    "cis.txt": "Uzbekistan left the CSTO in 2012.\nUzbekistan rejoined the CSTO in 2006.\n",
}
CLAIMS = [
    "Between 2,000 and 4,000 Central Asians fight for ISIL",
    "Russia has controlled the Tajik-Afghan border since 2005",
    "About 7,000 Russian troops are stationed at the 201st base",
    "Uzbekistan left the CSTO in 2012",
    "Uzbekistan left the CSTO in 2010",
    "The moon is made of cheese",
]


def write(folder: Path, files: dict[str, str]) -> None:
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        if old.name not in files:
            old.unlink()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def test_verdicts_are_the_same_however_the_index_was_built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "sources", SOURCES)

    def run(index: str | None, engine: str = "auto", jobs: int = 1):
        options = CheckOptions(index_dir=tmp_path / index if index else None, index_engine=engine, jobs=jobs)
        return pipeline.check(CLAIMS, ["sources"], options)

    cold = run("kept")
    assert {f.verdict.value for f in cold.findings} - {"unverified"}, "the corpus should decide some claims"
    assert run("kept") == cold  # warm
    assert run("kept", jobs=2) == cold
    assert run(None) == cold  # in memory
    assert run("other", engine="sqlite") == cold

    changed = dict(SOURCES, **{"cis.txt": "Uzbekistan left the CSTO in 2010.\n"})
    write(tmp_path / "sources", changed)
    incremental = run("kept")
    assert incremental == run("fresh")
    assert incremental != cold

    del changed["bases.txt"]
    write(tmp_path / "sources", changed)
    incremental = run("kept")
    assert incremental == run("fresh-2") == run(None)
    assert all(e.source != "sources/bases.txt" for f in incremental.findings for e in f.evidence)
