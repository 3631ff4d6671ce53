"""The operation-count budget of coding the packaged samples and the seeds (benchmarks/op_budget.json), which
tests/test_speed.py holds the pipeline to: Python function calls, counted by cProfile in a fresh interpreter,
the same on a busy machine as on an idle one.

Run: .venv/bin/python benchmarks/op_budget.py            (the counts beside the budget)
     .venv/bin/python benchmarks/op_budget.py --record   (write the counts as the new budget, after a change
                                                          that is worth its cost)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
BUDGET = Path(__file__).resolve().with_name("op_budget.json")
# name -> inputs, relative to the repository root; the seeds come from ../shared when it is there.
CORPORA = {"samples": ["src/warscribe/data/samples"], "seeds": ["../shared/seeds/seeds.jsonl"]}
TOLERANCE = 0.10  # a change may cost this much more before the budget fails


def available(name: str) -> list[Path] | None:
    paths = [ROOT / p for p in CORPORA[name]]
    return paths if all(p.exists() for p in paths) else None


def main() -> int:
    from warscribe.evaluate.opcount import measure

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", action="store_true")
    args = parser.parse_args()
    budget = json.loads(BUDGET.read_text(encoding="utf-8")) if BUDGET.exists() else {}
    counts = dict(budget.get("calls", {}))
    for name in CORPORA:
        paths = available(name)
        if paths is None:
            print(f"{name}: inputs absent, skipped")
            continue
        found = measure(list(paths))
        old = budget.get("calls", {}).get(name)
        ratio = f" ({found.calls / old:.3f} of the budget)" if old else ""
        print(f"{name}: {found.docs} documents, {found.calls:,} calls, {found.per_doc:,.0f} a document{ratio}")
        counts[name] = found.calls
    if args.record:
        data = {"about": "Python calls made coding each corpus (benchmarks/op_budget.py); tests fail above "
                         "calls x (1 + tolerance)",
                "python": f"{sys.version_info.major}.{sys.version_info.minor}", "tolerance": TOLERANCE,
                "calls": counts}
        BUDGET.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        print(f"recorded in {BUDGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
