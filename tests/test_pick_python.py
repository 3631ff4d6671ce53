"""scripts/pick_python.py: the interpreter `make` builds the virtual environments with."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("pick_python", ROOT / "scripts" / "pick_python.py")
assert _spec is not None and _spec.loader is not None
pick_python = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pick_python)


def test_the_first_interpreter_is_kept_among_near_equals() -> None:
    assert pick_python.pick([("python3", 1.00), ("/usr/bin/python3.11", 0.95)]) == "python3"


def test_a_clearly_faster_interpreter_is_chosen() -> None:
    assert pick_python.pick([("python3", 1.00), ("/usr/bin/python3.11", 0.80), ("python3.12", 0.85)]) \
        == "/usr/bin/python3.11"


def test_the_required_release_is_read_from_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\nrequires-python = ">=3.12, <4"\n')
    assert pick_python.required_version(tmp_path / "pyproject.toml") == (3, 12)
    assert pick_python.required_version(ROOT / "pyproject.toml") <= sys.version_info[:2]


def test_the_probe_reads_this_interpreter() -> None:
    found = pick_python.probe(sys.executable)
    assert found is not None
    version, _usable, seconds, _real = found
    assert version == sys.version_info[:2] and seconds > 0


def test_a_command_that_does_not_run_is_no_candidate(tmp_path: Path) -> None:
    assert pick_python.probe(str(tmp_path / "no-such-python")) is None


def test_the_choice_runs_a_release_the_project_accepts() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "pick_python.py")], capture_output=True,
                         text=True, check=False)
    if out.returncode == 1:  # no interpreter here has venv and the headers: the Makefile falls back to python3
        assert out.stdout == ""
        return
    chosen = out.stdout.strip()
    version = subprocess.run([chosen, "-c", "import sys; print(*sys.version_info[:2])"], capture_output=True,
                             text=True, check=True).stdout.split()
    assert tuple(map(int, version)) >= pick_python.required_version(ROOT / "pyproject.toml")


def test_the_script_reads_as_python_3_8_which_may_be_the_python3_that_starts_it() -> None:
    source = (ROOT / "scripts" / "pick_python.py").read_text(encoding="utf-8")
    ast.parse(source, feature_version=(3, 8))
    assert "import tomllib" not in source  # (3.11 and later only)
