"""Speed benchmark: the index engines bare, and the whole `factcheck check` path.

    .venv/bin/python benchmarks/run.py --passages 200000 --claims 500 [--engine all] [--json out.json]

It writes a synthetic corpus (benchmarks/corpus.py: files of 100 lines, Zipf vocabulary, names,
numbers, dates) and claims into a temporary folder, then, each step in a child process of its own
so that its peak memory (ru_maxrss) is its own:

- per engine (memory, sqlite, tantivy; `--engine` picks some): passages inserted per second
  from nothing (and how much of that time is our text analysis, how much the engine's own),
  query time p50/p95 (top 50, no filter and filtered to 200 sources), time to open the existing
  index and ask `has` for every file, and time to re-index one changed file;
- end to end through `factcheck.pipeline.check` with a persistent index (the default engine):
  cold (no index), warm (nothing changed), incremental (one file changed), warm with `--jobs`,
  the cost per claim, and whether every run gave the same verdicts;
- `factcheck --version` start-up time.

Results go to stdout as a table and, with --json, to a file. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
ENGINES = ("memory", "sqlite", "tantivy")
FILTER_SOURCES = 200
LIMIT = 50
QUERY_BUDGET_S = 60.0  # per query set and engine: a slow engine is measured on fewer queries


# -- children ------------------------------------------------------------------------------------


def child(*args: str, cwd: Path | None = None) -> dict[str, Any]:
    """Run this script with `args` in a child process; its JSON result plus its wall time and peak RSS."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), *args], stdout=subprocess.PIPE, cwd=cwd)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        return {"error": f"exit {proc.returncode}"}
    result: dict[str, Any] = json.loads(out)
    result["wall_s"] = round(time.perf_counter() - start, 3)
    result["peak_rss_mb"] = round(usage.ru_maxrss / 1024, 1)  # kilobytes on Linux
    return result


def ms_summary(samples: list[float]) -> dict[str, float]:
    """p50, p95 and mean of durations in seconds, as milliseconds."""
    ordered = sorted(samples)
    return {
        "p50_ms": round(1000 * statistics.median(ordered), 3),
        "p95_ms": round(1000 * ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 3),
        "mean_ms": round(1000 * statistics.fmean(ordered), 3),
    }


def make_engine(name: str, folder: Path) -> Any:
    """A fresh handle on one engine (`tantivy8`: tantivy with the 8 rarest query terms)."""
    from factcheck.index.memory import MemoryIndex
    from factcheck.index.sqlite import SqliteIndex
    from factcheck.index.tantivy_index import TantivyIndex

    if name == "memory":
        return MemoryIndex()
    if name == "sqlite":
        return SqliteIndex(folder)
    if name == "sqlite-all":
        return SqliteIndex(folder, max_terms=None)
    if name == "tantivy8":
        return TantivyIndex(folder, max_terms=8)
    return TantivyIndex(folder)


def load_passages(corpus: Path) -> list[tuple[str, str, list[Any]]]:
    """(source, digest, passages) per corpus file, a passage per line, as the pipeline would cite them."""
    from factcheck.model import Passage

    out = []
    for path in sorted(corpus.rglob("*.txt")):
        data = path.read_bytes()
        source = str(path.relative_to(corpus.parent))
        passages, offset = [], 0
        for number, line in enumerate(data.decode().splitlines(), 1):
            passages.append(Passage(source, line, number, offset, offset + len(line)))
            offset += len(line) + 1
        out.append((source, hashlib.blake2b(data, digest_size=16).hexdigest(), passages))
    return out


def time_queries(index: Any, claims: list[str], filters: list[frozenset[str] | None]) -> dict[str, float]:
    """Query times of the claims (top 50), stopping after QUERY_BUDGET_S seconds for slow engines."""
    timings: list[float] = []
    began = time.perf_counter()
    for claim, allowed in zip(claims, filters):
        start = time.perf_counter()
        index.search(claim, limit=LIMIT, sources=allowed)
        timings.append(time.perf_counter() - start)
        if start - began > QUERY_BUDGET_S:
            break
    return {**ms_summary(timings), "queries": len(timings)}


