"""The compiled build's contract (warscribe.compiled): every listed module is a source file and mypy-clean (mypyc
compiles only such modules); in a compiled build (`make fast-check`), every listed module runs compiled and codes
our samples, the seeds and FA-KES exactly as the source does."""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from warscribe import compiled

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
IS_COMPILED = bool(compiled.compiled_modules())
# `make fast-check` sets it: there a pure import (a source tree on PYTHONPATH) fails these tests, not skips them
REQUIRED = os.environ.get("WARSCRIBE_REQUIRE_COMPILED") == "1"
only_compiled = pytest.mark.skipif(not (IS_COMPILED or REQUIRED),
                                   reason="a pure-Python build: `make fast-check` runs this in the compiled one")


def _source(name: str) -> Path:
    return ROOT / compiled.source_path(name)


def test_every_listed_module_is_a_source_file_of_the_package() -> None:
    assert len(set(compiled.MODULES)) == len(compiled.MODULES)
    for name in compiled.MODULES:
        assert _source(name).is_file(), name


def test_the_listed_modules_are_mypy_clean() -> None:
    api = pytest.importorskip("mypy.api")
    report, errors, status = api.run(["--ignore-missing-imports", "--follow-imports=silent",
                                      "--cache-dir", os.devnull, *(str(_source(m)) for m in compiled.MODULES)])
    assert status == 0, report + errors


def test_a_pure_build_says_so() -> None:
    assert compiled.build_label() == ("pure Python" if not IS_COMPILED else
                                      f"compiled (mypyc): {len(compiled.compiled_modules())} of "
                                      f"{len(compiled.MODULES)} modules")


@only_compiled
def test_every_listed_module_runs_compiled() -> None:
    assert compiled.compiled_modules() == list(compiled.MODULES)


def _extract(inputs: Path, out: Path, source: bool) -> tuple[int, str]:
    """`warscribe extract` in a process of its own, from the compiled install or from the source tree: its exit
    status (1 where an input is rejected, as FA-KES's duplicate id is) and the events it wrote."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if source:
        env["PYTHONPATH"] = str(ROOT / "src")
    done = subprocess.run([sys.executable, "-m", "warscribe", "extract", str(inputs), "--out", str(out)], env=env,
                          check=False, capture_output=True, text=True)
    assert out.exists(), done.stderr[-2000:]
    return done.returncode, out.read_text(encoding="utf-8")


@only_compiled
@pytest.mark.parametrize("inputs", [ROOT / "src" / "warscribe" / "data" / "samples", SHARED / "seeds",
                                    SHARED / "eval" / "articles" / "fakes_syria_dev.jsonl"],
                         ids=["samples", "seeds", "fakes"])
def test_the_compiled_build_codes_as_the_source_does(inputs: Path, tmp_path: Path) -> None:
    if not inputs.exists():
        pytest.skip(f"{inputs} is not here")
    compiled_run = _extract(inputs, tmp_path / "compiled.jsonl", source=False)
    assert compiled_run[1] and compiled_run == _extract(inputs, tmp_path / "source.jsonl", source=True)


def test_the_interpreter_label_names_the_release_and_how_its_runtime_is_linked() -> None:
    label = compiled.interpreter_label()
    assert label.startswith(f"{platform.python_implementation()} {platform.python_version()} (")
    assert label.endswith(", shared libpython)" if compiled.runtime_is_shared() else ", runtime linked in)")


@pytest.mark.skipif(shutil.which("ldd") is None or not sys.platform.startswith("linux"), reason="asks Linux's ldd")
def test_a_shared_runtime_is_told_apart_as_the_dynamic_linker_sees_it() -> None:
    executable = os.path.realpath(getattr(sys, "_base_executable", sys.executable))
    needs = subprocess.run(["ldd", executable], capture_output=True, text=True, check=True).stdout
    assert compiled.runtime_is_shared() == ("libpython" in needs)
