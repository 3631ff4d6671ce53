"""Pipeline configuration and the shared resources (actor base, lexicon, gazetteer) built once per run."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"


@dataclass
class Config:
    """Every knob of the pipeline, in one place."""

    keep_languages: tuple[str, ...] = ("en",)  # documents in other languages are skipped ...
    keep_all_languages: bool = False  # ... unless this is set
    near_duplicate_threshold: float = 0.8  # estimated Jaccard similarity of kept-text shingles
    detect_near_duplicates: bool = True
    actor_files: tuple[Path, ...] = ()  # extra actor base files the user maintains
    gazetteer_path: Path | None = None  # SQLite gazetteer; None = the default in the user's cache
    spacy_model: str | None = None  # a trained spaCy pipeline to use for parses and NER, if installed
    default_country: str | None = None  # country focus when a document names none
    trace: bool = False  # record why each draft was kept, typed, merged or dropped (`warscribe explain`)
    extra: dict[str, Any] = field(default_factory=dict)


class Context:
    """Resources shared by all documents of a run, loaded lazily so a command pays only for what it uses."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()

    def warm(self) -> None:
        """Load every resource now (before forking workers, say) rather than at first use."""
        for name in ("actors", "lexicon", "recognizers", "gazetteer"):
            getattr(self, name)

    def after_fork(self) -> None:
        """In a forked worker: reopen what must not be shared across processes (the gazetteer's connection)."""
        self.__dict__.pop("gazetteer", None)

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
        from warscribe.stages.recognize import Recognizers

        return Recognizers(self.lexicon, self.actors)

    @cached_property
    def gazetteer(self):
        from warscribe.places.gazetteer import Gazetteer

        return Gazetteer.open(self.config.gazetteer_path)
