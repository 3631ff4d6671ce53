"""Cleaning: boilerplate removal, metadata from text and HTML, language and near-duplicate detection."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from warscribe.cleaning.lines import CONTENT, Block, classify
from warscribe.cleaning.metadata import Metadata, read_metadata
from warscribe.cleaning.promos import without_boxes
from warscribe.model import PROCESSED, Document, Span

if TYPE_CHECKING:
    from warscribe.config import Context

__all__ = ["Cleaned", "clean_record", "clean_text"]


@dataclass
class Cleaned:
    """The verdict on one text: its classified blocks, the kept ranges and the metadata it states."""

    blocks: list[Block]
    kept: list[Span] = field(default_factory=list)
    meta: Metadata = field(default_factory=Metadata)


def clean_text(text: str, url: str | None = None, extracted: bool = False) -> Cleaned:
    """Classify the blocks of `text`, keep the content ranges and read the metadata (text untouched).

    `extracted`: the text came out of the HTML extractor (see lines.classify)."""
    blocks = classify(text, extracted)
    meta = read_metadata(blocks, url)
    kept: list[Span] = []
    for block in blocks:
        if block.kind != CONTENT:
            continue
        # A headline carrying " • Site" is kept without the site name.
        span = meta.title_span if block.why == "headline" and meta.title_span else (block.start, block.end)
        if block.start <= span[0] < span[1] <= block.end:
            kept.append(span)
        else:
            kept.append((block.start, block.end))
    # a related story's box flattened into a paragraph is furniture inside a content block
    return Cleaned(blocks, without_boxes(text, kept), meta)


def clean_record(doc: Document, ctx: Context | None = None) -> dict[str, Any]:
    """The `warscribe clean` contract object for a document (cleaning it first if no stage has)."""
    if doc.status == PROCESSED and not doc.kept and doc.language is None:
        from warscribe.config import Context
        from warscribe.stages.clean import CleanStage

        CleanStage().run(doc, ctx or Context())
    return {
        "id": doc.id,
        "text": doc.kept_text(),
        "title": doc.title,
        "published": doc.published,
        "source": doc.source,
        "language": doc.language,
        "kept": [list(span) for span in doc.kept],
    }
