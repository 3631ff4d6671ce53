"""Plain-text cleaning throughput on FA-KES (../shared/eval/articles/fakes_syria_dev.jsonl), ours beside
a peer (justext and trafilatura on the same texts as paragraphs): docs/s, words/s, peak memory, words kept.

Run: .venv/bin/python benchmarks/bench_clean.py [--runs 5]
"""

from __future__ import annotations

import argparse
import html
import json
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
CORPUS = ROOT / ".." / "shared" / "eval" / "articles" / "fakes_syria_dev.jsonl"


def _ours() -> Callable[[dict], str]:
    from warscribe.config import Context
    from warscribe.model import Document
    from warscribe.stages.clean import CleanStage

    stage, ctx = CleanStage(), Context()

    def run(record: dict) -> str:
        doc = Document.from_input(record)
        stage.run(doc, ctx)
        return doc.kept_text()

    return run


def _as_page(text: str) -> str:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return f"<html><body><article>{paragraphs}</article></body></html>"


def _justext() -> Callable[[dict], str] | None:
    try:
        import justext
    except ImportError:
        return None
    stoplist = justext.get_stoplist("English")

    def run(record: dict) -> str:
        paragraphs = justext.justext(_as_page(record["text"]), stoplist)
        return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)

    return run


def _trafilatura() -> Callable[[dict], str] | None:
    try:
        import trafilatura
    except ImportError:
        return None

    def run(record: dict) -> str:
        return trafilatura.extract(_as_page(record["text"])) or ""

    return run


def _timed(fn: Callable[[dict], str], records: list[dict]) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of this process, words kept) for one pass over the corpus."""
    start, cpu = time.perf_counter(), time.process_time()
    kept = sum(len(fn(r).split()) for r in records)
    return time.perf_counter() - start, time.process_time() - cpu, kept


def measure(name: str, fn: Callable[[dict], str], records: list[dict], runs: int) -> None:
    words = sum(len(r["text"].split()) for r in records)
    _timed(fn, records)  # warm-up: loads models, fills caches
    results = [_timed(fn, records) for _ in range(runs)]
    seconds = statistics.median(s for s, _, _ in results)
    cpu = statistics.median(c for _, c, _ in results)
    kept = results[0][2]
    tracemalloc.start()
    _timed(fn, records)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    # On a shared machine wall time swings with other jobs; CPU time shows what the code itself costs.
    print(f"{name:12} {len(records) / seconds:7.0f} docs/s {words / seconds:9.0f} words/s "
          f"(CPU time: {len(records) / cpu:5.0f} docs/s)  peak {peak / 2**20:5.1f} MiB  "
          f"words kept {kept / words:6.1%}  (median of {runs} runs)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found (../shared is absent)")
        return 0
    records = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"{len(records)} documents, {sum(len(r['text'].split()) for r in records)} words")
    measure("warscribe", _ours(), records, args.runs)
    for name, make in (("justext", _justext), ("trafilatura", _trafilatura)):
        fn = make()
        if fn is None:
            print(f"{name:12} not installed: no peer figures")
        else:
            measure(name, fn, records, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
