"""Incremental ingest: a hash of each input as read, and a filter that leaves out inputs stored unchanged."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING

from warscribe.model import Document, Rejection, content_hash

if TYPE_CHECKING:
    from warscribe.config import Config
    from warscribe.store import Store

UNCHANGED = "unchanged"  # the reason given for an input left out because it is stored as it is


def settings_key(config: Config) -> str:
    """The settings that change what coding yields (languages kept, actor files, gazetteer, country focus,
    length limit...): an input coded under other settings counts as changed."""
    values = {k: v for k, v in asdict(config).items() if k not in ("trace", "extra")}
    return json.dumps(values, default=str, sort_keys=True)


def input_hash(doc: Document, settings: str = "") -> str:
    """The hash of a document as the reader gave it (text or HTML and the metadata) and of the settings."""
    given = [doc.id, doc.text, doc.html, doc.url, doc.title, doc.published, doc.source, settings]
    return content_hash(json.dumps(given, ensure_ascii=False))


@dataclass
class UnchangedFilter:
    """Passes on the inputs that are new or changed since they were stored, each with its `input_hash` set;
    documents stored with the same hash are left out and named in `skipped` (their origin). `force`: pass
    every input on (they are all coded again). `on_skip` is told of each document left out."""

    store: Store
    settings: str = ""
    force: bool = False
    on_skip: Callable[[Document], None] | None = None
    skipped: list[str] = field(default_factory=list)

    def __call__(self, items: Iterable[Document | Rejection]) -> Iterator[Document | Rejection]:
        # One look-up per document, not per batch: `ingest -` and `watch` must not wait for a batch to fill.
        for item in items:
            if isinstance(item, Document):
                item.input_hash = input_hash(item, self.settings)
                if not self.force and self.store.input_hashes([item.id]).get(item.id) == item.input_hash:
                    self.skipped.append(item.origin or item.id)
                    if self.on_skip is not None:
                        self.on_skip(item)
                    continue
            yield item

    def pop_skipped(self) -> list[str]:
        taken, self.skipped = self.skipped, []
        return taken
