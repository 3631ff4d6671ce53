"""The optional compiled build: which modules mypyc compiles (`make fast`, or WARSCRIBE_COMPILE=1 at install), and
which of them this process runs compiled."""

from __future__ import annotations

import importlib.util
import os
import platform
import sys
import sysconfig

# The rule engine's hot modules (the stages that code a document and the knowledge they read: about nine tenths
# of a pass's time in the profile). Compiled code checks every annotation at run time, so each must stay
# mypy-clean and true to its annotations; tests/test_compiled.py holds them to the first, the compiled build's
# check (`make fast-check`) to the second. Modules outside the list run as Python in either build. The records
# they pass (warscribe.model) are compiled with them, their fields then read natively (the cleaning stage, tried
# too, gained nothing measurable).
MODULES: tuple[str, ...] = (
    "warscribe.model",
    "warscribe.timex",
    "warscribe.knowledge.actors",
    "warscribe.knowledge.counts",
    "warscribe.knowledge.country_words",
    "warscribe.knowledge.lexicon",
    "warscribe.knowledge.located",
    "warscribe.knowledge.outlets",
    "warscribe.knowledge.patterns",
    "warscribe.knowledge.prefilter",
    "warscribe.knowledge.roles",
    "warscribe.places.admin_cues",
    "warscribe.places.admin_periods",
    "warscribe.places.countries",
    "warscribe.places.gazetteer",
    "warscribe.places.normalize",
    "warscribe.places.recognize",
    "warscribe.places.resolve",
    "warscribe.stages.actors",
    "warscribe.stages.assemble",
    "warscribe.stages.clauses",
    "warscribe.stages.merge",
    "warscribe.stages.places",
    "warscribe.stages.recognize",
    "warscribe.stages.retell",
    "warscribe.stages.segment",
    "warscribe.stages.time",
)


def source_path(name: str) -> str:
    """A listed module's source file, relative to the repository's root (the build and the tests find it so)."""
    return "/".join(("src", *name.split("."))) + ".py"


def compiled_modules() -> list[str]:
    """The listed modules that this interpreter would import from a compiled extension rather than from source
    (none in the default, pure-Python install)."""
    found = []
    for name in MODULES:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin is not None and not spec.origin.endswith(".py"):
            found.append(name)
    return found


def build_label() -> str:
    """'pure Python' or 'compiled (mypyc): k of n modules', for benchmark reports."""
    done = compiled_modules()
    return f"compiled (mypyc): {len(done)} of {len(MODULES)} modules" if done else "pure Python"


def runtime_is_shared() -> bool:
    """Whether this interpreter runs its runtime from a shared libpython (a default source build, pyenv's) rather
    than linked into the executable (a distribution's optimised build): the first runs the same code slower."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            return "libpython" in maps.read()
    except OSError:  # not Linux: what the build says it did
        return bool(sysconfig.get_config_var("Py_ENABLE_SHARED"))


def interpreter_label() -> str:
    """The interpreter running, for benchmark reports: release, executable and how its runtime is linked (the
    same release codes at different speeds depending on how it was built)."""
    executable = os.path.realpath(getattr(sys, "_base_executable", sys.executable))
    linked = "shared libpython" if runtime_is_shared() else "runtime linked in"
    return f"{platform.python_implementation()} {platform.python_version()} ({executable}, {linked})"
