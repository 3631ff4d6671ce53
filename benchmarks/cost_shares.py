"""Where a warm pass's work goes, and what each part could give at most: callgrind counts the instructions of
passes over a sample of the corpus after a warm-up pass (loading and first-use set-up left out), and they are
grouped by what executes them (the regex engine, dict and set look-ups, allocation, string operations, the
interpreter's calls and attribute reads, the compiled stages' own code, spaCy, SQLite, NumPy, SHA-1). Each group is
shown with the speed-up that removing all of its work would give, 1 / (1 - share): no change inside a group can
gain more. In a compiled build each stage's share is shown too (its `run` and all it calls). Instruction counts
repeat from run to run, where timings on a shared host move by a tenth.

The interpreter's parts are told apart only where it has symbols (a source build's libpython, pyenv's); in a
stripped one (Debian's /usr/bin/python3.11) they stay one group, "CPython runtime". Run it under a symbolised
interpreter to split that group; under the build being timed for its other groups.

Run: .venv-fast/bin/python benchmarks/cost_shares.py [CORPUS] [--limit 80] [--passes 2] [--top 15] [--json]
(valgrind needed: a few minutes for the default sample)
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "eval" / "articles" / "fakes_syria_dev.jsonl"

# What executes an instruction, told from the function and file callgrind names for it: the first group whose
# pattern the name matches takes it.
GROUPS: tuple[tuple[str, str], ...] = (
    ("regex engine", r"_sre/|sre_lib\.h|/_sre\b"),
    ("SHA-1 (near-duplicate signatures)", r"sha1module|sha1_compress"),
    ("SQLite (near-duplicate index, gazetteer)", r"libsqlite3|_sqlite"),
    ("NumPy", r"numpy|openblas"),
    ("spaCy (tokenizer, phrase matcher)", r"/spacy/|preshed|cymem|murmurhash"),
    ("compiled stages (mypyc)", r"__native_|mypyc/lib-rt|\bCPy[A-Z_]"),
    ("dict and set look-ups", r"dictobject\.c|setobject\.c"),
    ("allocation and freeing", r"obmalloc\.c|/malloc/|malloc\.c|[Dd]ealloc|_Py_NewReference|gcmodule\.c"),
    ("string operations", r"unicodeobject\.c|unicodectype\.c|fastsearch\.h|stringlib/|bytesobject\.c"),
    # (the rest of the object model: calls, attribute reads, compares, numbers, tuples and lists, the helpers the
    # interpreter's headers inline into their callers, the C modules the stages call: bisect, functools)
    ("interpreter (calls, attributes, compares, bytecode)",
     r"ceval\.c|call\.c|typeobject\.c|Objects/object\.c|abstract\.c|methodobject\.c|descrobject\.c|funcobject\.c"
     r"|pystate\.c|getargs\.c|pyhash\.c|longobject\.c|floatobject\.c|tupleobject\.c|listobject\.c|bltinmodule\.c"
     r"|/Include/|pycore_\w+\.h|object\.h:|_functoolsmodule\.c|_bisectmodule\.c|thread_pthread\.h|bytes_methods\.c"
     r"|pytime\.c|iterobject\.c|enumobject\.c|rangeobject\.c|sliceobject\.c|boolobject\.c"),
    ("C library (copies, compares)", r"libc\.so|/string/"),
    ("CPython runtime (no symbols)", r"^\?\?\?:.*python3"),
)
OTHER = "other"
_COUNT = r"\s*([\d,]+) \(\s*[\d.]+%\)\s+"  # (how callgrind_annotate opens a line: the count, its share)
_ROW = re.compile(_COUNT + r"(.+)")
# A compiled stage's `run` (mypyc names it CPyDef_<module>___<class>___run), in callgrind's inclusive annotation
_STAGE_RUN = re.compile(_COUNT + r"\S*CPyDef_\w*?___([A-Z]\w*Stage)___run\b")
_TOTAL = re.compile(_COUNT + "PROGRAM TOTALS")


def parse_annotation(text: str) -> tuple[int, list[tuple[int, str]]]:
    """The program's total and each function's own instructions, from `callgrind_annotate --auto=no` output."""
    total = 0
    rows: list[tuple[int, str]] = []
    for line in text.splitlines():
        if (m := _TOTAL.match(line)) is not None:
            total = int(m.group(1).replace(",", ""))
        elif (m := _ROW.match(line)) is not None:
            rows.append((int(m.group(1).replace(",", "")), m.group(2).strip()))
    return total, rows


def stage_shares(inclusive: str, total: int) -> list[tuple[str, float]]:
    """(stage, share of the total) of each compiled stage's `run` and all it calls, largest first, from
    `callgrind_annotate --inclusive=yes` output (which lists a function once per file name it is known by: the
    largest count is its own). Empty for a pure-Python build, whose stages callgrind does not name."""
    found: dict[str, int] = {}
    for line in inclusive.splitlines():
        if (m := _STAGE_RUN.match(line)) is not None:
            n = int(m.group(1).replace(",", ""))
            found[m.group(2)] = max(n, found.get(m.group(2), 0))
    return sorted(((stage, n / total) for stage, n in found.items()), key=lambda item: -item[1]) if total else []


def group_of(name: str) -> str:
    """The group of `GROUPS` whose pattern a function's name matches first (`OTHER` where none does)."""
    for group, pattern in GROUPS:
        if re.search(pattern, name):
            return group
    return OTHER


def shares(total: int, rows: Iterable[tuple[int, str]]) -> list[tuple[str, float, float]]:
    """(group, share of the total, speed-up were the group's work gone), largest first."""
    counted: Counter[str] = Counter()
    for n, name in rows:
        counted[group_of(name)] += n
    return [(group, n / total, ceiling(n / total)) for group, n in counted.most_common()] if total else []


