"""The count reader's round-28 shortcuts answer as the searches they spare: the gates' ASCII class for `\\W`, the
scouts that say where `after` and `before` may begin, and the label numbers searched in the lower-case text."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from typing import Any

import pytest

from warscribe.knowledge import counts
from warscribe.knowledge.counts import CountReader, _label_spans, _scouted, _spaced_lower
from warscribe.knowledge.lexicon import Lexicon


@pytest.fixture(scope="module")
def reader() -> CountReader:
    return CountReader(Lexicon.load())


_SENTENCES = [
    "Four soldiers were killed and 3 civilians wounded in Idlib on Monday.",
    "An airstrike killed at least 12 people, including five children, the monitor said.",
    "A woman and her two children were killed when a shell hit Route 5,Road 7 near Battalion 46.",
    "Gunmen shot dead a policeman and kidnapped two others; NO ONE WAS KILLED in the second raid.",
    "Dozens of fighters were killed.Twenty-five more were injured near Brigade No. 3 and unit #12",
    "The clashes left 30 dead, killing 14 jihadists from the Islamic State group and five civilians.",
    "Since 2011, more than 300,000 people have died; the toll rose to 40 in the city of Homs.",
    "Between 500 and 1300 people died, and an estimated 1,200 were arrested in Sector 4 (Zone 9).",
    "Militants executed 9 hostages, beheading one, and abducted a number of villagers_killed.",
    "killing\tthree\u00a0people and detaining  2 others at checkpoint 12,13 on Street 44th",
    "dozens were wounded,killed 4, injured 7;kill 2 -five killed -- 3-year-old dead",
]
_TOKENS = ["killed", "killing", "kill", "wounded", "injured", "dead", "died", "shot", "dead", "executed", "arrested",
           "a", "an", "one", "two", "five", "dozens", "several", "at", "least", "more", "than", "at least", "12", "4",
           "1,200", "2011", "people", "civilians", "soldiers", "and", "the", "of", "route", "battalion", "no.", "No",
           "#", ",", ".", ";", "-", "(", ")", "_", "'", "x", "km", "%", "were", "was", "including", "others"]
# (a few texts hold one of these: not ASCII, each read by the case-blind search itself)
_OTHER_TOKENS = ["\u00e9t\u00e9", "K\u212aill", "\u017fhot", "\u201d"]


def _random_texts(count: int, seed: int) -> list[str]:
    """Texts of the words the patterns read, in random case and spacing (some not ASCII)."""
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        words = [rng.choice(_TOKENS) for _ in range(rng.randint(1, 25))]
        if rng.random() < 0.1:
            words.insert(rng.randrange(len(words) + 1), rng.choice(_OTHER_TOKENS))
        words = [w.upper() if rng.random() < 0.15 else w.title() if rng.random() < 0.15 else w for w in words]
        seps = [rng.choice([" ", " ", " ", "  ", "", "\n", "-", ", "]) for _ in words]
        texts.append("".join(w + s for w, s in zip(words, seps, strict=True)))
    return texts


_TEXTS = _SENTENCES + [s.upper() for s in _SENTENCES] + _random_texts(400, 28)


def _spans(matches: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | Any]]]:
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("text", _TEXTS)
def test_scouted_matches_are_the_search_s(reader: CountReader, text: str) -> None:
    for end in sorted({len(text), len(text) // 2, counts._after_reach(reader.p.last_told, text)}):
        for pattern, scout in ((reader.p.after, reader.p.after_scout), (reader.p.before, reader.p.before_scout)):
            assert _spans(_scouted(pattern, scout, text, end)) == _spans(pattern.finditer(text, 0, end))


def test_scouts_are_built(reader: CountReader) -> None:
    assert reader.p.after_scout is not None and reader.p.before_scout is not None
    assert counts._scout(["one", ""], r"\s") is None and counts._scout(["\u00e9t\u00e9"], r"\s") is None
    assert counts._scout(["one", " two"], r"\s") is None and counts._scout(["_one"], r"\s") is None
    # (each place where a word begins, words overlapping or not: a scout's match holds only the character before)
    scout = counts._scout(["a", "at least", "two"], r"[\s-]", digits=True)
    assert scout is not None
    assert [m.start() for m in scout.finditer(" at least 2 a-two 3x")] == [0, 9, 11, 13, 17]


@pytest.mark.parametrize("text", _TEXTS)
def test_label_numbers_are_the_search_s(text: str) -> None:
    rules = counts._rules()
    low = _spaced_lower(text)
    assert rules.label_gate is not None
    if low is None:
        return
    for end in sorted({len(text), counts._digits_end(text), len(text) // 3}):
        searched = [m.span() for m in rules.not_counts[0].finditer(text, 0, end)]
        assert _label_spans(rules.label_gate, low, end) == searched


def test_label_gate_takes_what_the_search_takes() -> None:
    rules = counts._rules()
    text = "Route 5,Road 7 and ROUTE NO. 12,000, Brigades  #4 at route5 nos 3"
    low = _spaced_lower(text)
    assert rules.label_gate is not None and low is not None
    assert _label_spans(rules.label_gate, low, len(text)) == [m.span() for m in rules.not_counts[0].finditer(text)]
    # ("Road 7" right after the comma that ends "Route 5,": the character before a label that a match holds)
    assert (8, 14) in _label_spans(rules.label_gate, low, len(text))
    assert counts._label_gate(["route", "per cent"]) is None and counts._label_gate(["{n} route"]) is None


@pytest.mark.parametrize("text", _TEXTS)
def test_ascii_gates_answer_as_the_case_blind_searches(reader: CountReader, text: str) -> None:
    low = _spaced_lower(text)
    if low is None:
        return
    assert counts._gate_holds(reader.p.any_outcome_gate, low) is (reader.p.any_outcome.search(text) is not None)
    rules = counts._rules()
    for start, end in ((0, len(text)), (3, len(text) // 2), (len(text) // 3, len(text))):
        assert counts._background_in(text, low, start, end) is (rules.background.search(text, start, end) is not None)


def test_gates_open_with_the_ascii_class_of_non_word_characters() -> None:
    gate = counts._word_gate(["killed", "shot dead"])
    assert gate is not None and gate.pattern.startswith(counts._ASCII_NON_WORD)
    ascii_chars = "".join(map(chr, range(128)))
    assert re.findall(counts._ASCII_NON_WORD, ascii_chars) == re.findall(r"\W", ascii_chars)


@pytest.mark.parametrize("text", [*_TEXTS, "a,b , c,\td,\n(e) [f] g—h–i;j:k!l?m.", ",", ", ", ",,  ,", "", "x, ,y"])
def test_clause_ends_are_the_two_choices_matches(text: str) -> None:
    two_choices = re.compile(r"[.;:!?()\[\]—–]|,\s")
    assert [m.span() for m in counts._CLAUSE_END.finditer(text)] == [m.span() for m in two_choices.finditer(text)]
    for start in range(0, len(text), 7):
        found, want = counts._CLAUSE_END.search(text, start), two_choices.search(text, start)
        assert (found and found.span()) == (want and want.span())


_BACKGROUND = ["Since 2011, more than 300,000 people were killed", "so far in 2016 about 40 were killed",
               "During the civil war 12 died", "In total, 50 people have died since mid-March", "4 died in the war",
               "Throughout the conflict 7 people, in all, died", "a car accident killed 3", "since March 5 died",
               "IN THE PAST YEAR 9 DIED", "over the past week, 5 killed", "This year 8 died (cumulative toll)",
               "in the last  week 3 died", "in the Syrian-war 4 died", "since 20111 some died", "since May-2"]


@pytest.mark.parametrize("text", _BACKGROUND)
def test_background_gate_answers_as_the_case_blind_search(text: str) -> None:
    rules = counts._rules()
    low = _spaced_lower(text)
    assert low is not None and rules.background_gate is not None
    for start in range(0, len(text), 3):
        for end in (len(text), len(text) - 2, start + 12):
            end = max(start, min(end, len(text)))
            want = rules.background.search(text, start, end) is not None
            assert counts._background_in(text, low, start, end) is want


def test_phrase_paths_make_the_phrase_patterns() -> None:
    number = r"(?:\d+|[a-z]+)"
    for phrase in [*counts._raw_rules()["background"], "Since {year}", "in {month} {n} {word}", "a. b  c"]:
        assert "".join(counts._phrase_path(phrase, number)) == counts._phrase(phrase, number, lower=True)
