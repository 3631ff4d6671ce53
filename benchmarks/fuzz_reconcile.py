"""Builds the fuzz corpus (bad inputs of every kind mixed with good reports), ingests it with the real
pipeline and prints the reconciliation: inputs generated vs outcomes reported, per kind; crashes; good through.

Run: .venv/bin/python benchmarks/fuzz_reconcile.py [--rounds 34] [--good 50] [--bomb-mb 1024] [--workers 1]
(34 rounds give about 2,100 bad inputs.)
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

import fuzzcorpus  # noqa: E402
from warscribe.store import Store  # noqa: E402

SUMMARY = re.compile(r"(\d+) documents: (\d+) processed, (\d+) skipped, (\d+) rejected")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=34)
    parser.add_argument("--good", type=int, default=50)
    parser.add_argument("--bomb-mb", type=int, default=1024)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="warscribe-fuzz-") as tmp:
        corpus = fuzzcorpus.build(Path(tmp) / "in", bad_rounds=args.rounds, good=args.good, bomb_mb=args.bomb_mb)
        db = Path(tmp) / "fuzz.db"
        start = time.perf_counter()
        try:
            run = subprocess.run([sys.executable, "-m", "warscribe", "ingest", str(corpus.root), "--db", str(db),
                                  "-j", str(args.workers)], capture_output=True, text=True, errors="replace")
        finally:
            corpus.unlock()
        seconds = time.perf_counter() - start
        match = SUMMARY.search(run.stderr)
        crashed = "Traceback" in run.stderr or run.returncode not in (0, 1)
        with Store(db, read_only=True) as store:
            docs = {d.id: d.status for d in store.documents()}
        through = sum(docs.get(i) == "processed" for i in corpus.good_ids)
        print(f"inputs generated: {corpus.units} ({corpus.bad} bad, {len(corpus.good_ids)} good), "
              f"in {len(corpus.kinds)} kinds of bad input")
        for kind, n in sorted(corpus.kinds.items()):
            print(f"  {n:5d}  {kind}")
        if match:
            total, processed, skipped, rejected = map(int, match.groups())
            print(f"outcomes reported: {total} = {processed} processed + {skipped} skipped + {rejected} rejected")
            print(f"silent drops: {corpus.units - total}")
        else:
            print("no summary line: the run did not finish")
        print(f"crashes (traceback or exit status other than 0/1): {int(crashed)} (exit {run.returncode})")
        print(f"good documents through: {through}/{len(corpus.good_ids)}")
        print(f"time: {seconds:.1f} s")
        if crashed:
            print(run.stderr[-3000:])
        return 0 if match and not crashed and int(match.group(1)) == corpus.units and \
            through == len(corpus.good_ids) else 1


if __name__ == "__main__":
    sys.exit(main())
