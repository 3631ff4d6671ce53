"""Round 30 (s30d), speed work in the tokenizer the recognize stage runs (issue 14): spaCy's suffix rules searched
only among those a word's last character can end, its infix rules behind a look-ahead for the characters they
begin with, its cache of chunks' tokens given room for a long run; the recognize stage's token array read without
its ORTH column. Each answers as the old way did."""

from __future__ import annotations

import random
import re

import spacy

from warscribe.knowledge.lexicon import (
    TOKENIZER_CACHE_SIZE,
    EndSearch,
    GuardedFinditer,
    Lexicon,
    _led_by,
    edge_class,
    roomy_cache,
)
from warscribe.knowledge.lexicon import _sre_parser as parser
from warscribe.stages.recognize import _array_bounds, _array_dashes, _dash_tokens

_TEXT = ("Gunmen from the Zubeyrat clan shot dead 3 herders near Qarnawil on Tuesday, 4 June 2019... and wounded "
         "two others (see www.example.org/Qarnawil-2019.) \u2014 U.S.-backed forces said, 'it's 5km away'! "
         "al-Assad's 10:30 a/b x+y 3*4 \u00a9 \u2192 \u2014\u2014 e.g. \u201cYes\u201d - Idlib\u2013Hama 5\u00b0C. "
         "rebel-held anti-ISIL Syria's 12kg 3m/s DAMASCUS'S km\u00b2")


def _spans(match: re.Match[str] | None) -> tuple | None:
    return None if match is None else (match.span(), match.group())


def _words(pattern: str, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    alphabet = sorted(set(pattern) - set(" \t")) + list("abcxyzKMs09'\u2019.-/\n\u0130\u212a\u00e9") * 3
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10))) for _ in range(count)]


def test_the_suffix_search_by_last_character_finds_what_the_pattern_finds() -> None:
    sources = [spacy.blank("en").tokenizer.suffix_search.__self__.pattern,
               # a rule of no known last character (\w), one with a look-behind, a unit list, a run of dots
               r"(?<=[0-9])(?:km|m|m/s|kg)$|'s$|\.\.+$|x\w$|(?<=[a-z])\.$|[\u00a9\u2192]$|ab?$",
               r"(?i)k$|s's$"]
    for source in sources:
        pattern = re.compile(source)
        search = EndSearch.of(pattern)
        assert search is not None and search._rules
        words = _words(source, 6000, 30) + _TEXT.split() + ["", "end.\n", "km\n", "5km", "xy", "x\u00e9", "K",
                                                           "\u212a", "S'S", "a....", "5m/s"]
        assert [_spans(search(w)) for w in words] == [_spans(pattern.search(w)) for w in words], source


def test_the_rules_searched_for_a_last_character_are_those_that_can_end_with_it() -> None:
    pattern = re.compile(r"(?<=[0-9])(?:km|m)$|'s$|x\w$|\.$")
    search = EndSearch.of(pattern)
    assert search is not None
    for last in "ms.x-":
        rules = [part for part, edge, _w in search._rules if edge is None or edge.whole.match(last)]
        expected = {"m": [r"(?<=[0-9])(?:km|m)$", r"x\w$"], "s": [r"'s$", r"x\w$"], ".": [r"x\w$", r"\.$"],
                    "x": [r"x\w$"], "-": [r"x\w$"]}[last]
        assert rules == expected, last
        found, width = search._ending(last)
        assert width == max(w for part, _e, w in search._rules if part in rules)
        assert last in search._by_last and search._by_last[last] == (found, width)


