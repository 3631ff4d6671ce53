"""The pipeline stages, each a module owning one step; `Stage` is the interface they share."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from warscribe.config import Context
    from warscribe.model import Document


class Stage(Protocol):
    """A step of the pipeline: reads the Document attributes in `reads`, adds those in `adds`."""

    name: str
    reads: tuple[str, ...]
    adds: tuple[str, ...]

    def run(self, doc: Document, ctx: Context) -> None: ...
