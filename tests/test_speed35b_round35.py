"""Round 35 (speed), helper s35b: the clause-break search written to skip along by its first characters, and the
offensive owner's anchored test read first; each answers as the form it replaced."""

from __future__ import annotations

import re

import pytest

from warscribe.knowledge.roles import _offensive_owner, offensive_words, owns_offensive, window_holds
from warscribe.stages.assemble import _BREAK_MARKS, _BREAK_WORDS, _CLAUSE_BREAK, _break_pattern

# the pattern `_break_pattern` stands for: a mark, or a whole break word in any case
_PLAIN = re.compile(rf"[{_BREAK_MARKS}]|\b(?:{'|'.join(_BREAK_WORDS)})\b", re.I)

_TEXTS = [
    "Rebels shelled the town, killing two; however the army held: it said — later – that",
    "But While WHEREAS although Though HOWEVER meanwhile",
    "xbut abut but_ but1 1but _but butter rebut whereasx though-",
    "éwhile while é Ébut but é",  # a non-ASCII word character before a word: no boundary
    "İwhile ıbut ſbut whileſ thoughſ",  # characters that match "i" or "s" case-blind
    "but",
    "",
    "no break here at all",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_break_pattern_finds_what_the_plain_pattern_finds(text: str) -> None:
    for start in range(len(text) + 1):
        for end in (start, start + 3, len(text)):
            want = [m.span() for m in _PLAIN.finditer(text, start, end)]
            assert [m.span() for m in _CLAUSE_BREAK.finditer(text, start, end)] == want
            found = _CLAUSE_BREAK.search(text, start, end)
            assert (found.span() if found else None) == (want[0] if want else None)


def test_break_pattern_words_and_marks() -> None:
    pattern = _break_pattern(";", ("but", "while"))
    assert [m.group() for m in pattern.finditer("a; BUT x, While rebut whiles but")] == [";", "BUT", "While", "but"]
    # a word right after a word character is no word of its own; at the text's start it is
    assert pattern.search("xbut") is None
    assert pattern.search("but x").span() == (0, 3)
    # the boundary before the word is read from the whole text, not from where the search starts
    assert pattern.search("xbut", 1) is None


@pytest.mark.parametrize("text, owns", [
    ("Eight people were killed in a Syrian army offensive on the town", True),
    ("Eight people were killed in a Syrian army convoy on the town", False),  # no offensive's noun after the side
    ("The Syrian army offensive began on Monday", False),  # no casualty word before the side
])
def test_owns_offensive(text: str, owns: bool) -> None:
    start = text.index("Syrian army")
    end = start + len("Syrian army")
    before, after = _offensive_owner()
    reach = max(0, start - 80)
    # the order of the three tests changes no answer
    plain = window_holds(text, reach, start, offensive_words()) and after.match(text, end) is not None \
        and before.search(text, reach, start) is not None
    assert owns_offensive(text, start, end) is plain is owns
