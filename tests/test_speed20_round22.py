"""Round 22 (speed20): regex work inside the stages cut where a cheaper test gives the same answer: spaCy's suffix
rules searched near a word's end only (`EndSearch`), its URL pattern behind a test for a dot, digits, months and
weekdays found by substring tests (`has_digit`), the found-body and toll-breakdown searches behind pre-checks of
the words every match holds, the words between two places counted only up to the gap, and a sentence's capitals
counted on its bytes; each gives what the old way gave."""

from __future__ import annotations

import random
import re

import spacy

from warscribe import timex
from warscribe.knowledge import counts
from warscribe.knowledge.lexicon import EndSearch, Lexicon
from warscribe.knowledge.patterns import has_digit
from warscribe.stages import retell, segment
from warscribe.stages.places import _breakdown_pattern

_TEXT = ("Gunmen from the Zubeyrat clan shot dead 3 herders near Qarnawil on Tuesday, 4 June 2019... and wounded "
         "two others (see www.example.org/Qarnawil-2019.) \u2014 U.S.-backed forces said, 'it's 5km away'!")


def _spans(match: re.Match[str] | None) -> tuple | None:
    return None if match is None else (match.span(), match.group())


def test_the_suffix_search_finds_what_spacys_search_finds() -> None:
    pattern = spacy.blank("en").tokenizer.suffix_search.__self__
    search = EndSearch.of(pattern)
    assert search is not None and search.__self__ is pattern
    rng = random.Random(22)
    alphabet = sorted(set(pattern.pattern) - set(" \t")) + list("abcxyzKM09'’.\n") * 3
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10))) for _ in range(20000)]
    words += ["Tuesday,", "2019...", "others)", "5km", "away'!", "..", "a....", "end.\n", "it's", "U.S."]
    assert [_spans(search(w)) for w in words] == [_spans(pattern.search(w)) for w in words]


def test_a_pattern_not_anchored_at_the_end_gets_no_end_search() -> None:
    assert EndSearch.of(re.compile(r"a$|b")) is None
    assert EndSearch.of(re.compile(r"(?:a|b)c")) is None
    assert EndSearch.of(re.compile(r"a\$|b$")) is None


def test_the_lexicons_tokens_are_spacys() -> None:
    lexicon = Lexicon.load()
    assert isinstance(lexicon.nlp.tokenizer.suffix_search, EndSearch)
    full = spacy.blank("en")
    for text in (_TEXT, "Mail tips@example.org, visit https://example.org/a?b=1. Or 10.1.2.3:80 now...."):
        assert [(t.text, t.idx) for t in lexicon.tokenize(text)] == [(t.text, t.idx) for t in full.tokenizer(text)]
    assert lexicon.nlp.tokenizer.url_match("www.example.org/x") and not lexicon.nlp.tokenizer.url_match("example")


def test_a_digit_is_what_the_digit_class_matches() -> None:
    for text in ("", "no figures", "3 dead", "x\u0663", "caf\u00e9 9", "caf\u00e9", "\u00b2"):
        assert has_digit(text) == (re.search(r"\d", text) is not None), text


def test_month_and_weekday_needs_are_the_alternations_searches() -> None:
    needs = timex._needs()
    months = re.compile("|".join(sorted((n.capitalize() for n in timex._month_table()), key=len, reverse=True)))
    weekdays = re.compile("|".join(d.capitalize() for d in timex._WEEKDAYS))
    for text in ("On Tuesday", "in Sept", "may be", "MAY", "Mayor", "tuesday", "Monday's raid", "nothing", _TEXT):
        assert bool(needs["month"](text)) == (months.search(text) is not None), text
        assert bool(needs["weekday"](text)) == (weekdays.search(text) is not None), text
    assert [d.text for d in timex.find_dates(_TEXT)] == ["on Tuesday", "4 June 2019"]


def test_the_found_body_check_needs_the_word_body() -> None:
    assert counts._found_body("The bullet-riddled body of a trader was found near the camp.")
    assert counts._found_body("THE BODY OF A MAN WAS FOUND.")
    assert not counts._found_body("Nobody was found at the camp.")


def test_the_breakdown_search_is_the_patterns() -> None:
    pattern = _breakdown_pattern()
    for text in ("54 were killed, including 9 in Alsaliheen", "Among them 3 at the market", "including the town"):
        assert _spans(pattern.search(text)) == _spans(pattern._pattern.search(text))  # type: ignore[attr-defined]


def test_listed_together_counts_words_up_to_the_gap() -> None:
    gap = retell.rules().listed_gap
    assert retell.listed_together(" and " * gap)
    assert not retell.listed_together(" word" * (gap + 1))
    assert not retell.listed_together(" word" * 5000)


def test_a_title_run_needs_capitals() -> None:
    plain = "the men said that the town was quiet and that the roads were open again by the evening"
    assert not segment.holds_title_run(plain, 0, len(plain))
