"""Round 19 (speed11): regex passes spared where a cheap test proves they find nothing (a road's joined name needs a
dash before the place, a numeric date a digit, separator and digit) and word-list patterns led by a look-ahead on
their words' first letters (a search leaves most positions after one class test); each finds what the full pattern
finds."""

from __future__ import annotations

import re

import pytest

from warscribe import timex
from warscribe.cleaning import promos
from warscribe.knowledge import counts, roles
from warscribe.knowledge.patterns import first_letters
from warscribe.places import recognize
from warscribe.places.recognize import PlaceMention, _road_end
from warscribe.stages import segment
from warscribe.timex import _NEEDS, _needed_patterns, _needs, find_dates

# Hand-written texts: roads joined by dashes, dates with separators, credits, openers glued to a sentence.
_TEXTS = [
    "Gunmen blocked the Mombasa - Malindi main road near Kilifi on Monday, police said.",
    "Traffic on the Dhaka–Aricha highway stopped after a bus fell near Manikganj.",
    "A convoy on the Homs -\nPalmyra road was hit by a roadside bomb.",
    "Jets struck Ariha on 05/04/2017 and again on 2017-04-06, killing 12.5 percent of the fighters of Battalion 46.",
    "Five people died at 10.30 on 3-4 May in Idlib. REUTERS Hamid Khatib Rebels Seize Hill Near Hama The army said.",
    "Rockets fell on Douma. Getty Images Syrian Forces Advance in the East The council met. getty images later.",
    "the village Meanwhile a committee met in Aleppo Furthermore the army retreated Elsewhere troops moved on.",
    "a base backed by the Russian air force, a town held by the rebels and the headquarters of the Free Army ",
    "the broadcaster owned by the ruling party and the hospital which had been bombed before, "
    "the HEADQUARTERS of the brigade which belongs to the ",
]


def test_a_road_name_is_searched_back_only_behind_a_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    full = recognize._ROAD_JOIN_BEFORE
    seen: list[bool] = []

    class _Counting:
        def search(self, *args: object) -> object:
            seen.append(True)
            return full.search(*args)

    monkeypatch.setattr(recognize, "_ROAD_JOIN_BEFORE", _Counting())
    # (a name with a road's kind right after it, or another name joined after it, is told without the search)
    for text, name, joined, searched in [(_TEXTS[0], "Malindi", True, True), (_TEXTS[0], "Mombasa", True, False),
                                         (_TEXTS[1], "Aricha", True, False), (_TEXTS[0], "Kilifi", False, False),
                                         (_TEXTS[2], "Homs", True, False), (_TEXTS[3], "Ariha", False, False)]:
        at = text.index(name)
        seen.clear()
        assert _road_end(text, PlaceMention(at, at + len(name), name, True)) is joined
        assert bool(seen) is searched  # no dash before the name: no search


@pytest.mark.parametrize("text", _TEXTS)
def test_the_dash_test_holds_wherever_the_road_pattern_does(text: str) -> None:
    for end in range(len(text) + 1):
        start = max(0, end - 40)
        if recognize._ROAD_JOIN_BEFORE.search(text, start, end):
            assert text[start:end].rstrip().endswith(recognize._ROAD_DASHES)


def test_numeric_dates_need_a_digit_a_separator_and_a_digit() -> None:
    assert _NEEDS["numeric"] == _NEEDS["iso"] == ("digit_sep",)
    holds = _needs()["digit_sep"]
    assert holds("on 05/04/2017") and holds("2017-04-06") and holds("05.04.2017")
    assert not holds("12 people on 5 April 2017") and not holds("the 3rd - 4th")
    for kind, pattern, _ in _needed_patterns():
        if kind in ("iso", "numeric"):
            for text in _TEXTS:
                assert all(holds(m.group()) for m in pattern.finditer(text))
    found = [(d.start, d.end) for d in find_dates(_TEXTS[3])]
    text = _TEXTS[3]
    assert (text.index("05/04"), text.index("05/04") + 10) in found
    assert (text.index("2017-04"), text.index("2017-04") + 10) in found


def _unled(pattern: re.Pattern[str], lead: str) -> re.Pattern[str]:
    """The pattern as it was before its look-ahead on first letters."""
    assert lead and lead in pattern.pattern
    return re.compile(pattern.pattern.replace(lead, ""), pattern.flags)


def _same_matches(led: re.Pattern[str], plain: re.Pattern[str]) -> None:
    for text in _TEXTS:
        assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for end in range(0, len(text) + 1, 3):  # the window searches of a text before a point
            a, b = led.search(text, max(0, end - 60), end), plain.search(text, max(0, end - 60), end)
            assert (a and a.span()) == (b and b.span())


def test_the_credit_pattern_finds_what_it_found_before() -> None:
    rules = promos._promos()
    credits = sorted({m.group() for text in _TEXTS for m in rules.opens.finditer(text)})
    assert credits == ["Getty Images", "REUTERS", "getty images"]  # (promo_boxes keeps the capitalised ones)
    raw = promos.located.data_file(promos.DATA / "cues.yaml")["inline_promos"]["credits"]
    lead = f"(?i:{first_letters(str(c).strip() for c in raw)})"
    _same_matches(rules.opens, _unled(rules.opens, lead))


