"""Round 19 (speed13): the counts' `after` search (NUMBER ... OUTCOME) stops after the last word that can close one
of its matches and the token its look-ahead reads after it; it finds what the search over the whole text finds."""

from __future__ import annotations

import random

import pytest

from warscribe.knowledge import counts
from warscribe.knowledge.lexicon import Lexicon, _numbers

# Hand-written sentences: counts before their outcome, combined outcomes with a stop, the end or a preposition after
# them, outcomes glued to other words, tails with no outcome, lists and asides.
_TEXTS = [
    "Four soldiers were killed and two civilians were wounded in Idlib on Monday, and the army shelled Ariha later.",
    "12 killed, wounded",
    "12 killed, wounded in Hama",
    "12 killed, wounded inside the town",
    "Three fighters killed and injured.  ",
    "Three fighters killed and injured\n",
    "Three fighters killed and injured;the rest fled",
    "175 Terrorists Killed Injured in Aleppo as the army advanced on five villages and seven hills",
    "a woman and two children were killed when a shell hit their house near the market of the old city",
    "seven people, including four women and two children, were killed by a car bomb which the group denied",
    "1 civilian was kidnapped and killed near Daraa; at least 20 others fled the village with six cars",
    "The killedx count of 5 deadly raids left 3 people deadened and 4 kills-reported",
    "At least 50 militants were shot dead, 11 gunned down and 2 hacked to death over three days of fighting",
    "Some 30 fighters (mostly foreign) were reportedly also killed. Five more fighters joined the group later.",
    "Two dozen protesters were arrested and 3 abducted, the council said on 12 May in a statement about 40 towns",
    "Five people died.",
    "no outcome word here with 5 people and 6 towns",
    "",
    "killed",
    "3 killed",
    "3 KILLED and WOUNDED - the rest escaped",
]


def _reader() -> counts._Patterns:
    return counts._patterns(_numbers())


def _found(pattern: counts.re.Pattern[str], text: str, endpos: int | None = None) -> list[tuple[object, ...]]:
    matches = pattern.finditer(text) if endpos is None else pattern.finditer(text, 0, endpos)
    return [(m.span(), tuple(sorted(m.groupdict().items()))) for m in matches]


@pytest.mark.parametrize("text", _TEXTS)
def test_after_finds_the_same_matches_in_its_reach(text: str) -> None:
    p = _reader()
    reach = counts._after_reach(p.last_told, text)
    assert _found(p.after, text, reach) == _found(p.after, text)


def test_the_reach_ends_after_the_token_following_the_last_outcome() -> None:
    p = _reader()
    text = "Four soldiers were killed in Idlib and the army shelled Ariha later."
    assert counts._after_reach(p.last_told, text) == text.index(" Idlib")  # "killed in"
    assert counts._after_reach(p.last_told, "12 killed, wounded in Hama") == len("12 killed, wounded in")
    assert counts._after_reach(p.last_told, "Three fighters killed.") == len("Three fighters killed.")
    assert counts._after_reach(p.last_told, "Three fighters killed  ") == len("Three fighters killed  ")
    assert counts._after_reach(p.last_told, "no outcome word here with 5 people") == 0
    assert counts._after_reach(p.last_told, "a killedx count") == 0  # no whole word closes a match


def test_after_finds_the_same_matches_in_shuffled_sentences() -> None:
    # Sentences cut and joined at random words: outcomes at every place of a text, texts ending anywhere
    p = _reader()
    words = " ".join(_TEXTS).split(" ")
    rng = random.Random(13)
    for _ in range(400):
        start = rng.randrange(len(words))
        text = " ".join(words[start:start + rng.randrange(1, 30)])
        text += rng.choice(["", ".", " ", "\n", ", and", " in"])
        assert _found(p.after, text, counts._after_reach(p.last_told, text)) == _found(p.after, text), text


def test_count_reader_reads_counts_after_the_last_outcome_word() -> None:
    reader = counts.CountReader(Lexicon.load())
    found = reader.read("Four soldiers were killed and two civilians were wounded in Idlib on Monday.")
    assert [(c.outcome, c.value) for c in found] == [("death", 4), ("injury", 2)]
