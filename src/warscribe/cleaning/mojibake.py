"""Repairs UTF-8 text that was once read as Windows-1252 ("Daraâ€™a" for "Dara’a", "Ã©" for "é"), as exports
of incident databases often carry it; twice-misread text ("Ã¢â‚¬â„¢") takes a second pass. Used where such an
export is read: the pipeline never rewrites a document's text."""

from __future__ import annotations

import re
from functools import cache


def _byte_char(b: int) -> str:
    """The character a Windows-1252 reading gives byte b (Latin-1's where Windows-1252 leaves it undefined)."""
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


@cache
def _pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    """A UTF-8 multi-byte sequence spelt in the characters of its bytes, and each such character's byte."""
    byte_of = {_byte_char(b): b for b in range(0x80, 0x100)}

    def cls(lo: int, hi: int) -> str:
        return "[" + "".join(re.escape(_byte_char(b)) for b in range(lo, hi + 1)) + "]"

    cont = cls(0x80, 0xBF)
    sequence = rf"{cls(0xC2, 0xDF)}{cont}|{cls(0xE0, 0xEF)}{cont}{{2}}|{cls(0xF0, 0xF4)}{cont}{{3}}"
    return re.compile(sequence), byte_of


def _decode(match: re.Match[str]) -> str:
    _, byte_of = _pattern()
    try:
        return bytes(byte_of[c] for c in match.group()).decode("utf-8")
    except UnicodeDecodeError:
        return match.group()


def repair_mojibake(text: str) -> str:
    """The text with each misread UTF-8 sequence decoded; text without one comes back as it was."""
    pattern, _ = _pattern()
    for _ in range(2):
        if not pattern.search(text):
            break
        text = pattern.sub(_decode, text)
    return text
