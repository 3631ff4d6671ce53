"""Runs the stages in order over a stream of documents: clean → segment → recognize → assemble →
resolve (places, time, actors) → merge. The store is the caller's business."""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator

from warscribe.config import Config, Context
from warscribe.model import PROCESSED, REJECTED, Document, Rejection, Result

# (module, class) of each stage, in running order: the one place where the chain is configured.
STAGES: tuple[tuple[str, str], ...] = (
    ("warscribe.stages.clean", "CleanStage"),
    ("warscribe.stages.segment", "SegmentStage"),
    ("warscribe.stages.recognize", "RecognizeStage"),
    ("warscribe.stages.assemble", "AssembleStage"),
    ("warscribe.stages.places", "PlaceStage"),
    ("warscribe.stages.time", "TimeStage"),
    ("warscribe.stages.actors", "ActorStage"),
    ("warscribe.stages.merge", "MergeStage"),
)


def _load_stage(module: str, cls: str):
    return getattr(importlib.import_module(module), cls)()


class Pipeline:
    """The configured chain of stages; build once, feed many documents."""

    def __init__(self, config: Config | None = None, context: Context | None = None) -> None:
        self.context = context or Context(config)
        self.stages = [_load_stage(m, c) for m, c in STAGES]
        self._dedup = None
        if self.context.config.detect_near_duplicates:
            from warscribe.cleaning.dedup import NearDuplicateIndex

            self._dedup = NearDuplicateIndex(self.context.config.near_duplicate_threshold)

    def run(self, doc: Document) -> Document:
        """Run every stage on one document; stops early when a stage skips it. A stage that fails rejects the
        document (with the stage and the error as the reason) instead of stopping the whole run."""
        for stage in self.stages:
            try:
                stage.run(doc, self.context)
            except Exception as err:  # one bad document must not stop a batch
                doc.status, doc.reason = REJECTED, f"stage {stage.name} failed: {type(err).__name__}: {err}"
                doc.events = []
                break
            if doc.status != PROCESSED:
                break
            if stage.name == "clean" and self._dedup is not None:
                self._dedup.check(doc)
                if doc.status != PROCESSED:
                    break
        return doc

    def process(self, items: Iterable[Document | Rejection]) -> Iterator[Result]:
        """Yield one Result per input item, in order; rejections pass through untouched."""
        for item in items:
            if isinstance(item, Rejection):
                yield Result(rejection=item)
                continue
            yield Result(document=self.run(item))
