"""Round 31 (s31d), speed work in the recognize stage (issue 14): the anaphor pattern matched only where one of its
two-character openings lies (found by substring searches); spaCy's suffix search tells a
word's last character's flags (ends a rule; ends a rule of unbounded width) from a memo, searching the unbounded
rules only where one can end; spaCy's lexeme getters that only call a method of the string replaced by that
method; the pattern matcher's entry kinds constants of the compiled code. Each answers as the old way did."""

from __future__ import annotations

import random
import re

import spacy
from spacy.lang import lex_attrs

from warscribe.knowledge.lexicon import _ENDS_FAR, _ENDS_RULE, EndSearch, _same_as_method, lean_getters
from warscribe.knowledge.patterns import (
    _GAPPED,
    _GENERAL,
    _PLAIN,
    PatternMatcher,
    _Entry,
    compile_pattern,
    word_character,
)
from warscribe.stages.recognize import _ANAPHOR, _ANAPHOR_OPENINGS, _anaphor_matches

_WORDS = ["Damascus", "al-Nusra", "5km", "KM", "", "\u0130stanbul", "\u01c5", "Stra\u00dfe", "\u212a", "\u00c9tat",
          "U.S.", "\u2014", "x\u0307", "\u03a3\u039f\u03a3", "2019", "Aleppo's", "\u00bd", "\u0663", "ab\u00adc"]


def test_the_getters_that_call_a_string_method_are_that_method() -> None:
    same = _same_as_method()
    assert set(same) == {lex_attrs.lower, lex_attrs.is_alpha}
    for getter, method in same.items():
        assert [method(w) for w in _WORDS] == [getter(w) for w in _WORDS]


def test_a_lean_vocabulary_makes_the_lexemes_spacy_makes() -> None:
    lean, plain = spacy.blank("en").vocab, spacy.blank("en").vocab
    lean_getters(lean)
    assert set(lean.lex_attr_getters) == {attr for attr in plain.lex_attr_getters if attr in lean.lex_attr_getters}
    assert all(not getattr(get, "__module__", "").startswith("spacy") for get in lean.lex_attr_getters.values())
    assert [(lean[w].lower_, lean[w].is_alpha) for w in _WORDS] == [(plain[w].lower_, plain[w].is_alpha)
                                                                   for w in _WORDS]


def test_the_matcher_entries_have_their_kinds() -> None:
    patterns = [compile_pattern("opened fire", "plain"), compile_pattern("open~ *2 fire", "gapped"),
                compile_pattern("shot ?and killed", "general")]
    matcher = PatternMatcher(patterns)
    kinds = {}
    for start in matcher._starts.values():
        for group in [start.default, *start.table.values()]:
            for entry in group.entries:
                kinds[entry.payload] = entry.kind
    assert kinds == {"plain": _PLAIN, "gapped": _GAPPED, "general": _GENERAL}
    assert len({_PLAIN, _GAPPED, _GENERAL}) == 3
    assert isinstance(_Entry((patterns[0].elements, "p", None, (), None, None)).kind, int)
    words = ["they", "opened", "fire", "and", "shot", "and", "killed", "two"]
    assert matcher(words) == [("plain", 1, 3), ("gapped", 1, 3), ("general", 4, 7)]



_ANAPHOR_TEXTS = [
    "It was hit. They have gone; they quickly moved. The group and these factions, both sides said.",
    "The previous attack and the first one; the latest strike. The two rival groups clashed.",
    "Britain was told. xThe group, _the group, 1the group, (the group, -the group, \u00e9the group, \u00e9 the group.",
    "Ithe group, Bhe group, Ihey were, Tt was, bit was, The\u00a0group, It\nwas, Both  the group, the the group.",
    "the opposition groups said that terrorist groups fired; This organisation and that Salafist movement.",
    "it", "It", "", "They", "th", "the al-Qaeda-linked Islamist group", "THE GROUP", "tHe group", "Both", "bothsides",
    "The group said it attacked. They were seen; both sides fought. This armed militia and these two factions "
    "left. The previous attack, the earlier one, It has ended. Its tents; theyre BOTH sides, the  group.",
    "\u0130t was, \u212athe group, \u00c9they were, 2it was, it it was, thethe group, The The group, it\u2019s",
]