def engine_phase(name: str, corpus: Path, claims: list[str], folder: Path) -> dict[str, Any]:
    """Measure one engine bare: cold insert, queries, reopen + has, one file re-indexed."""
    files = load_passages(corpus)
    rows = sum(len(p) for _, _, p in files)
    shutil.rmtree(folder, ignore_errors=True)
    index = make_engine(name, folder)
    from factcheck.index.base import terms

    analysing = 0.0  # our text analysis (terms()), apart from the engine's own work
    start = time.perf_counter()
    for source, digest, passages in files:
        began = time.perf_counter()
        analysed = [terms(p.text) for p in passages]
        analysing += time.perf_counter() - began
        index.replace(source, digest, passages, analysed=analysed)
    index.flush()
    cold = time.perf_counter() - start
    result: dict[str, Any] = {
        "rows": rows,
        "insert_s": round(cold, 3),
        "rows_per_s": round(rows / cold),
        "analysis_s": round(analysing, 3),
        "engine_s": round(cold - analysing, 3),
    }
    index.search(claims[0], limit=LIMIT)  # first search: warms caches
    result["query"] = time_queries(index, claims, [None] * len(claims))
    rng = random.Random(3)
    filters = [frozenset(s for s, _, _ in rng.sample(files, min(FILTER_SOURCES, len(files)))) for _ in claims]
    result["query_filtered"] = time_queries(index, claims, filters)
    if name != "memory":
        index.close()
        start = time.perf_counter()
        index = make_engine(name, folder)
        stale = sum(not index.has(source, digest) for source, digest, _ in files)
        result["reopen_has_s"] = round(time.perf_counter() - start, 4)
        result["stale_after_reopen"] = stale
    source, _, passages = files[len(files) // 2]
    changed = [type(p)(p.source, p.text + " edited", p.line, p.start, p.end + 7) for p in passages]
    start = time.perf_counter()
    index.replace(source, "changed", changed)
    index.flush()
    index.search(claims[0], limit=LIMIT)
    result["one_file_s"] = round(time.perf_counter() - start, 4)
    index.close()
    if folder.exists():
        result["disk_mb"] = round(sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20, 1)
    return result


def check_phase(claims: list[str], ref: str, index_dir: str, engine: str, jobs: int) -> dict[str, Any]:
    """One `pipeline.check` run (in the working folder the parent chose); verdicts and timing."""
    start = time.perf_counter()
    from factcheck import pipeline
    from factcheck.options import CheckOptions

    options = CheckOptions(index_dir=Path(index_dir) if index_dir else None, index_engine=engine, jobs=jobs)
    imported = time.perf_counter()
    report = pipeline.check(claims, [ref], options)
    done = time.perf_counter()
    verdicts = [f.verdict.value for f in report.findings]
    evidence = [[(e.source, e.line, e.stance.value) for e in f.evidence] for f in report.findings]
    digest = hashlib.sha256(json.dumps(verdicts).encode()).hexdigest()[:16]
    # Evidence order can move after an incremental update: tantivy keeps counting deleted
    # passages in its BM25 statistics until segments merge, and the order blends in that score.
    evidence_digest = hashlib.sha256(json.dumps([verdicts, evidence]).encode()).hexdigest()[:16]
    counts: dict[str, int] = {}
    for v in verdicts:
        counts[v] = counts.get(v, 0) + 1
    return {"import_s": round(imported - start, 3), "check_s": round(done - imported, 3), "verdicts": counts, "digest": digest, "evidence_digest": evidence_digest}


def build_phase(ref: str, index_dir: str) -> dict[str, Any]:
    """One `factcheck.index.build` run (what `factcheck sources index` does): read, parse, split, index."""
    start = time.perf_counter()
    from factcheck.index import build
    from factcheck.options import CheckOptions

    stats = build([ref], CheckOptions(index_dir=Path(index_dir)))
    return {
        "build_s": round(time.perf_counter() - start, 3),
        "indexed": stats.indexed,
        "unchanged": stats.unchanged,
        "removed": stats.removed,
        "passages": stats.passages,
    }


def index_builds(work: Path) -> dict[str, Any]:
    """Cold, warm, one-file-changed and one-file-deleted builds of the default persistent index."""
    index_dir = work / "build-index"
    shutil.rmtree(index_dir, ignore_errors=True)
    files = sorted((work / "corpus").rglob("*.txt"))
    out: dict[str, Any] = {}

    def run(name: str) -> None:
        print(f"  index build: {name} ...", file=sys.stderr, flush=True)
        out[name] = child("--phase", "build", "--index-dir", str(index_dir), cwd=work)

    run("cold")
    run("warm")
    original = files[1].read_bytes()
    files[1].write_bytes(original.replace(b".\n", b" edited.\n", 1))
    run("one_changed")
    files[1].write_bytes(original)
    moved = files[2].read_bytes()
    files[2].unlink()
    run("one_deleted")
    files[2].write_bytes(moved)
    return out


# -- the parent ----------------------------------------------------------------------------------


def pipeline_ready() -> str | None:
    """None when `factcheck.pipeline.check` can run, else why not."""
    probe = subprocess.run(
        [sys.executable, "-c", "from factcheck import pipeline; pipeline.check"], capture_output=True, text=True
    )
    return None if probe.returncode == 0 else (probe.stderr.strip().splitlines() or ["import failed"])[-1]


def end_to_end(work: Path, claims_file: Path, claims: int, jobs: int, engine: str, repeat: int = 1) -> dict[str, Any]:
    """cold, warm, one-claim warm, incremental, restored and --jobs runs of the whole check path.

    With `repeat` > 1 the warm, one-claim and --jobs runs are repeated (in turn, so that a busy
    spell on the machine hits every kind alike) and the cost per claim is given as best and median.
    """
    index_dir = work / "e2e-index"
    shutil.rmtree(index_dir, ignore_errors=True)

    def run(name: str, *, count: int = claims, jobs_: int = 1, eng: str = engine, folder: Path | None = index_dir) -> dict[str, Any]:
        args = ["--phase", "check", "--claims-file", str(claims_file), "--count", str(count), "--jobs", str(jobs_)]
        args += ["--index-engine", eng, "--index-dir", str(folder) if folder else ""]
        print(f"  end to end: {name} ...", file=sys.stderr, flush=True)
        return child(*args, cwd=work)

    runs: dict[str, Any] = {"engine": engine}
    runs["cold"] = run("cold")
    runs["warm"] = run("warm")
    runs["warm_one_claim"] = run("warm, one claim", count=1)
    target = sorted((work / "corpus").rglob("*.txt"))[0]
    original = target.read_bytes()
    target.write_bytes(original.replace(b".\n", b" edited.\n", 1))
    runs["incremental"] = run("incremental (one file changed)")
    target.write_bytes(original)
    runs["restored"] = run("incremental (file restored)")
    runs["warm_jobs"] = run(f"warm, --jobs {jobs}", jobs_=jobs)
    rounds = [(runs["warm"], runs["warm_one_claim"], runs["warm_jobs"])]
    for n in range(2, repeat + 1):
        rounds.append((run(f"warm, round {n}"), run(f"warm, one claim, round {n}", count=1), run(f"warm, --jobs {jobs}, round {n}", jobs_=jobs)))
    one_job, many = [], []
    for warm, one, with_jobs in rounds:
        if claims > 1 and "error" not in one:
            if "error" not in warm:
                one_job.append((warm["check_s"] - one["check_s"]) / (claims - 1))
            if "error" not in with_jobs:
                many.append((with_jobs["check_s"] - one["check_s"]) / (claims - 1))
    if one_job:
        runs["per_claim_ms"] = round(1000 * statistics.median(one_job), 3)
        runs["per_claim_ms_best"] = round(1000 * min(one_job), 3)
        runs["claims_per_s"] = round(1 / statistics.median(one_job), 1) if min(one_job) > 0 else None
    if many:
        runs["claims_per_s_jobs"] = round(1 / statistics.median(many), 1) if min(many) > 0 else None
        runs["claims_per_s_jobs_best"] = round(1 / min(many), 1) if min(many) > 0 else None
    runs["rounds"] = len(rounds)
    runs["warm_digests_agree"] = len({r.get("digest") for round_ in rounds for r in (round_[0], round_[2])}) == 1
    same = {k: runs[k].get("digest") for k in ("cold", "warm", "restored", "warm_jobs")}
    runs["identical_verdicts"] = None not in same.values() and len(set(same.values())) == 1 and runs["warm_digests_agree"]
    cited = {k: runs[k].get("evidence_digest") for k in same}
    runs["identical_evidence"] = None not in cited.values() and len(set(cited.values())) == 1
    incremental = runs["incremental"].get("digest")
    runs["incremental_same_verdicts"] = incremental is not None and incremental == runs["cold"].get("digest")
    return runs


def startup(repeat: int = 15) -> dict[str, float]:
    """Median wall time of `factcheck --version` and, for scale, of a bare `python -c pass`."""
    script = Path(sys.executable).with_name("factcheck")

    def median(cmd: list[str]) -> float:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=False)
            times.append(time.perf_counter() - start)
        return round(1000 * statistics.median(times), 1)

    return {"version_ms": median([str(script), "--version"]), "python_ms": median([sys.executable, "-c", "pass"])}


