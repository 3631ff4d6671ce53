"""Round 34 (issue 14), the count reader: the background gate (`_background_gate`) reads its phrases' trie straight
after the character before a phrase, with no look-ahead of the phrases' first words before it, and answers as the
case-blind `background` search over every stretch of a text."""

from __future__ import annotations

import re

import pytest

from warscribe.knowledge import counts
from warscribe.knowledge.counts import _ASCII_NON_WORD, _spaced_lower


def _filled(phrase: str) -> str:
    """A background phrase with its placeholders written out as a text would."""
    return (phrase.replace("{year}", "2014").replace("{month}", "March").replace("{n}", "12")
            .replace("{word}", "Syrian"))


def _texts() -> list[str]:
    """Texts that hold each phrase, its first word alone, and its first word run into another."""
    texts = []
    for phrase in counts._raw_rules()["background"]:
        filled = _filled(phrase)
        first = filled.split()[0]
        texts += [f"Five were killed {filled}, a monitor said.", f"{filled.upper()} 40 died",
                  f"({filled}) near Homs: 4 dead", f"x{filled} 5 killed", f"{first} the town 3 killed",
                  f"{first}x 3 killed", f"two {first}-{filled} 3", f"{filled}s and more"]
    return texts


def test_the_gate_opens_with_its_trie() -> None:
    gate = counts._rules().background_gate
    assert gate is not None
    # (the trie right after the class: no look-ahead that reads the phrases' first words before the trie does)
    assert gate.pattern.startswith(_ASCII_NON_WORD + "(?:") and not gate.pattern.startswith(_ASCII_NON_WORD + "(?=")


@pytest.mark.parametrize("text", _texts())
def test_the_gate_answers_as_the_case_blind_search_over_every_stretch(text: str) -> None:
    rules = counts._rules()
    low = _spaced_lower(text)
    assert low is not None
    bounds = sorted({0, len(text), *(m.start() for m in re.finditer(r"[\s,(]", text))})
    for i, start in enumerate(bounds):
        for end in bounds[i:]:
            want = rules.background.search(text, start, end) is not None
            assert counts._background_in(text, low, start, end) is want, (start, end)