def ceiling(share: float) -> float:
    """The speed-up that doing none of `share` of the work would give."""
    return float("inf") if share >= 1 else 1 / (1 - share)


def _count_from_now() -> None:
    """Turn callgrind's counting on in this process, returning once it is on: the command is read between basic
    blocks, so the wait is a loop, not a blocking call."""
    proc = subprocess.Popen(["callgrind_control", "-i", "on", str(os.getpid())],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while proc.poll() is None:
        pass


def _passes(corpus: str, limit: int, passes: int) -> None:
    """The measured program: a warm-up pass uncounted, then `passes` passes counted. Prints how many documents it
    codes (none: it counts nothing)."""
    if importlib.util.find_spec("warscribe") is None:  # a plain checkout; an installed (maybe compiled) build as it is
        sys.path.insert(0, str(ROOT / "src"))
    from warscribe.evaluate.bench import _fresh, read_corpus
    from warscribe.pipeline import Pipeline

    docs, _ = read_corpus(corpus, limit)
    print(len(docs), flush=True)
    if not docs:
        os._exit(0)
    pipeline = Pipeline()
    for _ in pipeline.process([_fresh(d) for d in docs]):
        pass
    _count_from_now()
    for _ in range(passes):
        for _ in pipeline.process([_fresh(d) for d in docs]):
            pass
    os._exit(0)  # (no interpreter teardown counted: callgrind writes its counts as the process exits)


def measure(corpus: Path, limit: int, passes: int
            ) -> tuple[int, int, list[tuple[int, str]], list[tuple[str, float]]]:
    """Run the passes under callgrind; the documents coded, the total, each function's own instructions and each
    compiled stage's share (`stage_shares`). No document: zeros."""
    missing = [tool for tool in ("valgrind", "callgrind_control", "callgrind_annotate") if shutil.which(tool) is None]
    if missing:
        raise SystemExit(f"cost_shares: {', '.join(missing)} not found (apt-get install valgrind)")
    with tempfile.TemporaryDirectory(prefix="warscribe-cost-") as tmp:
        out = Path(tmp) / "callgrind.out"
        cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
               sys.executable, __file__, "--counted", str(corpus), "--limit", str(limit), "--passes", str(passes)]
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0 or not out.exists():
            raise SystemExit(f"cost_shares: the counted run failed: {proc.stderr.strip()[-1500:]}")
        docs = int(proc.stdout.split()[0])  # (printed before the passes)
        if not docs:
            return 0, 0, [], []
        annotate = ["callgrind_annotate", "--auto=no", "--threshold=100", str(out)]
        annotated = subprocess.run(annotate, capture_output=True, text=True, check=True).stdout
        inclusive = subprocess.run([*annotate, "--inclusive=yes"], capture_output=True, text=True, check=True).stdout
    total, rows = parse_annotation(annotated)
    if not total:
        raise SystemExit("cost_shares: callgrind counted nothing (callgrind_control could not turn counting on)")
    return docs, total, rows, stage_shares(inclusive, total)


def _report(corpus: Path, docs: int, passes: int, total: int, rows: list[tuple[int, str]],
            stages: list[tuple[str, float]], top: int) -> str:
    lines = [f"corpus: {corpus}; {docs} documents, {passes} counted passes after a warm-up; "
             f"{total:,} instructions ({total / max(1, docs * passes):,.0f} a document)",
             f"{'share':>7}  {'ceiling':>8}  what executes them"]
    lines += [f"{share * 100:6.1f}%  {gain:7.2f}x  {group}" for group, share, gain in shares(total, rows)]
    if stages:
        lines.append("by compiled stage (each stage's run and all it calls):")
        lines += [f"{share * 100:6.1f}%  {stage}" for stage, share in stages]
        lines.append(f"{(1 - sum(share for _, share in stages)) * 100:6.1f}%  the rest (cleaning, the near-duplicate "
                     "check, event linking, the pipeline's own work)")
    lines.append(f"the {top} functions doing the most work themselves:")
    lines += [f"{n / total * 100:6.2f}%  {name[:110]}" for n, name in sorted(rows, reverse=True)[:top]]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(CORPUS))
    parser.add_argument("--limit", type=int, default=80, help="documents of the corpus (default 80)")
    parser.add_argument("--passes", type=int, default=2, help="counted passes after the warm-up (default 2)")
    parser.add_argument("--top", type=int, default=15, help="functions listed by their own work (default 15)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--counted", action="store_true", help=argparse.SUPPRESS)  # (the run under callgrind)
    args = parser.parse_args()
    if args.counted:
        _passes(args.corpus, args.limit, args.passes)
        return 0
    corpus = Path(args.corpus)
    if args.limit < 1 or args.passes < 1:
        print("cost_shares: --limit and --passes must be at least 1", file=sys.stderr)
        return 2
    docs, total, rows, stages = measure(corpus, args.limit, args.passes) if corpus.exists() else (0, 0, [], [])
    if not docs:
        print(f"cost_shares: {corpus}: no such corpus, or no document in it", file=sys.stderr)
        return 2
    if args.json:
        groups = [{"group": g, "share": round(s, 4), "ceiling": round(c, 3)} for g, s, c in shares(total, rows)]
        print(json.dumps({"documents": docs, "passes": args.passes, "total": total, "groups": groups,
                          "stages": [{"stage": st, "share": round(s, 4)} for st, s in stages]}, indent=2))
    else:
        print(_report(corpus, docs, args.passes, total, rows, stages, args.top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
