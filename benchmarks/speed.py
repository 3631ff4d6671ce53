"""warscribe's speed beside spaCy's small English NER, in one run: documents/s, words/s and peak memory of
`extract` (the whole pipeline, near-duplicate check and event linking included) with 1 and N worker processes,
spaCy en_core_web_sm NER alone with 1 and N processes, as ratios; optionally the same `extract` measured from
another checkout (a baseline tree with its own virtual environment), and the start-up times of the CLI.

Each figure is the median of --runs timed runs after a warm-up, each stage in a process of its own. On a busy
machine read the ratios (measured side by side), not the rates.

Run: .venv/bin/python benchmarks/speed.py [CORPUS] [--workers N] [--runs 3] [--limit N]
         [--baseline ../base --baseline-cache DIR] [--json]
     .venv/bin/python benchmarks/speed.py --startup-only [--runs 5]   (start-up figures alone)
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if importlib.util.find_spec("warscribe") is None:  # a plain checkout; an installed (maybe compiled) build as it is
    sys.path.insert(0, str(ROOT / "src"))
CORPUS = ROOT / ".." / "shared" / "eval" / "articles" / "fakes_syria_dev.jsonl"
SHORT = "Gunmen killed two soldiers at a checkpoint near Maiduguri on Monday, the army said."


def _baseline(tree: Path, cache: str | None, corpus: Path, runs: int, limit: int | None) -> dict:
    """extract measured by another checkout's own code and interpreter (its bench worker)."""
    python = tree / ".venv" / "bin" / "python"
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    if cache:
        env["WARSCRIBE_CACHE"] = cache
    with tempfile.TemporaryDirectory(prefix="warscribe-speed-") as tmp:
        out = Path(tmp) / "figures.json"
        proc = subprocess.run([str(python), "-m", "warscribe.evaluate.bench", "extract", str(corpus), str(runs),
                               str(limit or 0), str(out), "1"], env=env, capture_output=True, text=True, check=False)
        if proc.returncode != 0 or not out.exists():
            raise RuntimeError(f"baseline failed: {proc.stderr.strip()[-1500:]}")
        return json.loads(out.read_text(encoding="utf-8"))


def _seconds(cmd: list[str], stdin: str | None = None, repeat: int = 3) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system) of a command (start-up figures): on a busy machine
    the CPU time is close to what the wall time would be on an idle one."""
    walls, cpus = [], []
    for _ in range(repeat):
        before, t0 = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        subprocess.run(cmd, input=stdin, capture_output=True, text=True, check=True)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def _warm_cache() -> None:
    """Build what the cache folder lacks (the gazetteer, the prebuilt tables) in a process of its own, so that
    no measured process pays for a build: its time, and its memory, which the peak RSS would report."""
    cli = str(Path(sys.executable).with_name("warscribe"))
    _seconds([cli, "extract", "-"], stdin=json.dumps({"id": "s", "text": SHORT}) + "\n", repeat=1)


def _startup(runs: int) -> dict[str, float]:
    """Seconds of `warscribe --help` and of `warscribe extract` of one short document (warm cache)."""
    cli = str(Path(sys.executable).with_name("warscribe"))
    short = json.dumps({"id": "s", "text": SHORT}) + "\n"
    _warm_cache()
    help_s, help_cpu = _seconds([cli, "--help"], repeat=runs)
    one_s, one_cpu = _seconds([cli, "extract", "-"], stdin=short, repeat=runs)
    return {"help_s": help_s, "help_cpu_s": help_cpu, "extract_one_short_document_s": one_s,
            "extract_one_short_document_cpu_s": one_cpu}


def _startup_line(startup: dict[str, float]) -> str:
    return (f"warscribe --help: {startup['help_s']:.2f} s (CPU {startup['help_cpu_s']:.2f} s); extract of one "
            f"short document: {startup['extract_one_short_document_s']:.2f} s "
            f"(CPU {startup['extract_one_short_document_cpu_s']:.2f} s)")


def _startup_only(runs: int, as_json: bool) -> int:
    startup = _startup(runs)
    if as_json:
        print(json.dumps({"runs": runs, "load_average": os.getloadavg(), "startup": startup}, indent=2))
    else:
        print(f"median of {runs} runs; load average {os.getloadavg()[0]:.1f}")
        print(_startup_line(startup))
    return 0


def main() -> int:
    from warscribe.compiled import build_label, interpreter_label
    from warscribe.evaluate.bench import NER, BenchError, _run_worker, ner_model

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--baseline", type=Path, help="another checkout (with .venv) whose extract to measure")
    parser.add_argument("--baseline-cache", help="WARSCRIBE_CACHE for the baseline (its own gazetteer)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--startup-only", action="store_true",
                        help="only the start-up figures (median of --runs runs each): no corpus needed")
    args = parser.parse_args()
    if args.startup_only:
        return _startup_only(args.runs, args.json)
    if not args.corpus.exists():
        print(f"{args.corpus}: not here (pass a JSONL corpus)", file=sys.stderr)
        return 2
    n = max(2, args.workers)
    rows: dict[str, dict] = {}
    _warm_cache()
    try:
        for label, stage, workers in (("extract x1", "extract", 1), (f"extract x{n}", "extract", n),
                                      ("ner x1", NER, 1), (f"ner x{n}", NER, n)):
            if stage == NER and ner_model() is None:
                continue
            print(f"measuring {label}...", file=sys.stderr)
            rows[label] = _run_worker(stage, args.corpus, args.runs, args.limit, workers).to_dict()
        if args.baseline:
            print("measuring the baseline's extract x1...", file=sys.stderr)
            rows["baseline extract x1"] = _baseline(args.baseline, args.baseline_cache, args.corpus, args.runs,
                                                    args.limit)
    except (BenchError, RuntimeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    startup = _startup(args.runs)
    one, ner1 = rows["extract x1"]["docs_per_s"], rows.get("ner x1", {}).get("docs_per_s")
    ratios = {"extract xN / extract x1": rows[f"extract x{n}"]["docs_per_s"] / one,
              "extract x1 / ner x1": one / ner1 if ner1 else None,
              f"extract x{n} / ner x{n}": (rows[f"extract x{n}"]["docs_per_s"] / rows[f"ner x{n}"]["docs_per_s"]
                                          if f"ner x{n}" in rows else None),
              "extract x1 / baseline x1": (one / rows["baseline extract x1"]["docs_per_s"]
                                           if "baseline extract x1" in rows else None)}
    report = {"corpus": str(args.corpus), "runs": args.runs, "load_average": os.getloadavg(), "stages": rows,
              "ratios": ratios, "startup": startup, "ner_model": ner_model(), "build": build_label(),
              "interpreter": interpreter_label()}
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"corpus: {args.corpus}; median of {args.runs} runs; load average {os.getloadavg()[0]:.1f}; "
          f"warscribe {report['build']}; {report['interpreter']}")
    print(f"{'':22} {'docs':>6} {'docs/s':>9} {'words/s':>10} {'peak RSS':>10}")
    for label, r in rows.items():
        print(f"{label:22} {r['docs']:>6} {r['docs_per_s']:>9.1f} {r['words_per_s']:>10,.0f} "
              f"{r['peak_rss_mib']:>7.0f} MiB")
    for name, value in ratios.items():
        print(f"{name:28} {'-' if value is None else f'{value:.2f}x'}")
    print(_startup_line(startup))
    return 0


if __name__ == "__main__":
    sys.exit(main())
