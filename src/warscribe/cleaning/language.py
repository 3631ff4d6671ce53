"""Identifies a text's language offline with py3langid (ISO 639-1 code)."""

from __future__ import annotations

from functools import lru_cache

_SAMPLE_CHARS = 300  # a few sentences give a stable guess; langid's cost grows with the text


@lru_cache(maxsize=1)
def _identifier():
    # Imported lazily: loading the model takes a moment and only cleaning needs it.
    from py3langid import langid

    return langid


def detect_language(text: str) -> str | None:
    """The language code of `text` ("en", "ar", ...), or None when there are no letters to judge."""
    sample = text[:_SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None
    code, _score = _identifier().classify(sample)
    return str(code)
