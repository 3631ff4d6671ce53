"""Identifies a text's language offline with py3langid, checked against English function words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from warscribe.cleaning.cues import DATA, load_cues
from warscribe.knowledge import located

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
    return located.data_file(DATA / "languages.yaml")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's identifier for our candidate languages. Decompressing its model takes most of a second: it
    is built once and kept in the cache folder, until the model, languages.yaml or this code change."""
    from py3langid import langid  # imported lazily: only cleaning needs it

    from warscribe import prebuilt

    files = [langid.MODEL_DIR / langid.MODEL_FILE, Path(langid.__file__), DATA / "languages.yaml", Path(__file__)]
    return prebuilt.load_or_build("langid", files, _build_identifier)


def _build_identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    full = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    full.set_languages(_settings()["candidates"])
    # The same identifier made from the candidates' part of the model alone (the same answers): the full model
    # it keeps for set_languages would add 28 MB to the cache file and to memory.
    return LanguageIdentifier(full.nb_ptc, full.nb_pc, full.nb_classes, full.tk_nextmove, full.tk_output,
                              norm_probs=True, tk_row=full.tk_row)


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    cues = load_cues()
    return cues.stopwords | cues.verbs


def _reads_as_english(sample: str) -> bool:
    words = list(map(str.lower, _WORD.findall(sample)))
    hits = sum(map(_english_words().__contains__, words))  # no Python call per word
    settings = _settings()
    return bool(words) and hits >= settings["english_min_words"] and hits / len(words) >= settings[
        "english_word_share"]


def proves_english(text: str) -> bool:
    """Whether the opening of `text` has enough English function words and common verbs that identify_language
    answers "en" whatever the identifier ranks first (it reads such a text as English): the code without the
    identifier's cost, for a caller that needs no confidence."""
    return _reads_as_english(text[:_SAMPLE_CHARS])


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
