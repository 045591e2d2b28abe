"""Rebuild tests/quality/climate_fever_sample/ from the CLIMATE-FEVER development set.

The sample is fixed and chosen deterministically (by the SHA-1 of claim ids and file names), so
rebuilding it from the same development set gives the same files:

- claims: per gold label, the first PER_LABEL[label] claims in SHA-1 order of their ids;
- sources: every file holding gold evidence of a chosen claim, plus distractor files in SHA-1
  order of their names (files over MAX_DISTRACTOR_BYTES passed over) until DISTRACTORS are in.

    python tests/quality/build_sample.py [DATASET_DIR]   # default: ../shared/data/climate-fever-dev
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "climate_fever_sample"
DEFAULT_DATASET = HERE.parent.parent.parent / "shared" / "data" / "climate-fever-dev"
PER_LABEL = {"supported": 20, "contradicted": 14, "disputed": 10, "unverified": 16}
DISTRACTORS = 300
MAX_DISTRACTOR_BYTES = 4_000


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def build(dataset: Path) -> None:
    """Write the sample's claims.jsonl, gold.jsonl and sources/ under OUT."""
    gold = _read_jsonl(dataset / "gold.jsonl")
    claims = {c["id"]: c for c in _read_jsonl(dataset / "claims.jsonl")}
    chosen = []
    for label, count in PER_LABEL.items():
        rows = sorted((g for g in gold if g["label"] == label), key=lambda g: _key(g["id"]))
        chosen.extend(rows[:count])
    chosen.sort(key=lambda g: _key(g["id"]))
    needed = {e["source"] for g in chosen for e in g["evidence"]}
    pool = sorted((p for p in (dataset / "sources").iterdir() if p.name not in needed), key=lambda p: _key(p.name))
    distractors = [p.name for p in pool if p.stat().st_size <= MAX_DISTRACTOR_BYTES][:DISTRACTORS]
    if OUT.exists():
        shutil.rmtree(OUT)
    (OUT / "sources").mkdir(parents=True)
    for name in sorted(needed | set(distractors)):
        shutil.copyfile(dataset / "sources" / name, OUT / "sources" / name)
    with (OUT / "claims.jsonl").open("w", encoding="utf-8") as f:
        for g in chosen:
            f.write(json.dumps(claims[g["id"]], ensure_ascii=False) + "\n")
    with (OUT / "gold.jsonl").open("w", encoding="utf-8") as f:
        for g in chosen:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DATASET)
