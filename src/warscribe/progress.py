"""A progress display on stderr when stderr is a terminal, and silence otherwise."""

from __future__ import annotations

import sys
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress


class ProgressReport:
    """Counts items on a live stderr line; a no-op when stderr is not a TTY (pipes, CI, tests).

    Messages go through `console`, a stderr console, so they print above the live line instead of
    tearing it.
    """

    def __init__(self, description: str, total: int | None = None, stream: TextIO | None = None,
                 enabled: bool | None = None) -> None:
        stream = stream if stream is not None else sys.stderr
        self.enabled = stream.isatty() if enabled is None else enabled
        self._stream = stream
        self._progress: Progress | None = None
        self._task = None
        self._description = description
        self._total = total

    @cached_property
    def console(self) -> Console:
        """The stderr console, made at the first message or live line (rich is loaded only then)."""
        from rich.console import Console

        # soft_wrap: messages name long paths and must stay one grep-able line each.
        stream = self._stream
        return Console(file=stream, stderr=stream is sys.stderr, highlight=False, soft_wrap=True)

    def print(self, *objects: Any, **options: Any) -> None:
        """console.print"""
        self.console.print(*objects, **options)

    def __enter__(self) -> ProgressReport:
        if self.enabled:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
            )

            self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                      MofNCompleteColumn(), TimeElapsedColumn(), console=self.console,
                                      transient=True)
            self._progress.start()
            self._task = self._progress.add_task(self._description, total=self._total)
        return self

    def advance(self, n: int = 1) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task, n)

    def note(self, text: str) -> None:
        """Show `text` (say, tasks done and documents a second) as the live line's description."""
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, description=f"{self._description} ({text})")

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
