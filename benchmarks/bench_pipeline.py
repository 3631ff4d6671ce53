"""Throughput and peak memory of clean, extract and ingest over a JSONL corpus (default: FA-KES, from
../shared/eval/articles/fakes_syria_dev.jsonl), median of N runs after a warm-up, each stage in its own process;
with spaCy's en_core_web_sm installed, its NER alone on the same documents as a ratio. Same as `warscribe bench`.

Run: .venv/bin/python benchmarks/bench_pipeline.py [CORPUS.jsonl] [--runs 5] [--stage all] [--limit N] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
CORPUS = ROOT / ".." / "shared" / "eval" / "articles" / "fakes_syria_dev.jsonl"


def main() -> int:
    from rich.console import Console

    from warscribe.evaluate.bench import STAGES, BenchError, run_bench
    from warscribe.evaluate.report import bench_view

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--stage", choices=[*STAGES, "all"], default="all")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"{args.corpus}: not here (pass a JSONL corpus)", file=sys.stderr)
        return 2
    stages = STAGES if args.stage == "all" else (args.stage,)
    err = Console(stderr=True)
    try:
        report = run_bench(args.corpus, args.runs, stages, args.limit,
                           progress=lambda stage: err.print(f"measuring {stage}..."))
    except BenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        Console(width=160).print(bench_view(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
