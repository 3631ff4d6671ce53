"""`import spacy` imports spaCy's own command line too (spacy.cli: typer apps, weasel, requests, jinja2, ...),
about a tenth of a second at every start of a command that codes text, for a tool warscribe never runs.
The console entry point calls `defer()` (the library leaves other programs' imports alone): the next imports of
spacy.cli and spacy.cli.info then give stand-ins; the first read of anything they lack (spacy.cli.download,
spacy.info(), ...) imports the real modules in their place, so whoever uses spaCy's command line in the same
process gets it as before."""

from __future__ import annotations

import importlib
import importlib.machinery
import sys
import types
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_NAMES = ("spacy.cli", "spacy.cli.info")


class _Deferred(types.ModuleType):
    """A stand-in for one of spaCy's CLI modules: any attribute it lacks is read from the real module."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(_real(self.__name__), name)


class _Finder:
    """A meta path finder and loader: gives the stand-ins while active, until anything is read from one."""

    active = True

    def find_spec(self, name: str, path: Sequence[str] | None, target: Any = None) -> Any:
        if not self.active or name not in _NAMES:
            return None
        spec = importlib.machinery.ModuleSpec(name, self, is_package=name == "spacy.cli")
        if name == "spacy.cli":  # its other submodules (spacy.cli.download, ...) import from the real folder
            spec.submodule_search_locations = [str(Path(p) / "cli") for p in path or ()]
        return spec

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType:
        return _Deferred(spec.name)

    def exec_module(self, module: types.ModuleType) -> None:
        if module.__name__ == "spacy.cli.info":
            module.info = _info  # type: ignore[attr-defined]  # what `from .cli.info import info` reads


_FINDER = _Finder()


def _real(name: str) -> types.ModuleType:
    """The real module `name`, imported now in place of the stand-ins."""
    _FINDER.active = False
    for key in _NAMES:
        if isinstance(sys.modules.get(key), _Deferred):
            del sys.modules[key]
    importlib.import_module("spacy.cli")  # runs spacy/cli/__init__.py (which imports .info) and sets spacy.cli
    return importlib.import_module(name)


def _info(*args: Any, **kwargs: Any) -> Any:
    """spacy.info, as spaCy's own: read from the real spacy.cli.info when called."""
    return _real("spacy.cli.info").info(*args, **kwargs)


def defer() -> None:
    """Install the stand-ins' finder, unless spaCy is already imported."""
    if "spacy" in sys.modules or _FINDER in sys.meta_path:
        return
    sys.meta_path.insert(0, _FINDER)