@pytest.mark.parametrize("name, words", [
    ("_backer", lambda d: d["backers"]), ("_holder", lambda d: d["holders"]),
    ("_history", lambda d: d["place_history"]["nouns"]), ("_media_owner", lambda d: d["media_owners"]["nouns"])])
def test_the_role_windows_find_what_they_found_before(name: str, words: object) -> None:
    pattern = getattr(roles, name)()
    _same_matches(pattern, _unled(pattern, first_letters(words(roles._data()))))  # type: ignore[operator]


def test_the_premises_window_finds_what_it_found_before() -> None:
    before = roles._premises()[0]
    assert before.search(_TEXTS[8])  # "the HEADQUARTERS of the brigade which belongs to the "
    _same_matches(before, _unled(before, first_letters(roles._data()["premises"])))


def test_the_segment_spaces_are_those_of_the_look_behind_form() -> None:
    openers = segment._glued_openers()
    words = sorted(segment._word_file("glued_openers.txt"), key=len, reverse=True)
    plain = re.compile(rf"(?<=\w)\s+(?=(?:{'|'.join(map(re.escape, words))})\s)")
    assert [m.end() for m in openers.finditer(_TEXTS[6])] == [m.end() for m in plain.finditer(_TEXTS[6])]
    assert len(list(openers.finditer(_TEXTS[6]))) == 3
    _same_matches(openers, plain)
    dateline = re.compile(segment._DATELINE.pattern.replace(r"\s(?<=[\w)\]'’]\s)\s*", r"(?<=[\w)\]'’])\s+"))
    assert dateline.pattern != segment._DATELINE.pattern
    text = "Rebel Rockets Kill Five in Hama BEIRUT (Reuters) The army said.  MOSCOW (Sputnik) - The talks (AFP) go."
    assert [m.span("outlet") for m in segment._DATELINE.finditer(text)] == [
        m.span("outlet") for m in dateline.finditer(text)] != []
    _same_matches(segment._DATELINE, dateline)


def test_each_elsewhere_phrase_has_a_word_the_texts_are_tested_for() -> None:
    assert counts._literal_words(["coded separately", "in {n} days", "the war's"]) == ("separately", "days", "war's")
    assert counts._literal_words(["since {year}", "{n}"]) is None  # a phrase of placeholders alone: no test
    words = counts._rules().elsewhere_words
    assert words is not None and all(w in phrase.lower() for w, phrase in
                                     zip(words, counts._raw_rules()["cause"]["elsewhere"], strict=True))


def _plain_background(text: str, count: counts.Count) -> bool:
    """`_background` as it read before: every search made for every count."""
    rules = counts._rules()
    if count.value >= rules.max_event_toll:
        return True
    if any(s <= count.start < e + 2 or count.start <= e <= count.end for s, e in
           [m.span() for m in rules.cause.finditer(text)]):
        return True
    stop = text.find(".", count.end)
    if rules.elsewhere.search(text, count.end, stop if stop >= 0 else len(text)):
        return True
    starts = [m.end() for m in counts._CLAUSE_END.finditer(text, 0, count.start)]
    start = starts[-1] if starts else 0
    stop = counts._CLAUSE_END.search(text, count.end)
    if rules.background.search(text, start, stop.start() if stop else len(text)):
        return True
    opening = counts._CLAUSE_END.search(text)
    return opening is not None and opening.start() < count.start and opening.start() <= 40 and bool(
        rules.background.search(text, 0, opening.start()))


@pytest.mark.parametrize("text", [
    "Since 2011, shelling has killed 40 people in the town and wounded 12 more, and 3 died on Monday.",
    "Two soldiers were killed in the raid; the deaths were coded separately and 4 civilians died too.",
    "Four people died in a car accident and 7 were killed by a shell in Idlib on Friday.",
    "Rockets killed 9 civilians in Douma, 5 in Harasta and 2 in Arbin, a monitor said.",
])
def test_a_texts_background_searches_are_read_once_with_the_same_answers(text: str) -> None:
    found = [counts.Count(m.start(), m.end(), "death", int(m.group()), False, None, "")
             for m in re.finditer(r"\d+", text)]
    read: dict = {}
    assert [counts._background(text, c, read) for c in found] == [_plain_background(text, c) for c in found]
    assert [counts._background(text, c) for c in found] == [_plain_background(text, c) for c in found]
    assert read["elsewhere"] is ("separately" in text)


_LEAD = re.compile(r"\(\?=\(\?-i:\[[^\]]*\]\)\)")  # a first_letters look-ahead of ASCII letters and digits


@pytest.mark.parametrize("text", [
    "On 5 April 2017 and on Tuesday, as of 3rd-4th May, jets struck; in early March 2016 and mid-June, since Jan. 2",
    "Rebels said last Friday that from April 12 to April 14 and in JUNE 2015 (Sept 052017) the past Mondays were calm",
    "The army, by December 2014, had until 31 of August; during May, throughout the war, on the 12th of July 2013.",
])
def test_the_date_patterns_led_by_first_letters_find_what_they_found(text: str) -> None:
    led = dict(timex._patterns())
    for kind in ("dmy", "mdy", "mdy_glued", "month", "month_year", "weekday"):
        plain = re.compile(_LEAD.sub("", led[kind].pattern, count=1), led[kind].flags)
        assert plain.pattern != led[kind].pattern
        assert [(m.span(), m.groupdict()) for m in led[kind].finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)]
    assert find_dates(text)
