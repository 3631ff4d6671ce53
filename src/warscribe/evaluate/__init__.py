"""Measuring warscribe: scoring against coded datasets (seed-format gold, ACLED exports, UCDP GED) and timing it."""

from __future__ import annotations


class EvalInputError(ValueError):
    """A gold, document or corpus file that cannot be used, with the file, line and reason in the message."""
