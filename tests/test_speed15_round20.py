"""Round 20 (speed15): regex passes spared where a cheap test proves they find nothing: the count reader's declared
figures and cause phrases behind substring tests of words every match holds, a paragraph's glued sentence openers
searched once before part by part, the date kinds' word tests read from one lower-case form; each finds what the
full search finds."""

from __future__ import annotations

import re
from typing import Any

import pytest

from warscribe import timex
from warscribe.knowledge import counts
from warscribe.knowledge.counts import CountReader
from warscribe.stages import segment

# Hand-written texts: counts with and without declared figures or a cause, openers glued to a sentence, dates.
_TEXTS = [
    "Gunmen killed 12 villagers in Ariha on Monday. Fatalities coded as 3 in the notes.",
    "Two protesters were killed when police fired on a march against the killing of a student.",
    "Residents protested over the death of a trader; 4 people were wounded in the clashes.",
    "Jets struck the town overnight, killing five civilians, the government said yesterday.",
    "the village Meanwhile a committee met in Aleppo Furthermore the army retreated Elsewhere troops moved on.",
    "Rebels shelled the base last week and earlier this month; three days ago a car bomb killed 7.",
    "Two days ago a bomb killed 3 people at the “old market”, a day after a raid LAST NIGHT.",
    "İdlib: the strike TODAY killed 2; the Kelvin sign \u212a and the long s \u017f stay case-blind.",
    "A soldier died at the weekend; fatality coded at a low estimate of 1 in the report.",
]


