"""Round 26 (s26d), speed work in the recognize stage (issue 14): the pattern matcher reads native entries in a plain
loop and answers a list; the anaphor pattern is led by a class of its first letters; the cased source matcher reads
only a paragraph holding one of its aliases' first words. Each answers as the way before it did (and the longest
match per kind, with a noun's reading first on ties, is what the key sort chooses)."""

from __future__ import annotations

import random
import re

import pytest
from spacy.strings import get_string_id

from warscribe.config import Context
from warscribe.knowledge.lexicon import Cited, Match, TriggerEntry, _longest_per_kind
from warscribe.knowledge.patterns import _match_from
from warscribe.stages import recognize

# The anaphor pattern as it was, led by a word boundary and a look-ahead (its pronoun group holds the first letter)
_OLD_ANAPHOR = re.compile(
    r"\b(?=[TtBbIi])"
    r"(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Bb]oth|[Tt]hese)\s+(?:(?:terrorist|extremist|jihadist|militant|armed|rival|two|"
    r"al-Qaeda-linked|Salafist|hardline|opposition(?!\s+(?:groups|factions)\b)|Islamist)\s+)*"
    r"(?P<head>group|groups|party|organi[sz]ation|sides|faction|fr?actions|movement|coalition|militia|alliance)"
    r"|(?P<pron>[Ii]t|[Tt]hey)(?=\s+(?:\w+ly\s+)?(?:\w+ed|\w+s|had|has|have|were|was|are|is)\b)"
    r"|(?P<prev>[Tt]he\s+(?:previous|earlier|first|latest|second)\s+(?:one|attack|strike|raid)))\b")

_ANAPHOR_TEXTS = [
    "It was hit. They have gone; they quickly moved. The group and these factions, both sides said.",
    "The previous attack and the first one; the latest strike. The two rival groups clashed.",
    "Britain was told. xThe group, _the group, 1the group, (the group, -the group, éthe group, é the group.",
    "Ithe group, Bhe group, Ihey were, Tt was, bit was, The\u00a0group, It\nwas, Both  the group, the the group.",
    "the opposition groups said that terrorist groups fired; This organisation and that Salafist movement.",
    "it", "It", "", "They", "the al-Qaeda-linked Islamist group", "THE GROUP", "tHe group",
    # (the text of test_shortcuts' test of the look-ahead this pattern's class replaced)
    "The group said it attacked. They were seen; both sides fought. This armed militia and these two factions "
    "left. The previous attack, the earlier one, It has ended. Its tents; theyre BOTH sides, the  group.",
]


def _old_anaphors(text: str, pos: int, endpos: int) -> list[tuple]:
    return [(m.span(), m.group("head"), m.group("pron"), m.span("pron"), bool(m.group("prev")))
            for m in _OLD_ANAPHOR.finditer(text, pos, endpos)]


def _new_anaphors(text: str, pos: int, endpos: int) -> list[tuple]:
    out = []
    for m in recognize._ANAPHOR.finditer(text, pos, endpos):
        pron = text[m.start():m.end("pron")] if m.group("pron") else None
        out.append((m.span(), m.group("head"), pron, (m.start(), m.end("pron")) if pron else (-1, -1),
                    bool(m.group("prev"))))
    return out


@pytest.mark.parametrize("text", _ANAPHOR_TEXTS)
def test_the_anaphor_pattern_led_by_its_letters_finds_what_the_boundary_led_one_found(text: str) -> None:
    for pos, endpos in [(0, len(text)), (1, len(text)), (3, len(text)), (0, max(0, len(text) - 4))]:
        assert _new_anaphors(text, pos, endpos) == _old_anaphors(text, pos, endpos)


def test_anaphor_mentions_keep_the_pronoun_and_its_span() -> None:
    text = "Rebels shelled the town. It was the third time; they have denied it. The group said so."
    tokens = Context().lexicon.tokenize(text)
    end = tokens[-1].idx + len(tokens[-1].text)
    found = [(m.start, m.end, m.text, m.label) for m in recognize._anaphors(text, 0, end)]
    assert (25, 27, "It", "it") in found and (48, 52, "they", "they") in found
    assert any(m[3] == "group" for m in found)


def _brute(matcher, words: list[str]) -> list[tuple]:
    """Every entry at every start, in the order of the entries under the first word, by `_match_from` alone."""
    return [(e[1], i, end) for i, w in enumerate(words) for e in matcher._by_first.get(w, ())
            if (end := _match_from(e[0], 1, words, i + 1)) is not None]


def test_the_lexicon_matcher_answers_match_from_in_order_on_random_word_lists() -> None:
    matcher = Context().lexicon.matcher
    # words the patterns read (first words and the words after them), with a few of no pattern's, drawn at random
    vocabulary = sorted({w for entries in matcher._by_first.values() for e in entries for el in e[0]
                         if el.words is not None for w in el.words})
    rng = random.Random(26)
    for _ in range(300):
        # (the lexicon's matcher reads words' ids)
        words = [rng.choice(vocabulary) if rng.random() < 0.7 else get_string_id(rng.choice(["x", "the", ".", "of"]))
                 for _ in range(rng.randint(0, 14))]
        assert matcher(words) == _brute(matcher, words)
    sentence = "rebels opened fire on the crowd and shot and killed two men , then set the market ablaze"
    words = [get_string_id(w) for w in sentence.split()]
    assert matcher(words) == _brute(matcher, words) != []


def _entry(noun: bool) -> TriggerEntry:
    return TriggerEntry("attack", "x", noun=noun)


def test_the_longest_match_per_kind_is_what_the_key_sort_chose() -> None:
    rng = random.Random(7)
    kinds, entries = ["trigger", "cue", "means"], [_entry(True), _entry(False), Cited("x"), None]
    for _ in range(200):
        matches = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 10)
            matches.append(Match(rng.choice(kinds), rng.choice("ab"), start, start + rng.randint(1, 4),
                                 rng.choice(entries)))
        # the way before: a stable sort by (-length, start, not noun), each kind's kept matches disjoint
        kept: list[Match] = []
        held: dict[str, set[int]] = {}
        for m in sorted(matches, key=lambda m: (-(m.end - m.start), m.start, not getattr(m.entry, "noun", False))):
            taken = held.setdefault(m.kind, set())
            if taken.isdisjoint(range(m.start, m.end)):
                kept.append(m)
                taken.update(range(m.start, m.end))
        want = sorted(kept, key=lambda m: (m.start, m.end))
        got = _longest_per_kind(matches)
        assert [id(m) for m in got] == [id(m) for m in want]


@pytest.mark.parametrize("text", [
    "SANA said two were killed, AFP reported; the Syrian Observatory for Human Rights said more.",
    "sana and afp in lower case, and SOHR; Reuters said.",
    "No source is named here at all.",
    "",
])
def test_the_cased_sources_are_read_only_where_their_first_words_are(text: str) -> None:
    lexicon = Context().lexicon
    assert lexicon.source_case_words and all(w == w.lower() for w in lexicon.source_case_words)
    tokens = lexicon.tokenize(text)
    assert lexicon._source_matches(tokens, lexicon.read_ids(tokens)[0]) == lexicon._source_matches(tokens)
