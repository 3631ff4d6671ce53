"""README's example commands run on the demo database (the bundled samples, as `make demo` ingests them), every
option they use exists, and every command of the CLI is documented there."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from warscribe import cli

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SHARED = ROOT / ".." / "shared"
# Commands whose positional arguments are input files: a README line naming a file the reader does not have
# (articles/, ged.csv) is an illustration, not something to run.
_PATH_OPTIONS = ("--gold", "--docs")
# Commands slow enough on the full ../shared corpora that the suite runs them on a slice.
_QUICK = {"bench": ["--runs", "1", "--limit", "5", "--stage", "clean"]}


def readme_commands() -> list[list[str]]:
    """The `warscribe ...` lines of README's fenced sh blocks, as argument lists (comments dropped)."""
    blocks = re.findall(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
    commands = []
    for block in blocks:
        for line in block.splitlines():
            words = shlex.split(line, comments=True)
            if words and words[0] == "warscribe":
                commands.append(words[1:])
    return commands


def _without_global_options(args: list[str]) -> list[str]:
    """The arguments after the global options (`warscribe --published 2024-06-05 ingest ...`)."""
    group = typer.main.get_command(cli.app)
    flags = {opt: p.is_flag for p in group.params for opt in p.opts}
    rest = list(args)
    while rest and rest[0] in flags:
        option = rest.pop(0)
        if not flags[option] and rest:
            rest.pop(0)  # its value
    return rest


def _command(args: list[str]):
    """The (click) command an argument list reaches, and the command names on the way."""
    command = typer.main.get_command(cli.app)
    names: list[str] = []
    rest = [a for a in _without_global_options(args) if not a.startswith("-")]
    while hasattr(command, "commands") and rest and rest[0] in command.commands:
        names.append(rest[0])
        command = command.commands[rest.pop(0)]
    return command, names


def _missing_inputs(args: list[str]) -> list[str]:
    command, names = _command(args)
    args = _without_global_options(args)
    missing = []
    positional = [p for p in command.params if p.param_type_name == "argument"]
    values = [a for a in args[len(names):] if not a.startswith("-")]
    option_values = {args[i + 1] for i, a in enumerate(args[:-1]) if a.startswith("-")}
    if positional and positional[0].name in ("inputs", "corpus", "file", "path", "geojson"):
        missing += [v for v in values if v not in option_values and v != "-" and not Path(v).exists()]
    for i, a in enumerate(args[:-1]):
        if a in _PATH_OPTIONS and not Path(args[i + 1]).exists():
            missing.append(args[i + 1])
    return missing


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """A working folder like a checkout's: src/ and tests/ beside the demo database, ../shared beside it."""
    base = tmp_path_factory.mktemp("readme")
    work = base / "work"
    work.mkdir()
    for name in ("src", "tests", "benchmarks"):
        (work / name).symlink_to(ROOT / name)
    if SHARED.exists():
        (base / "shared").symlink_to(SHARED.resolve())
    old = Path.cwd()
    os.chdir(work)
    try:
        result = CliRunner().invoke(cli.app, ["ingest", "src/warscribe/data/samples/", "--db", "warscribe.db"])
        assert result.exit_code in (0, 1), result.output
        yield work
    finally:
        os.chdir(old)


@pytest.mark.parametrize("args", readme_commands(), ids=lambda a: " ".join(a)[:60])
def test_readme_command_runs_on_the_demo_database(demo, args):
    os.chdir(demo)
    missing = _missing_inputs(args)
    if any("shared" in m for m in missing):
        pytest.skip("needs ../shared, which is not here")
    if missing:
        pytest.skip(f"illustrates inputs the reader would have: {', '.join(missing)}")
    _, names = _command(args)
    extra = _QUICK.get(names[0], []) if names else []
    result = CliRunner().invoke(cli.app, [*args, *extra])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    # 1: some inputs were rejected (a README corpus may hold bad lines on purpose); never a usage error
    assert result.exit_code in (0, 1), result.output


def test_every_option_in_readme_exists():
    for args in readme_commands():
        command, _ = _command(args)
        known = {opt for p in command.params for opt in (*p.opts, *p.secondary_opts)}
        known |= {opt for p in typer.main.get_command(cli.app).params for opt in p.opts}
        for word in args:
            if word.startswith("-") and word != "-":
                assert word.split("=")[0] in known, f"README uses {word} with `{' '.join(args[:2])}`"


def test_every_command_is_documented_in_readme():
    text = README.read_text(encoding="utf-8")
    group = typer.main.get_command(cli.app)
    for name, command in group.commands.items():
        if getattr(command, "hidden", False):
            continue
        assert f"warscribe {name}" in text, f"`warscribe {name}` is not in README"