class _Counting:
    """A stand-in for a compiled pattern that counts its searches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def finditer(self, *args: Any) -> Any:
        self.calls += 1
        return self.pattern.finditer(*args)

    def search(self, *args: Any) -> Any:
        self.calls += 1
        return self.pattern.search(*args)


def _with_rules(monkeypatch: pytest.MonkeyPatch, **fields: Any) -> None:
    from dataclasses import replace

    rules = replace(counts._rules(), **fields)
    monkeypatch.setattr(counts, "_rules", lambda: rules)


def test_every_declared_and_cause_phrase_holds_a_word_of_its_list() -> None:
    raw = counts._raw_rules()
    rules = counts._rules()
    assert rules.declared_words == counts._literal_words(raw["declared"]) is not None
    before, deaths = rules.cause_words
    assert before is not None and deaths is not None
    for phrase in raw["declared"]:
        assert any(w in phrase.lower() for w in rules.declared_words)
    for phrases, words in ((raw["cause"]["before"], before), (raw["cause"]["deaths"], deaths)):
        for phrase in phrases:
            assert any(w in phrase.lower() for w in words)


@pytest.mark.parametrize("text", _TEXTS)
def test_the_word_tests_hold_wherever_declared_and_cause_match(text: str) -> None:
    rules = counts._rules()
    if rules.declared.search(text):
        assert counts._may_hold(text, rules.declared_words)
    if rules.cause.search(text):
        assert all(counts._may_hold(text, words) for words in rules.cause_words)


def test_declared_and_cause_are_searched_only_where_their_words_stand(reader: CountReader,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    rules = counts._rules()
    declared, cause = _Counting(rules.declared), _Counting(rules.cause)
    _with_rules(monkeypatch, declared=declared, cause=cause)
    reader.read("Gunmen killed 12 villagers in Ariha on Monday.")
    assert declared.calls == 0 and cause.calls == 0  # a digit and a count, but no word of either list
    found = reader.read(_TEXTS[0])
    assert declared.calls == 1 and [c.value for c in found if c.outcome == "declared"] == [3]
    reader.read(_TEXTS[1])
    assert cause.calls == 1


def test_counts_read_as_without_the_word_tests(reader: CountReader, monkeypatch: pytest.MonkeyPatch) -> None:
    gated = [[(c.start, c.end, c.outcome, c.value) for c in reader.read(t)] for t in _TEXTS]
    _with_rules(monkeypatch, declared_words=None, cause_words=(None,))
    assert [[(c.start, c.end, c.outcome, c.value) for c in reader.read(t)] for t in _TEXTS] == gated
    assert any(c[2] == "declared" for c in gated[0]) and any(c[2] == "declared" for c in gated[-1])


def test_a_paragraph_without_a_glued_opener_is_searched_once(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _Counting(segment._glued_openers())
    monkeypatch.setattr(segment, "_glued_openers", lambda: counting)
    text = "Jets struck Ariha. Five people died. The army said so. Rebels shelled a base."
    assert segment.split_sentences(text, 0, len(text)) == [(0, 18), (19, 36), (37, 54), (55, len(text))]
    assert counting.calls == 0  # no opener's words written: not searched at all (round 30's `_any_opener`)
    text = "Jets struck Ariha. In a separate event, rebels shelled a base. The army said so."
    assert segment.split_sentences(text, 0, len(text)) == [(0, 18), (19, 62), (63, len(text))]
    assert counting.calls == 1  # the words written, none glued: the whole range searched once
    text = _TEXTS[4]
    assert len(segment.split_sentences(text, 0, len(text))) == 4
    assert counting.calls > 2  # the whole range, then each part


@pytest.mark.parametrize("text", _TEXTS)
def test_glued_openers_split_as_part_by_part(text: str) -> None:
    for start in range(0, len(text), 7):
        for end in range(start, len(text) + 1, 11):
            whole = segment._glued_openers().search(text, start, end)
            parts = [m.end() for m in segment._glued_openers().finditer(text, start, end)]
            assert (whole is not None) == bool(parts)


@pytest.mark.parametrize("text", _TEXTS)
def test_date_word_tests_agree_with_their_words_searched(text: str) -> None:
    needs = timex._needs()
    for kind, words in timex._WORDS_OF.items():
        plain = re.compile("|".join(map(re.escape, words)), re.I).search(text) is not None
        assert bool(needs[kind](text)) >= plain  # never false where a word stands
        if text.isascii():
            assert bool(needs[kind](text)) == plain
    # and the dates found are those found with every pre-check on
    timex._chunk_dates.cache_clear()
    gated = timex.find_dates(text)
    timex._chunk_dates.cache_clear()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(timex, "_needs", lambda: dict.fromkeys(needs, lambda chunk: True))
        assert timex.find_dates(text) == gated
    timex._chunk_dates.cache_clear()


_GAPS = ["the opposition Syrian Observatory", "the pro-opposition monitor", "rebels - - SOHR", "army  \n Amaq",
         "x-", "", "  ", "a b"]


@pytest.mark.parametrize("text", _GAPS)
def test_a_source_after_the_gap_as_the_gap_matched_up_to_each_source(text: str) -> None:
    from warscribe.stages.recognize import _EPITHET_GAP, _source_after_gap

    for end in range(len(text) + 1):
        for starts in ({k} for k in range(len(text) + 1)):
            plain = any(s >= end and _EPITHET_GAP.fullmatch(text, end, s) for s in starts)
            assert _source_after_gap(text, end, starts) is bool(plain)
        assert _source_after_gap(text, end, set()) is False


def test_demonyms_read_from_the_paragraph_as_from_its_tokens() -> None:
    from warscribe.config import Context
    from warscribe.stages.recognize import _array_bounds, _paragraph_mentions

    rec = Context().recognizers
    text = ("Intro. Russian and Syrian air strikes hit Ariha, a US-Russian-brokered truce held, and anti-government "
            "protesters met as Turkish drone strikes and government shelling went on; Russia’s airstrikes killed 3.")
    offset = text.index("Russian")
    tokens = rec.lexicon.tokenize(text[offset:])
    starts, ends = _array_bounds(rec.lexicon.read_tokens(tokens)[2], offset)
    assert [text[s:e] for s, e in zip(starts, ends, strict=True)] == [t.text for t in tokens]
    found = [(m.text, m.label) for m in _paragraph_mentions(text, offset, tokens, rec) if m.kind == "actor"]
    # (the brokers of a pact and the side an "anti-" is against are no forces; a possessive's demonym is)
    assert found == [("Syrian", "syria-military"), ("Russian", "russia-military"), ("Turkish", "turkey-military"),
                     ("government", "state:military"), ("Russia", "russia-military")]


_CLAUSES = ["according to a source in the", "according to a source in the ", "the army destroyed two ",
            "said a Source Within the ", "officials from", "an official in  the",
            "A SPOKESMAN FOR", "struck the town in an area that has witnessed fighting between",
            "the villages which had long seen clashes between", "a region that has Known", "the army destroyed two",
            "rebels said they had captured the group's", "jets targeted a", "Militants seized several enemy",
            "troops neutralised 3", "the army said", "residents fled the town after", "",
            "a source in İdlib said the", "destroyed a \u212aelvin", "shot down a Russian"]


@pytest.mark.parametrize("before", _CLAUSES)
def test_role_window_tests_answer_as_their_patterns(before: str) -> None:
    from warscribe.knowledge import roles

    downed_before, downed_after = roles._downed()
    for text in (before, before + " "):  # (the windows end in a space before the side)
        assert roles.speaker_within(text) is (roles._within().search(text) is not None)
        assert roles.in_place_history(text) is (roles._history().search(text) is not None)
        plain = (roles._struck().search(text) is not None or downed_before.search(text) is not None
                 or downed_after.search("") is not None)
        assert roles.weapon_struck(text) is plain


def test_role_window_words_are_each_phrases_own() -> None:
    from warscribe.knowledge import roles

    assert "source" in roles._longest_words("speaker_within")
    assert set(roles._longest_words("weapons_struck", "verbs")) >= {"destroyed", "captured", "seized"}
    assert "witnessed" in roles._longest_words("place_history", "verbs")
    assert roles.speaker_within("according to a source in the ") and not roles.speaker_within("the army said")
    assert roles.in_place_history("in an area that has witnessed fighting between ")
    assert roles.weapon_struck("the army destroyed two ") and not roles.weapon_struck("residents fled after")


@pytest.mark.parametrize(("text", "side"), [("eight killed in Syrian army offensive on Ariha", "Syrian army"),
                                            ("eight killed in an attack by the Syrian army", "Syrian army"),
                                            ("the Syrian army offensive killed eight", "Syrian army")])
def test_an_offensive_owner_as_both_tests_in_either_order(text: str, side: str) -> None:
    from warscribe.knowledge import roles

    start = text.index(side)
    end = start + len(side)
    before, after = roles._offensive_owner()
    plain = before.search(text, max(0, start - 40), start) is not None and after.match(text, end) is not None
    assert roles.owns_offensive(text, start, end) is plain
