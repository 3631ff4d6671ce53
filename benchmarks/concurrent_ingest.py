"""Starts two `warscribe ingest` processes at the same moment on a new database, N times, and counts the runs
that failed (exit status other than 0/1, a traceback, or a document missing from the database).

Run: .venv/bin/python benchmarks/concurrent_ingest.py [--trials 50]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=50)
    args = parser.parse_args()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="warscribe-concurrent-") as tmp:
        inputs = []
        for n in (1, 2):
            path = Path(tmp) / f"in{n}.jsonl"
            path.write_text(json.dumps({"id": f"doc{n}", "text": f"Report {n}: clashes were reported near the "
                                        f"town on Monday, residents said."}) + "\n", encoding="utf-8")
            inputs.append(path)
        for trial in range(args.trials):
            db = Path(tmp) / f"t{trial}.db"
            procs = [subprocess.Popen([sys.executable, "-m", "warscribe", "ingest", str(p), "--db", str(db)],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for p in inputs]
            errors = [p.communicate()[1] for p in procs]
            bad = [p.returncode for p in procs if p.returncode not in (0, 1)]
            with sqlite3.connect(db) as conn:
                stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            if bad or stored != 2 or any("Traceback" in e for e in errors):
                failures += 1
                print(f"trial {trial}: exit {[p.returncode for p in procs]}, {stored} documents\n{errors}")
    print(f"{args.trials} trials of two ingests on a new database: {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
