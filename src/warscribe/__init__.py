"""warscribe: raw conflict news in, ACLED-compatible, geocoded, source-attributed events out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from warscribe.model import Document, Event, Evidence, Rejection, Result, content_hash

if TYPE_CHECKING:
    from warscribe.pipeline import Pipeline

__all__ = ["Config", "Document", "Event", "Evidence", "Pipeline", "Rejection", "Result", "extract", "process"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """`warscribe.Pipeline` and `warscribe.Config`, imported on first use (the stages are heavy)."""
    if name == "Config":
        from warscribe.config import Config

        return Config
    if name == "Pipeline":
        from warscribe.pipeline import Pipeline

        return Pipeline
    raise AttributeError(f"module 'warscribe' has no attribute {name!r}")

_PIPELINE = None


def _pipeline():
    global _PIPELINE
    if _PIPELINE is None:
        from warscribe.config import Config
        from warscribe.pipeline import Pipeline

        _PIPELINE = Pipeline(Config(detect_near_duplicates=False))
    return _PIPELINE


def extract(text: str, *, published: str | None = None, source: str | None = None, url: str | None = None,
            title: str | None = None, doc_id: str | None = None) -> list[Event]:
    """Code the events of one article's text."""
    doc = Document(id=doc_id or content_hash(text)[:16], text=text, published=published, source=source,
                   url=url, title=title)
    doc.given = {"title": title is not None, "published": published is not None, "source": source is not None}
    return _pipeline().run(doc).events


def process(documents: Iterable[Document | Rejection | dict[str, Any]]) -> Iterator[Result]:
    """Code a batch: documents (or input-contract dicts) in, one Result per document out, in order."""
    pipeline = _batch_pipeline()
    return pipeline.process(Document.from_input(d) if isinstance(d, dict) else d for d in documents)


# `process`'s pipeline by cache folder: built at the first call, then reused, so that a second batch does not read
# the actor phrases again, rebuild the matchers and forget the gazetteer's remembered answers (a warm FA-KES call
# paid 2 pickle loads, 2,110 PhraseMatcher.add calls and 12,700 more SQLite queries)
_BATCH_PIPELINES: dict[str, Pipeline] = {}


def _batch_pipeline() -> Pipeline:
    from warscribe.prebuilt import cache_root

    key = str(cache_root())  # (a caller that moves the cache folder gets resources read from the new one)
    pipeline = _BATCH_PIPELINES.get(key)
    if pipeline is not None and "actors" in pipeline.context.__dict__:
        from warscribe.knowledge.actors import ActorBase

        # an actor file edited since (ActorBase.load reads the files again when their times change): a new
        # pipeline reads it, as every call did before
        if ActorBase.load(extra=pipeline.config.actor_files) is not pipeline.context.actors:
            pipeline = None
    if pipeline is None:
        from warscribe.pipeline import Pipeline

        pipeline = _BATCH_PIPELINES[key] = Pipeline()
    return pipeline