def table(results: dict[str, Any]) -> str:
    """The results as a plain-text table."""
    lines = [
        f"corpus: {results['passages']:,} passages in {results['files']:,} files; {results['claims']} claims; "
        f"{results['machine']}",
        "",
        f"{'engine':<10} {'rows/s':>9} {'insert s':>9} {'engine s':>9} {'q p50 ms':>9} {'q p95 ms':>9} {'filt p50':>9} "
        f"{'filt p95':>9} {'reopen s':>9} {'1 file s':>9} {'disk MB':>8} {'peak MB':>8}",
    ]
    for name, r in results["engines"].items():
        if "error" in r:
            lines.append(f"{name:<10} {r['error']}")
            continue
        lines.append(
            f"{name:<10} {r['rows_per_s']:>9,} {r['insert_s']:>9.1f} {r.get('engine_s', float('nan')):>9.1f} {r['query']['p50_ms']:>9.2f} "
            f"{r['query']['p95_ms']:>9.2f} {r['query_filtered']['p50_ms']:>9.2f} {r['query_filtered']['p95_ms']:>9.2f} "
            f"{r.get('reopen_has_s', float('nan')):>9.3f} {r['one_file_s']:>9.3f} {r.get('disk_mb', 0):>8.1f} "
            f"{r['peak_rss_mb']:>8.1f}"
        )
    builds = results.get("build", {})
    if builds:
        lines += ["", "index build (factcheck.index.build = `factcheck sources index`, default engine):"]
        for key, r in builds.items():
            if "error" in r:
                lines.append(f"  {key:<12} {r['error']}")
                continue
            lines.append(
                f"  {key:<12} {r['build_s']:>8.2f} s in process, {r['wall_s']:>8.2f} s wall, peak {r['peak_rss_mb']:>7.1f} MB; "
                f"indexed {r['indexed']}, unchanged {r['unchanged']}, removed {r['removed']}, passages {r['passages']:,}"
            )
    e2e = results.get("check")
    if isinstance(e2e, dict) and "cold" in e2e:
        lines += ["", f"end to end (factcheck.pipeline.check, engine {e2e['engine']}):"]
        for key in ("cold", "warm", "warm_one_claim", "incremental", "restored", "warm_jobs"):
            r = e2e[key]
            if "error" in r:
                lines.append(f"  {key:<16} {r['error']}")
            else:
                lines.append(
                    f"  {key:<16} check {r['check_s']:>8.2f} s  process {r['wall_s']:>8.2f} s  "
                    f"peak {r['peak_rss_mb']:>7.1f} MB  verdicts {r['digest']}"
                )
        lines.append(
            f"  per claim (warm, median of {e2e.get('rounds', 1)}): {e2e.get('per_claim_ms')} ms (best "
            f"{e2e.get('per_claim_ms_best')}); claims/s {e2e.get('claims_per_s')}, "
            f"with --jobs {results['jobs']}: {e2e.get('claims_per_s_jobs')} (best {e2e.get('claims_per_s_jobs_best')}); "
            "identical verdicts cold/warm/restored/jobs: "
            f"{e2e['identical_verdicts']} (evidence too: {e2e.get('identical_evidence')}); "
            f"incremental same as cold: {e2e['incremental_same_verdicts']}"
        )
    elif e2e:
        lines += ["", f"end to end: not measured ({e2e})"]
    s = results["startup"]
    lines += ["", f"start-up: factcheck --version {s['version_ms']} ms (python -c pass {s['python_ms']} ms)"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Parse arguments; run a child phase or the whole benchmark."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passages", type=int, default=200_000)
    parser.add_argument("--claims", type=int, default=500)
    parser.add_argument("--engine", default="all", help="all, or a comma list of memory, sqlite, tantivy, tantivy8, sqlite-all, none")
    parser.add_argument("--e2e-engine", default="auto", help="index engine of the end-to-end runs (default: the default)")
    parser.add_argument("--no-check", action="store_true", help="measure the engines only")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="jobs of the --jobs run")
    parser.add_argument("--repeat", type=int, default=1, help="rounds of the warm runs (best and median per claim)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--workdir", type=Path, help="keep the corpus and indexes here (default: a temp folder)")
    parser.add_argument("--phase", choices=["engine", "check", "build"], help=argparse.SUPPRESS)
    parser.add_argument("--claims-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--index-engine", default="auto", help=argparse.SUPPRESS)
    parser.add_argument("--index-dir", default="", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.phase == "build":
        json.dump(build_phase("corpus", args.index_dir), sys.stdout)
        return 0
    if args.phase:
        claims = json.loads(args.claims_file.read_text())[: args.count or None]
        if args.phase == "engine":
            work = args.claims_file.parent
            out = engine_phase(args.index_engine, work / "corpus", claims, work / f"index-{args.index_engine}")
        else:
            out = check_phase(claims, "corpus", args.index_dir, args.index_engine, args.jobs)
        json.dump(out, sys.stdout)
        return 0

    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as temporary:
        work = args.workdir or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        from corpus import make_claims, write_corpus

        print(f"writing {args.passages:,} passages ...", file=sys.stderr, flush=True)
        shutil.rmtree(work / "corpus", ignore_errors=True)
        files = write_corpus(work / "corpus", args.passages)
        claims_file = work / "claims.json"
        claims_file.write_text(json.dumps(make_claims(files, args.claims)))
        results: dict[str, Any] = {
            "passages": args.passages,
            "files": len(files),
            "claims": args.claims,
            "jobs": args.jobs,
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
            "engines": {},
        }
        names = ENGINES if args.engine == "all" else tuple(n for n in args.engine.split(",") if n and n != "none")
        for name in names:
            print(f"engine {name} ...", file=sys.stderr, flush=True)
            results["engines"][name] = child("--phase", "engine", "--index-engine", name, "--claims-file", str(claims_file))
        results["build"] = index_builds(work)
        if args.no_check:
            results["check"] = "--no-check"
        elif (why := pipeline_ready()) is not None:
            results["check"] = f"pipeline not available: {why}"
        else:
            results["check"] = end_to_end(work, claims_file, args.claims, args.jobs, args.e2e_engine, args.repeat)
        results["startup"] = startup()
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
