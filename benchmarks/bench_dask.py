"""Scaling of a Dask run: FA-KES (../shared/eval/articles/fakes_syria_dev.jsonl) repeated to ~20,000 documents under
new ids, coded on a LocalCluster of 1, then 2 one-thread worker processes; documents/s, efficiency (speed-up over
one worker ÷ workers) and per-task overhead ((wall × workers − coding time inside the tasks) ÷ tasks). Workers load
their resources before the clock starts; the driver's linking pass is inside the timing. Needs `warscribe[dask]`.

Run: .venv/bin/python benchmarks/bench_dask.py [CORPUS.jsonl] [--size 20000] [--workers 1 2] [--lines-per-task 256]
     [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
CORPUS = ROOT / ".." / "shared" / "eval" / "articles" / "fakes_syria_dev.jsonl"


def repeated(corpus: Path, size: int, out: Path) -> int:
    """Write the corpus's records again and again under new ids until `size` documents; the count written."""
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    with out.open("w", encoding="utf-8") as handle:
        for n in range(size):
            record = dict(records[n % len(records)])
            record["id"] = f"{record.get('id', 'doc')}~{n // len(records)}"
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return size


def measure(path: Path, workers: int, lines_per_task: int) -> dict[str, float]:
    """One timed run on a fresh LocalCluster of `workers` one-thread processes."""
    import distributed

    from warscribe.config import Config
    from warscribe.distributed import Stats, code, warm

    config, last = Config(), Stats()

    def keep(stats: Stats) -> None:
        nonlocal last
        last = stats

    with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                  dashboard_address=":0") as cluster, distributed.Client(cluster) as client:
        client.run(warm, config)  # each worker loads the lexicon, actors and gazetteer once, before the clock
        start = time.perf_counter()
        documents = sum(1 for _ in code([path], client, config=config, on_progress=keep,
                                        lines_per_task=lines_per_task))
        wall = time.perf_counter() - start
    return {"workers": workers, "documents": documents, "seconds": round(wall, 2),
            "docs_per_second": round(documents / wall, 1), "tasks": last.tasks_done,
            "overhead_per_task_s": round(max(0.0, wall * workers - last.task_seconds) / max(last.tasks_done, 1), 3)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--size", type=int, default=20_000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--lines-per-task", type=int, default=256)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"{args.corpus}: not here (pass a JSONL corpus)", file=sys.stderr)
        return 2
    try:
        import distributed  # noqa: F401
    except ImportError:
        print("needs the dask extra: pip install -e '.[dask]'", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corpus.jsonl"
        repeated(args.corpus, args.size, path)
        rows = [measure(path, n, args.lines_per_task) for n in args.workers]
    base = rows[0]["docs_per_second"] / rows[0]["workers"]  # per-worker rate of the first (smallest) run
    for row in rows:
        row["speed_up"] = round(row["docs_per_second"] / base, 2)
        row["efficiency"] = round(row["speed_up"] / row["workers"], 2)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"{args.size} documents ({args.corpus.name} repeated), {args.lines_per_task} lines a task")
    print(f"{'workers':>7} {'docs/s':>8} {'seconds':>8} {'speed-up':>8} {'efficiency':>10} {'tasks':>6} "
          f"{'overhead/task':>13}")
    for r in rows:
        print(f"{r['workers']:>7} {r['docs_per_second']:>8} {r['seconds']:>8} {r['speed_up']:>8} "
              f"{r['efficiency']:>10} {r['tasks']:>6} {r['overhead_per_task_s']:>12}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
