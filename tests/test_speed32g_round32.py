"""Round 32 (speed, issue 14, s32g): the word before a date read back from the date (`time.word_before`), not by a
search that tried its pattern at every position of the window; a sentence's capitals that open a word found by a
search led by the capital; and the title run's words read with the text between them from one call. Each pins an
equivalence a change could break silently: the same word is read before every position of hand-built, random and
real texts as the pattern's search captures, and the same capitals and words are found as the patterns of before."""

from __future__ import annotations

import random
import re

from warscribe import timex
from warscribe.stages import segment
from warscribe.stages.time import word_before

# The pattern `word_before` reads and the plain readings of segment's words, as they were written before
_WORD_BEFORE = re.compile(r"([\w'’]+)\s+(?:(?:late|early)\s+)?$")
_TITLED_BEFORE = re.compile(r"(?<![\w'’-])[A-Z]")
_TOKEN = re.compile(r"[\w'’-]+")

_TEXTS = [
    "", "a monitor said late Saturday", "said early  late Monday", "chocolate late Friday", "x, late\n Sunday",
    "it's said’ early\tSunday", "foo_bar  late  early Mon", "Ünïcödé said late ２ Tue", "said.late Mon", "late Mon",
    " early Mon", "said\nlate\n", "12 said late 3 early  ", "said\u00a0late\u2003x", "Lately said Early Monday",
    "The Security Forces Reportedly Find Burial Sites of Over 20 Executed Christians According to a report.",
    "-A 'B ’C _D e-F g'H  I\n(J) K.L", "Über Ärger -- ‘Quoted’ O'Neil x-Ray, _Under 9Nine",
]
_PIECES = ["a", "Z", "1", "_", "'", "’", " ", "\n", "\t", ",", ".", "é", "É", "late", "early", "\u00a0", "-", "(",
           "said", "Late", "\u2003", "２"]


def _random_texts(count: int) -> list[str]:
    rng = random.Random(32)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 16))) for _ in range(count)]


def _captured(text: str, lo: int, at: int) -> str | None:
    m = _WORD_BEFORE.search(text, lo, at)
    return None if m is None else m.group(1)


def test_word_before_is_what_the_pattern_captures_in_every_window() -> None:
    for text in _TEXTS:
        for lo in range(len(text) + 1):
            for at in range(lo, len(text) + 1):
                assert word_before(text, lo, at) == _captured(text, lo, at), (text, lo, at)
    for text in _random_texts(3000):
        for at in range(len(text) + 1):
            for lo in {0, max(0, at - 5), at}:
                assert word_before(text, lo, at) == _captured(text, lo, at), (text, lo, at)


def test_titled_capitals_are_those_after_no_word_character() -> None:
    for text in _TEXTS + _random_texts(3000):
        assert segment._TITLED_TOKEN.findall(text) == _TITLED_BEFORE.findall(text), text


def test_words_come_with_the_text_before_them() -> None:
    for text in _TEXTS + _random_texts(3000):
        for start in (0, len(text) // 3):
            last, expected = start, []
            for m in _TOKEN.finditer(text, start, len(text)):
                expected.append((text[last:m.start()], m.group()))
                last = m.end()
            assert segment._GAP_AND_TOKEN.findall(text, start, len(text)) == expected, text


def _same_words_as_before(line: str, title: str) -> bool:
    want = segment._normal(title)
    limit = (want.count(" ") + 1 if want else 0) + 2
    got, replaced = segment._NON_WORD.subn(" ", line.lower(), count=limit)
    return replaced < limit and got.strip() == want


def test_a_line_has_the_title_words_as_before() -> None:
    titles = ["", "Air strikes kill 12 in Aleppo", "İstanbul  blast", "Σ, x", "-- A --", "One", "One two"]
    lines = _TEXTS + _random_texts(2000) + [t.upper() + " " for t in titles] + ["  air STRIKES kill 12, in aleppo. ",
                                                                               "One two three four five six seven"]
    for title in titles:
        for line in lines + titles:
            assert segment._same_words(line, title) == _same_words_as_before(line, title), (line, title)


_CAPTIONS = [
    "A child waits at a checkpoint seized by rebels on a highway June 6 2015 (Reuters) Two people were killed.",
    "A damaged site in Aleppo September 21 2016. (TRT World and Agencies)", "on 3 Oct. 2016.\u2003 (AFP) The army",
    "Seen Oct. 11, 2016 .(AP) x", "In 2016 (AFP)", "Photo 2０16 (AFP) A", "(AFP) June 6 2015", "2015  .  (AFP) A",
    "5 May 2014(SANA) Troops", "x (y) 12 (Z) A", "   (", "9.(",
]


def test_a_dated_credit_follows_a_digit_before_a_bracket() -> None:
    rng = random.Random(7)
    pieces = ["June", "6", "2015", "Oct.", "11,", "2016", ".", " ", "  ", "\n", "(Reuters)", "(AFP photo)", "(", ")",
              "Two", "a", "x"]
    texts = _CAPTIONS + ["".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 12)))
                         for _ in range(3000)]
    for text in texts:
        for start in range(0, len(text) + 1, 3):
            for end in {len(text), max(start, len(text) - 2), start + (len(text) - start) // 2}:
                if not segment._year_before_bracket(text, start, end):
                    assert segment._DATED_CREDIT_THEN_TEXT.search(text, start, end) is None, (text, start, end)
                    assert segment._DATED_CREDIT_AT_END.search(text, start, end) is None, (text, start, end)
    assert segment._year_before_bracket(_CAPTIONS[0], 0, len(_CAPTIONS[0]))
    assert not segment._year_before_bracket(_CAPTIONS[6], 0, len(_CAPTIONS[6]))


def test_kinds_opened_by_a_month_match_at_the_names_as_they_are_searched() -> None:
    from test_speed31f_round31 import _TEXTS as date_texts
    from test_speed31f_round31 import _random_texts as random_date_texts

    glued = ["MayMay 2016 xMarch 2015 JuneJuly 2014 Apr 052017 Sept. 2016 Sept 2016,March, 2016 Mayday 1999",
             "(Jan 2015)Feb 2016 -March 2017 _May 2018 2019May 2019 Dec  012019 Nov 31 2016"]
    patterns = dict(timex._patterns())
    for text in date_texts + glued + random_date_texts(1500):
        names = [m.start() for m in timex._MONTH_NAME.finditer(text)]
        for kind in timex._NAME_OPENED_KINDS:
            found = [m.span() for m in timex._matches_at_names(patterns[kind], text, names)]
            assert found == [m.span() for m in patterns[kind].finditer(text)], (kind, text)