def _words_of(rng: random.Random, count: int) -> str:
    pieces = ["the", "The", "they", "They", "it", "It", "both", "Both", "this", "that", "these", "group", "groups",
              "sides", "were", "was", "attacked", "quickly", "previous", "attack", "armed", "two", "opposition",
              "factions", "fractions", "with", "bit", "xit", "_the", "\u00e9", "th", "bo", "t", "h"]
    gaps = [" ", "  ", "", ", ", ". ", "\n", "-", "(", "\u00a0", "\u2019"]
    return "".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(count))


def _spans(found) -> list[tuple]:
    return [(m.span(), m.groupdict(), m.span("pron")) for m in found]


def test_the_anaphor_matches_from_their_openings_are_finditers() -> None:
    rng = random.Random(31)
    texts = _ANAPHOR_TEXTS + [_words_of(rng, rng.randint(1, 40)) for _ in range(3000)]
    for text in texts:
        size = len(text)
        for start, end in [(0, size), (1, size), (3, size), (0, max(0, size - 4)), (2, max(2, size - 1))]:
            if start > size:
                continue
            assert _spans(_anaphor_matches(text, start, end)) == _spans(_ANAPHOR.finditer(text, start, end)), \
                (text, start, end)


def test_every_anaphor_match_opens_with_an_opening() -> None:
    rng = random.Random(7)
    openings = set()
    for text in _ANAPHOR_TEXTS + [_words_of(rng, 30) for _ in range(500)]:
        for m in _ANAPHOR.finditer(text):
            openings.add(text[m.start():m.start() + 2])
            assert text.startswith(_ANAPHOR_OPENINGS, m.start())
            assert m.start() == 0 or not word_character(text[m.start() - 1])
    assert openings == set(_ANAPHOR_OPENINGS)


def test_a_word_character_is_what_the_pattern_reads_as_one() -> None:
    word = re.compile(r"\w")
    for code in [*range(0x3000), 0x1D7CE, 0x10400, 0x1F600, 0xFF10, 0xFF3F]:
        char = chr(code)
        assert word_character(char) == (word.match(char) is not None), hex(code)


def test_the_suffix_search_by_its_last_characters_flags_finds_what_the_pattern_finds() -> None:
    rng = random.Random(31)
    alphabet = [*"abcxyzKMs09'\u2019.-/\n\u0130\u212a\u00e9\u2026", "..", "...", "km", "\u00e9."]
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8))) for _ in range(8000)]
    words += ["", ".", "..", "a..", "a..\n", "\u00e9..", "\u00e9.a", "5km", "5km\n", "\n", "x\u2026\u2026"]
    sources = [spacy.blank("en").tokenizer.suffix_search.__self__.pattern,
               r"(?<=[0-9])(?:km|m)$|'s$|\.\.+$|\u2026+$|x\w$|(?<=[a-z])\.$",
               r"(?:km|\.)$|a+$|\w+\.$", r"\.\.+$|(?:ab)+$|k$"]
    for source in sources:
        pattern = re.compile(source)
        search = EndSearch.of(pattern)
        assert search is not None
        assert [_found(search(w)) for w in words] == [_found(pattern.search(w)) for w in words], source
        # (the flags of a last character are those of its words': asked again, from the memo)
        assert [_found(search(w)) for w in words] == [_found(pattern.search(w)) for w in words], source
    spacy_search = EndSearch.of(re.compile(sources[0]))
    assert spacy_search is not None and spacy_search._far_last is not None
    assert spacy_search._edges("s") & _ENDS_RULE and not spacy_search._edges("s") & _ENDS_FAR
    assert spacy_search._edges(".") & _ENDS_FAR


def _found(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()
