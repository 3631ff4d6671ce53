"""HTML cleaning quality on ../shared/eval/html_benchmark: word-level precision, recall and F1 of our HTML
path (trafilatura with tuned options, then our line cleaner) beside trafilatura's defaults, same run.

Run: .venv/bin/python benchmarks/bench_html.py [--limit N]
Scores are bag-of-words overlaps per page (lower-cased \\w+ tokens), averaged over pages; F1 from the means.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
BENCH = ROOT / ".." / "shared" / "eval" / "html_benchmark"
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(text.lower()))


def score(predicted: str, truth: str) -> tuple[float, float]:
    """(precision, recall) of the predicted words against the true article words."""
    got, want = tokens(predicted), tokens(truth)
    common = sum((got & want).values())
    precision = common / sum(got.values()) if got else 0.0
    recall = common / sum(want.values()) if want else 1.0
    return precision, recall


def ours(html: str, url: str | None) -> str:
    from warscribe.config import Context
    from warscribe.model import Document
    from warscribe.stages.clean import CleanStage

    doc = Document(id="page", text="", html=html, url=url)
    CleanStage().run(doc, Context())
    return doc.kept_text() if doc.kept else ""


def trafilatura_default(html: str, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url) or ""


def report(name: str, extractor: Callable[[str, str | None], str], pages: list[tuple[str, str, str]]) -> None:
    start = time.perf_counter()
    scores = [score(extractor(html, url), truth) for html, url, truth in pages]
    seconds = time.perf_counter() - start
    precision = sum(p for p, _ in scores) / len(scores)
    recall = sum(r for _, r in scores) / len(scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"{name:22} P={precision:.4f} R={recall:.4f} F1={f1:.4f}  ({len(pages) / seconds:.1f} pages/s)")


def load(limit: int | None) -> list[tuple[str, str, str]]:
    truth = json.loads((BENCH / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key, item in sorted(truth.items())[:limit]:
        raw = gzip.decompress((BENCH / "html" / f"{key}.html.gz").read_bytes())
        pages.append((raw.decode("utf-8", "replace"), item.get("url"), item["articleBody"]))
    return pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="score only the first N pages")
    args = parser.parse_args()
    if not (BENCH / "ground-truth.json").exists():
        print(f"skipped: {BENCH} not found (../shared is absent)")
        return 0
    pages = load(args.limit)
    print(f"{len(pages)} pages")
    report("warscribe", ours, pages)
    report("trafilatura defaults", trafilatura_default, pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
