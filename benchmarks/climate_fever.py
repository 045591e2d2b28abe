"""Score factcheck on the CLIMATE-FEVER development set in one command.

Runs the shared scorer (../shared/tools/score_claims.py) on ../shared/data/climate-fever-dev with
this repository's `factcheck check ... --format jsonl`, and prints its report: accuracy, macro-F1,
per-label figures, confusion matrix, evidence recall@5, claims per second, and a summary line.

    python benchmarks/climate_fever.py                        # the default thresholds
    python benchmarks/climate_fever.py --config factcheck.toml  # thresholds from a config file
    python benchmarks/climate_fever.py --save-output run.jsonl  # also keep the checker's output

Thresholds are tried through a config file: the checker is run from the folder holding the given
`factcheck.toml`, where it finds it.
"""

from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SCORER = SHARED / "tools" / "score_claims.py"
DATASET = SHARED / "data" / "climate-fever-dev"


def main(argv: list[str] | None = None) -> int:
    """Run the scorer; return its exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dataset", type=Path, default=DATASET, help=f"dataset folder (default {DATASET})")
    parser.add_argument("--scorer", type=Path, default=SCORER, help=f"scorer script (default {SCORER})")
    parser.add_argument("--config", type=Path, help="a factcheck.toml whose thresholds to use")
    parser.add_argument("--subset", type=Path, help="only the claim ids listed in this file")
    parser.add_argument("--save-output", type=Path, help="also write the checker's JSON Lines here")
    args = parser.parse_args(argv)
    factcheck = Path(sys.executable).with_name("factcheck")
    cmd = f"{shlex.quote(str(factcheck))} check --claims {{claims}} --source {{sources}} --format jsonl --fail-on none"
    cwd = REPO
    if args.config:
        cwd = args.config.resolve().parent
        if args.config.name != "factcheck.toml":
            parser.error("--config must name a file called factcheck.toml")
    command = [sys.executable, str(args.scorer), str(args.dataset.resolve()), "--cmd", cmd]
    if args.subset:
        command += ["--subset", str(args.subset.resolve())]
    if args.save_output:
        command += ["--save-output", str(args.save_output.resolve())]
    return subprocess.run(command, cwd=cwd, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