def test_the_infix_pattern_led_by_its_first_characters_finds_what_it_finds() -> None:
    for source, flags in ((spacy.blank("en").tokenizer.infix_finditer.__self__.pattern, 0),
                          (r"(?<=[0-9])[+\-\*^](?=[0-9-])|\.\.+|(?<=[a-z])-(?=[a-z])|[\u00a9\u2192]|k", re.I)):
        pattern = re.compile(source, flags)
        first = edge_class(parser.parse(pattern.pattern, pattern.flags), pattern.flags, last=False)
        assert first is not None
        led = _led_by(pattern, first)
        assert led is not pattern
        words = _words(source, 6000, 31) + _TEXT.split() + ["", "a-b", "A-B", "1+2", "\u212a", "x\u00a9y", "..."]
        assert [[_spans(m) for m in led.finditer(w)] for w in words] == \
            [[_spans(m) for m in pattern.finditer(w)] for w in words], source
        finditer = GuardedFinditer.of(pattern)
        assert finditer is not None and finditer.__self__ is pattern
        assert [[_spans(m) for m in finditer(w)] for w in words] == \
            [[_spans(m) for m in pattern.finditer(w)] for w in words], source


def test_the_led_prefix_match_finds_what_spacys_search_finds() -> None:
    pattern = spacy.blank("en").tokenizer.prefix_search.__self__
    match = Lexicon.load().nlp.tokenizer.prefix_search
    assert match.__self__.pattern.endswith(pattern.pattern + ")")  # (the rules behind a look-ahead)
    words = _words(pattern.pattern, 20000, 32) + _TEXT.split() + ["", "$5", "US$5", "\u00a9x", "\u212a"]
    assert [_spans(match(w)) for w in words] == [_spans(pattern.search(w)) for w in words]


def test_a_pattern_that_will_not_take_the_lead_is_kept() -> None:
    pattern = re.compile(r"(?i)a-|b")
    first = edge_class(parser.parse(pattern.pattern, pattern.flags), pattern.flags, last=False)
    assert first is not None and _led_by(pattern, first) is pattern


def test_the_roomy_cache_tokenizes_as_spacys_own() -> None:
    lexicon = Lexicon.load()
    assert lexicon.nlp.tokenizer.max_cache_size >= TOKENIZER_CACHE_SIZE
    small, roomy = spacy.blank("en"), spacy.blank("en")
    small.tokenizer.max_cache_size = 3  # (remembers almost nothing: each chunk split by its rules)
    roomy_cache(roomy.tokenizer)
    assert roomy.tokenizer.max_cache_size == TOKENIZER_CACHE_SIZE
    big = spacy.blank("en")
    big.tokenizer.max_cache_size = TOKENIZER_CACHE_SIZE + 1
    roomy_cache(big.tokenizer)
    assert big.tokenizer.max_cache_size == TOKENIZER_CACHE_SIZE + 1  # (a larger bound of its own stays)
    for _ in range(2):  # (the second time from the cache)
        for text in (_TEXT, _TEXT.upper(), "Mail tips@example.org, visit https://example.org/a?b=1. Or 10.1.2.3:80."):
            expected = [(t.text, t.idx, t.whitespace_) for t in small.tokenizer(text)]
            assert [(t.text, t.idx, t.whitespace_) for t in roomy.tokenizer(text)] == expected
            assert [(t.text, t.idx, t.whitespace_) for t in lexicon.tokenize(text)] == expected


def test_the_recognize_array_without_orth_reads_the_same_bounds_and_dashes() -> None:
    lexicon = Lexicon.load()
    for text in (_TEXT, "rebel - held", "-", "a -b- c", "\u2013-\u2014"):
        doc = lexicon.tokenize(text)
        ids, at = lexicon.read_ids(doc)
        assert ids == [t.lower for t in doc]
        assert _array_bounds(at, 9) == ([t.idx + 9 for t in doc], [t.idx + 9 + len(t.text) for t in doc])
        assert _array_dashes(at) == _dash_tokens(doc) == {i for i, t in enumerate(doc) if t.text == "-"}
        lowers, texts, full = lexicon.read_tokens(doc)
        assert lowers == [t.lower_ for t in doc] and texts == [t.text for t in doc]
        assert _array_bounds(full, 9) == _array_bounds(at, 9) and _array_dashes(full) == _array_dashes(at)
