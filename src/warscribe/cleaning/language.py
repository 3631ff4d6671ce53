"""Identifies a text's language offline with py3langid, checked against English function words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import yaml

from warscribe.cleaning.cues import DATA, load_cues

_SAMPLE_CHARS = 300  # a few sentences give a stable guess; langid's cost grows with the text
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class LanguageGuess:
    """A language code (ISO 639-1, "en", "ar", ...) and the identifier's probability for it (0-1)."""

    code: str
    confidence: float

    def __str__(self) -> str:
        return f"{self.code} ({self.confidence:.2f})"


@lru_cache(maxsize=1)
def _settings() -> dict[str, Any]:
    return yaml.safe_load((DATA / "languages.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _identifier() -> Any:
    # Imported lazily: loading the model takes a moment and only cleaning needs it.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(_settings()["candidates"])
    return identifier


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    cues = load_cues()
    return cues.stopwords | cues.verbs


def _reads_as_english(sample: str) -> bool:
    words = [w.lower() for w in _WORD.findall(sample)]
    hits = sum(w in _english_words() for w in words)
    settings = _settings()
    return bool(words) and hits >= settings["english_min_words"] and hits / len(words) >= settings[
        "english_word_share"]


def identify_language(text: str) -> LanguageGuess | None:
    """The language of `text` with its probability, or None when there are no letters to judge."""
    sample = text[:_SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return None
    ranked = _identifier().rank(sample)
    code, confidence = ranked[0]
    if code != "en" and (confidence < _settings()["min_confidence"] or _reads_as_english(sample)):
        english = next(p for c, p in ranked if c == "en")
        return LanguageGuess("en", float(english))
    return LanguageGuess(str(code), float(confidence))


def detect_language(text: str) -> str | None:
    """The language code of `text` ("en", "ar", ...), or None when there are no letters to judge."""
    guess = identify_language(text)
    return guess.code if guess else None
