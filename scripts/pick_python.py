"""The Python interpreter `make` builds the virtual environments with: the fastest on this machine that can.

The same CPython release codes documents at quite different speeds depending on how it was built: a distribution's
interpreter (Debian's, Ubuntu's, Fedora's) is compiled with profile-guided and link-time optimisation and links
its runtime statically, while a default source build (pyenv's, for one) does neither and calls its runtime
through a shared library. On the machine we measure on, Debian's 3.11 runs warscribe's pure-Python pass about a
quarter faster than pyenv's 3.11. So rather than take whichever `python3` comes first on PATH, `make` asks this
script: it lists the interpreters present (on PATH and in the usual system folders), keeps those the project can
use (the release pyproject.toml requires, `venv` with `ensurepip`, and the C headers the compiled build needs),
times a small workload of the kind warscribe runs (function calls, dicts, string methods, regular expressions) in
each, and prints the command of the fastest. The first usable one (`python3` where it qualifies) is kept unless
another is clearly faster, so a noisy machine does not flip the choice between near equals.

Prints a command on stdout; prints nothing and exits 1 when none qualifies (the Makefile then uses `python3`).
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Commands looked for on PATH, then the system folders searched for versioned interpreters.
NAMES = ("python3", "python3.11", "python3.12", "python3.13", "python3.14")
SYSTEM_GLOBS = ("/usr/bin/python3.1[1-9]", "/usr/local/bin/python3.1[1-9]")
CLEARLY_FASTER = 0.9  # another interpreter must take at most this share of the first one's time
TIMEOUT_S = 60

# Run by each candidate: prints its version, where its headers are, whether venv can bootstrap pip, and the
# best of five timings of a workload shaped like warscribe's (many small calls, dict and set lookups, string
# methods, compiled regular expressions searched over sentences).
PROBE = r"""
import os, re, sys, sysconfig, time
try:
    import ensurepip, venv
    can_venv = True
except ImportError:
    can_venv = False
headers = os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h"))
words = "Shelling killed 12 civilians in the village of Kafr Nabl on Tuesday, local activists said".split()
pattern = re.compile(r"\b(?:killed|wounded|shelling|strikes?)\b", re.I)
table = {w.lower(): i for i, w in enumerate(words)}

def score(word):
    return table.get(word.lower(), -1) + len(word)

def work():
    total = 0
    text = " ".join(words)
    for _ in range(3000):
        total += sum(score(w) for w in words)
        total += len(pattern.findall(text))
        total += len({w[:3] for w in words if w.istitle()})
    return total

best = float("inf")
for _ in range(5):
    start = time.perf_counter()
    work()
    best = min(best, time.perf_counter() - start)
print(sys.version_info[0], sys.version_info[1], int(can_venv), int(headers), best, os.path.realpath(sys.executable))
"""


def required_version(pyproject: Path) -> tuple[int, int]:
    """The lowest Python release pyproject.toml's `requires-python` (">=3.X") allows. (Read by a pattern, not
    tomllib: the `python3` that runs this script may be older than the release the project needs.)"""
    found = re.search(r'^requires-python\s*=\s*">=\s*(\d+)\.(\d+)', pyproject.read_text(encoding="utf-8"), re.M)
    if found is None:
        raise ValueError(f"{pyproject}: no requires-python of the form \">=3.X\"")
    return int(found[1]), int(found[2])


def candidates() -> list[str]:
    """Interpreter commands present here, PATH's first, without repeats."""
    found = [path for name in NAMES if (path := shutil.which(name))]
    found += sorted(p for g in SYSTEM_GLOBS for p in glob.glob(g) if os.access(p, os.X_OK))
    return list(dict.fromkeys(found))


def probe(command: str) -> tuple[tuple[int, int], bool, float, str] | None:
    """(version, usable for venvs and the compiled build, best workload seconds, real executable), or None when
    the command does not run."""
    try:
        out = subprocess.run([command, "-c", PROBE], capture_output=True, text=True, timeout=TIMEOUT_S, check=True)
        major, minor, can_venv, headers, seconds, real = out.stdout.split()
    except (OSError, subprocess.SubprocessError, ValueError):
        return None
    return (int(major), int(minor)), can_venv == "1" and headers == "1", float(seconds), real


def pick(timings: list[tuple[str, float]]) -> str:
    """The first command unless another takes at most CLEARLY_FASTER of its time; then the fastest."""
    first, first_s = timings[0]
    fastest, fastest_s = min(timings, key=lambda t: t[1])
    return fastest if fastest_s <= first_s * CLEARLY_FASTER else first


def main() -> int:
    need = required_version(Path(__file__).resolve().parent.parent / "pyproject.toml")
    timings: list[tuple[str, float]] = []
    seen: set[str] = set()
    for command in candidates():
        result = probe(command)
        if result is None:
            continue
        version, usable, seconds, real = result
        if version >= need and usable and real not in seen:
            seen.add(real)
            timings.append((command, seconds))
        print(f"{command}: {version[0]}.{version[1]}, {'usable' if usable else 'lacks venv or headers'}, "
              f"{seconds * 1000:.1f} ms", file=sys.stderr)
    if not timings:
        return 1
    print(pick(timings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
