"""Measuring warscribe: scoring against coded datasets (seed-format gold, ACLED exports, UCDP GED) and timing it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path


class EvalInputError(ValueError):
    """A gold, document or corpus file that cannot be used, with the file, line and reason in the message."""


def numbered_lines(path: Path) -> Iterator[tuple[int, str]]:
    """The non-blank lines of a UTF-8 text file with their 1-based numbers; EvalInputError naming the file when
    it cannot be read."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise EvalInputError(f"{path}: cannot read: {reason}") from exc
    return ((n, line) for n, line in enumerate(lines, 1) if line.strip())
