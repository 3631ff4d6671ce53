"""YAML loading that remembers the line of every entry, so a decision can cite the data file line behind it."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import yaml

DATA_ROOT = Path(__file__).resolve().parent.parent / "data"

Key = tuple[Any, ...]


@cache
def safe_loader() -> type:
    """PyYAML's safe loader, with libyaml's parser when PyYAML was built with it (ten times faster on our data
    files, the same values and lines); imported at first parse, so that `warscribe --help` needs no parser."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(stream: Any) -> Any:
    """yaml.safe_load, with libyaml's parser when there is one."""
    import yaml

    return yaml.load(stream, Loader=safe_loader())


@dataclass
class Located:
    """A data file's content and the line of each entry, keyed by its path of mapping keys and list indices."""

    data: Any
    path: Path
    lines: dict[Key, int] = field(default_factory=dict)
    _name: str | None = field(default=None, init=False, repr=False, compare=False)  # (`name`, worked out once)

    def where(self, *key: Any) -> str:
        """"lexicon/cues.yaml:42": the file (relative to the package data) and the entry's line."""
        name = self.name
        line = self.lines.get(tuple(key))
        return f"{name}:{line}" if line else name

    @property
    def name(self) -> str:
        """The file relative to the package data (worked out once: `where` is asked for every entry)."""
        found = self._name
        if found is None:
            try:
                found = self.path.relative_to(DATA_ROOT).as_posix()
            except ValueError:
                found = str(self.path)
            self._name = found
        return found


def load(path: Path) -> Located:
    """The file's data and lines (see `_parse`), read from the cache folder while the file is unchanged."""
    out = _cached("located", path, lambda: _parse(path))
    out.path = path  # the stored copy may be that of the same file in another checkout
    out._name = None
    return out


def data_file(path: Path) -> Any:
    """yaml.safe_load of a data file, read from the cache folder while the file is unchanged."""
    return _cached("yaml", path, lambda: safe_load(path.read_text(encoding="utf-8")))


def _cached(kind: str, path: Path, build: Any) -> Any:
    """A data file's parse, built once into the cache folder (keyed by the file's bytes and this module):
    unpickling it takes a tenth of the time of the parse, at every start of a command that codes text."""
    from warscribe import prebuilt

    return prebuilt.load_or_build(f"{kind}-{path.parent.name}-{path.stem}", [path, Path(__file__)], build)


def _parse(path: Path) -> Located:
    """Parse once: the nodes give the lines, the same nodes give the data (yaml.safe_load's values)."""
    loader = safe_loader()(path.read_text(encoding="utf-8"))
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    out = Located(data, path)
    if node is not None:
        _walk(node, (), out.lines)
    return out


def _walk(node: yaml.Node, key: Key, lines: dict[Key, int]) -> None:
    import yaml  # loaded already by the parse: a dictionary lookup

    lines.setdefault(key, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            child = (*key, k.value)
            lines[child] = k.start_mark.line + 1  # a mapping entry is where its key is written
            _walk(v, child, lines)
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            _walk(v, (*key, i), lines)
