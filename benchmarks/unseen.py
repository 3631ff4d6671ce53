"""extract's speed on documents the process has not seen: each run, in a fresh process, codes the first half of the
corpus (the warm-up: resources loaded, per-process memos filled as a long run fills them) and then times one pass
over the second half, which it never saw. `speed.py` times passes over documents its warm-up already coded, so a
memo keyed by a document's words (a name run, a sentence) answers every timed lookup there and flatters it; this
figure does not. With --baseline the same is measured from another checkout, runs alternating, as a ratio.

Run: .venv/bin/python benchmarks/unseen.py [CORPUS] [--runs 5] [--baseline ../base --baseline-cache DIR] [--json]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "eval" / "articles" / "fakes_syria_dev.jsonl"
# What one run does in its own process; only names every checkout since round 14 has (the bench worker's copy of
# an input document, the input reader, the pipeline), so an older tree can run it as the baseline.
_WORKER = """
import json, sys, time
from warscribe.evaluate.bench import _fresh
from warscribe.inputs import InputReader
from warscribe.model import Rejection
from warscribe.pipeline import Pipeline
docs = [d for d in InputReader().read([sys.argv[1]]) if not isinstance(d, Rejection)]
half = len(docs) // 2
pipeline = Pipeline()
for _ in pipeline.process([_fresh(d) for d in docs[:half]]):
    pass
cpu, wall = time.process_time(), time.perf_counter()
for _ in pipeline.process([_fresh(d) for d in docs[half:]]):
    pass
print(json.dumps({"docs": len(docs) - half, "cpu_s": time.process_time() - cpu,
                  "wall_s": time.perf_counter() - wall}))
"""


def _one_run(python: str, pythonpath: str | None, cache: str | None, corpus: Path) -> dict[str, float]:
    """One fresh process of `python` (with `pythonpath` when given): its timed pass's figures."""
    env = dict(os.environ)
    if pythonpath is not None:
        env["PYTHONPATH"] = pythonpath
    if cache:
        env["WARSCRIBE_CACHE"] = cache
    proc = subprocess.run([python, "-c", _WORKER, str(corpus)], env=env, capture_output=True, text=True,
                          check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{python}: {proc.stderr.strip()[-1500:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _checkout(tree: Path) -> tuple[str, str]:
    """A checkout's own interpreter (when it has a .venv) and its source."""
    venv_python = tree / ".venv" / "bin" / "python"
    return (str(venv_python) if venv_python.exists() else sys.executable), str(tree / "src")


def _summary(figures: list[dict[str, float]]) -> dict[str, float]:
    cpu = statistics.median(f["cpu_s"] for f in figures)
    docs = figures[0]["docs"]
    return {"docs": docs, "median_cpu_s": cpu, "docs_per_cpu_s": docs / cpu if cpu else 0.0,
            "runs_cpu_s": [round(f["cpu_s"], 3) for f in figures]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(CORPUS))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", type=Path, help="another checkout, measured the same way, runs alternating")
    parser.add_argument("--baseline-cache", help="WARSCRIBE_CACHE for the baseline checkout")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    corpus = Path(args.corpus).resolve()
    # this interpreter's warscribe as installed (maybe the compiled build), else this checkout's source
    installed = importlib.util.find_spec("warscribe") is not None
    mine = (sys.executable, None if installed else str(ROOT / "src"))
    ours, theirs = [], []
    for _ in range(args.runs):
        ours.append(_one_run(*mine, os.environ.get("WARSCRIBE_CACHE"), corpus))
        if args.baseline:
            theirs.append(_one_run(*_checkout(args.baseline.resolve()), args.baseline_cache, corpus))
    if not installed:
        sys.path.insert(0, str(ROOT / "src"))
    from warscribe.compiled import build_label, interpreter_label

    report = {"corpus": str(corpus), "runs": args.runs, "build": build_label(), "interpreter": interpreter_label(),
              "extract_unseen": _summary(ours)}
    if theirs:
        report["baseline_unseen"] = _summary(theirs)
        report["ratio"] = report["baseline_unseen"]["median_cpu_s"] / report["extract_unseen"]["median_cpu_s"]
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"warscribe {report['build']}; {report['interpreter']}")
    for name in ("extract_unseen", "baseline_unseen"):
        if name in report:
            fig = report[name]
            print(f"{name:17} {fig['docs']} unseen documents: {fig['docs_per_cpu_s']:.1f} documents per CPU second "
                  f"(median of {fig['runs_cpu_s']} s)")
    if "ratio" in report:
        print(f"extract / baseline on unseen documents: {report['ratio']:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
