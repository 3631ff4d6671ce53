"""Round 34 (issue 14), the count reader: the background gate (`_background_gate`) reads its phrases' trie straight
after the character before a phrase, with no look-ahead of the phrases' first words before it, and answers as the
case-blind `background` search over every stretch of a text; `after` takes the runs of its words whole, never
giving back a character, and matches as the form that gave them back."""

from __future__ import annotations

import re

import pytest

from warscribe.knowledge import counts
from warscribe.knowledge.counts import _ASCII_NON_WORD, _spaced_lower
from warscribe.knowledge.lexicon import Lexicon


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


# The runs `after` takes whole (`_NP_WORD`'s and `including`'s words, `_AUX_AND`'s letters before "ed"), and the
# forms that gave them back one character at a time
_TAKEN_WHOLE = ((r"[\w'’-]*+", r"[\w'’-]*"), (r"(?=[a-z]{3})[a-z]++(?<=ed)", r"[a-z]+ed"))

_AFTER_TEXTS = [
    "A man and his two sons were kidnapped and killed near Homs.", "5 people were ABDUCTED AND KILLED, 2 wounded",
    "3 'Arbakis' were killed", "4 “rebels” were killed on Monday", "2 rebels' were killed",
    "two men (police) were killed",
    "Five civilians of one family, including a child, were killed", "x-ed and killed 4 bred and killed",
    "2 soldiers were ed and killed", "12 people were shot-ed and killed", "7 men were tortured-and killed",
    "287 IS fighters, among them 26 minors, had been killed", "a woman and child were killed", "Seven militants' "
    "bodies were found", "3 pro-regime fighters’ were killed", "1 civilian was kidnapped and killed, 4 injured",
    "10 al-Nusra's men were killed", "a four-year-old boy and four rustlers were killed", "6 men-were killed",
    "4 villagers, including women and children, were killed", "70 regime and rebel fighters were killed",
]


def test_after_takes_its_runs_whole() -> None:
    reader = counts.CountReader(Lexicon.load())
    assert all(fast in reader.p.after.pattern for fast, _slow in _TAKEN_WHOLE)


@pytest.mark.parametrize("text", ["1 civilian was kidnapped and killed", "x ed and killed", "bed and killed",
                                  "tied and killed", "Ed and killed", "TORTURED and killed", "a1ed and killed"])
def test_aux_and_takes_its_letters_whole_anywhere(text: str) -> None:
    # (at every place, even inside a word: no letter before the place read as one of the run)
    fast = re.compile(counts._AUX_AND + "killed", re.I)
    slow = re.compile(r"(?:(?!(?:killed|wounded|injured)\b)[a-z]+ed\s+and\s+)?killed", re.I)
    for place in range(len(text) + 1):
        fast_m, slow_m = fast.match(text, place), slow.match(text, place)
        assert (fast_m and fast_m.span()) == (slow_m and slow_m.span()), place


@pytest.mark.parametrize("text", _AFTER_TEXTS)
def test_after_matches_as_the_runs_given_back(text: str) -> None:
    reader = counts.CountReader(Lexicon.load())
    for pattern in (reader.p.after, *reader.p.after_lighter):
        slow_text = pattern.pattern
        for fast, slow in _TAKEN_WHOLE:
            slow_text = slow_text.replace(fast, slow)
        slow = re.compile(slow_text, pattern.flags)
        for place in range(len(text) + 1):
            fast_m, slow_m = pattern.match(text, place), slow.match(text, place)
            assert (fast_m and fast_m.regs) == (slow_m and slow_m.regs), (text, place)


@pytest.mark.parametrize("text", [
    "And two men ", "IN the town ", "android men ", "inside ", "Or  else ", "ın town ", "İn town ", "on\tthe ",
    "Shot  dead men ", "shot deadly ", "were were ", "atop x ", "ATTACKERS ", "(police) were ", "'Arbakis' were ",
    "“rebels” were ", "Whilex y ", "before, ", "when-ever ", "at", "kIlled ", "K ",
])
def test_np_word_turns_down_its_stops_as_their_alternation(text: str) -> None:
    stops = [*counts._NP_STOPS, "shot dead", "were", "killed"]
    fast = re.compile(counts._np_word(stops), re.I)
    alternation = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in stops)
    slow = re.compile(rf"(?:(?!(?:{alternation})\b)(?:\([^()]{{1,40}}\)|['‘“\"]?[A-Za-z][\w'’-]*['’”\"]?)\s+)", re.I)
    for place in range(len(text) + 1):
        fast_m, slow_m = fast.match(text, place), slow.match(text, place)
        assert (fast_m and fast_m.span()) == (slow_m and slow_m.span()), place
