"""Pipeline configuration and the shared resources (actor base, lexicon, gazetteer) built once per run."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from functools import cached_property
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"


class ConfigError(ValueError):
    """A config file that cannot be read or holds an unknown key or a value of the wrong type."""


@dataclass
class Config:
    """Every knob of the pipeline, in one place."""

    keep_languages: tuple[str, ...] = ("en",)  # documents in other languages are skipped ...
    keep_all_languages: bool = False  # ... unless this is set
    near_duplicate_threshold: float = 0.8  # estimated Jaccard similarity of kept-text shingles
    detect_near_duplicates: bool = True
    actor_files: tuple[Path, ...] = ()  # extra actor base files the user maintains
    gazetteer_path: Path | None = None  # SQLite gazetteer; None = the default in the user's cache
    default_country: str | None = None  # country focus when a document names none
    trace: bool = False  # record why each draft was kept, typed, merged or dropped (`warscribe explain`)
    # Longest document text the input reader passes on; longer ones are cut at a paragraph break (warned).
    # Coding cost grows faster than linearly with the events of one document, so this bounds a run's time.
    max_document_chars: int = 200_000
    extra: dict[str, Any] = field(default_factory=dict)


def load_config(path: Path | None, base: Config | None = None) -> Config:
    """A Config from a TOML file (keys as the Config fields, at the top level or under [warscribe]);
    `base` (default: the defaults) for what the file leaves out; None for no file."""
    config = base or Config()
    if path is None:
        return config
    import tomllib  # only with a config file: every command's start would pay for it

    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from exc
    data = data.get("warscribe", data)
    known = {f.name: f for f in fields(Config)}
    for key, value in data.items():
        if key not in known or key == "extra":
            raise ConfigError(f"{path}: unknown setting {key!r}; known: {', '.join(sorted(set(known) - {'extra'}))}")
        setattr(config, key, _typed(path, key, value, getattr(Config(), key)))
    return config


def _typed(path: Path, key: str, value: Any, default: Any) -> Any:
    """A TOML value converted to the type of the Config field it sets."""
    def wrong(expected: str) -> ConfigError:
        return ConfigError(f"{path}: {key} must be {expected}, not {value!r}")

    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise wrong("true or false")
        return value
    if key in ("keep_languages", "actor_files"):
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
            raise wrong("a string or a list of strings")
        return tuple(Path(v).expanduser() for v in items) if key == "actor_files" else tuple(items)
    if key == "gazetteer_path":
        if not isinstance(value, str):
            raise wrong("a path")
        return Path(value).expanduser()
    if key == "default_country":
        if not isinstance(value, str):
            raise wrong("a country code")
        return value.upper()
    if isinstance(default, float):
        if not isinstance(value, (int, float)) or isinstance(value, bool) or not 0 < value < 1:
            raise wrong("a number between 0 and 1")
        return float(value)
    if isinstance(default, int):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1000:
            raise wrong("a whole number of at least 1000")
        return value
    return value


@contextmanager
def loading() -> Iterator[None]:
    """No garbage collection while loading what lives for the whole run (the stages' modules, the actor base,
    the matchers): the collector would walk the hundreds of thousands of objects made, again and again, for
    nothing (a fifth of the start-up of `extract` of one document). What was loaded is then frozen, so later
    collections (per document) skip it too."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


# Objects a document's coding makes before the collector's youngest generation is searched (Python's default is
# 700): coding one document makes tens of thousands, nearly all freed by their reference counts, and each young
# collection walks those still held, while every tenth pass of the middle generation may walk all the run's memos.
CODING_GC_THRESHOLD = 10_000


@contextmanager
def coding() -> Iterator[None]:
    """Fewer collections while documents are coded (a search of the youngest generation every 10,000 objects
    rather than every 700): a run of FA-KES spent 7-14% of its CPU in the collector, finding next to nothing.
    The thresholds are put back after."""
    thresholds = gc.get_threshold()
    raised = (max(thresholds[0], CODING_GC_THRESHOLD), *thresholds[1:])
    gc.set_threshold(*raised)
    try:
        yield
    finally:
        # Put back only what this call set: of two runs interleaved (two pipelines' generators read in turn), the
        # one ending last must not restore the raised thresholds the other found
        if gc.get_threshold() == raised:
            gc.set_threshold(*thresholds)


class Context:
    """Resources shared by all documents of a run, loaded lazily so a command pays only for what it uses."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()

    def warm(self) -> None:
        """Load every resource now (before forking workers, say) rather than at first use. A gazetteer still to
        build is built aside (another process) while the rest loads here."""
        if "gazetteer" not in self.__dict__:
            from warscribe.places.gazetteer import build_aside

            build_aside(self.config.gazetteer_path)
        with loading():
            for name in ("actors", "lexicon", "recognizers", "gazetteer"):
                getattr(self, name)
            self.gazetteer.warm()

    def after_fork(self) -> None:
        """In a forked worker: reopen what must not be shared across processes (the gazetteer's connection),
        keeping what the parent already read (the gazetteer's lookups and country names), which the worker
        shares instead of reading again."""
        gazetteer = self.__dict__.get("gazetteer")
        if gazetteer is not None:
            gazetteer.reconnect()

    @cached_property
    def actors(self):
        from warscribe.knowledge.actors import ActorBase

        return ActorBase.load(extra=self.config.actor_files)

    @cached_property
    def lexicon(self):
        from warscribe.knowledge.lexicon import Lexicon

        return Lexicon.load()

    @cached_property
    def recognizers(self):
        from warscribe.stages.recognize import shared_recognizers

        return shared_recognizers(self.lexicon, self.actors)

    @cached_property
    def gazetteer(self):
        from warscribe.places.gazetteer import Gazetteer

        return Gazetteer.open(self.config.gazetteer_path)
