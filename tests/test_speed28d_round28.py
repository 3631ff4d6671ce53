"""Round 28 (s28d), speed work in the recognize stage's matchers (issue 14): spaCy's infix rules searched only in a
word holding a character one of them begins with, its suffix rules only where the word's last character ends one,
its prefix rules matched at the start rather than searched; the pattern matcher's gate reads the third word of a
list a second word picked and leaves out the patterns that need nothing more. Each answers as the old way did."""

from __future__ import annotations

import random
import re

import spacy
from spacy.matcher import PhraseMatcher

from warscribe.config import Context
from warscribe.knowledge.lexicon import EndSearch, GuardedFinditer, Lexicon, _anchored_at_start, edge_class
from warscribe.knowledge.lexicon import _sre_parser as parser
from warscribe.knowledge.patterns import PatternMatcher, _match_from, compile_pattern
from warscribe.stages.recognize import ActorPhrases

_TEXT = ("Gunmen from the Zubeyrat clan shot dead 3 herders near Qarnawil on Tuesday, 4 June 2019... and wounded "
         "two others (see www.example.org/Qarnawil-2019.) \u2014 U.S.-backed forces said, 'it's 5km away'! "
         "al-Assad's 10:30 a/b x+y 3*4 \u00a9 \u2192 \u2014\u2014 e.g. \u201cYes\u201d - Idlib\u2013Hama")


def _spans(match: re.Match[str] | None) -> tuple | None:
    return None if match is None else (match.span(), match.group())


def _words(pattern: str, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    alphabet = sorted(set(pattern) - set(" \t")) + list("abcxyzKM09'\u2019.-/\n\u0130\u212a") * 3
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10))) for _ in range(count)]


def test_the_guarded_infix_finditer_finds_what_spacys_finds() -> None:
    pattern = spacy.blank("en").tokenizer.infix_finditer.__self__
    finditer = GuardedFinditer.of(pattern)
    assert finditer is not None and finditer.__self__ is pattern
    words = _words(pattern.pattern, 20000, 28) + _TEXT.split() + ["", "a-b", "a.B", "1+2", "x/y", "\u2014"]
    assert [[_spans(m) for m in finditer(w)] for w in words] == [[_spans(m) for m in pattern.finditer(w)]
                                                                 for w in words]


def test_the_suffix_search_behind_its_last_characters_finds_what_spacys_finds() -> None:
    pattern = spacy.blank("en").tokenizer.suffix_search.__self__
    search = EndSearch.of(pattern)
    assert search is not None and search._last is not None
    words = _words(pattern.pattern, 20000, 29) + _TEXT.split() + ["", "end.\n", "km\n", "5km", "x\u00b0"]
    assert [_spans(search(w)) for w in words] == [_spans(pattern.search(w)) for w in words]


def test_the_prefix_match_finds_what_spacys_search_finds() -> None:
    pattern = spacy.blank("en").tokenizer.prefix_search.__self__
    assert _anchored_at_start(pattern)
    words = _words(pattern.pattern, 20000, 30) + _TEXT.split()
    assert [_spans(pattern.match(w)) for w in words] == [_spans(pattern.search(w)) for w in words]
    assert not _anchored_at_start(re.compile(r"^a|b")) and not _anchored_at_start(re.compile(r"^a|^b", re.M))
    assert _anchored_at_start(re.compile(r"^a|^bc|\Ad"))


def test_an_edge_class_holds_what_a_match_begins_or_ends_with() -> None:
    def chars(source: str, last: bool, flags: int = 0) -> str | None:
        found = edge_class(parser.parse(source, flags), flags, last)
        return None if found is None else "".join(c for c in "abcdxyz.-/K\u212a" if found.search(c))

    assert chars(r"(?<=[0-9])[+\-](?=[0-9])|\.\.+|a(?:bc|d)", last=False) == "a.-"
    assert chars(r"(?:bc|d)x?y$|\.+$", last=True) == "y."
    assert chars(r"k", last=False, flags=re.I) == "K\u212a"  # a case-blind class: the Kelvin sign too
    assert chars(r"a*b", last=False) is None  # may begin with either: not plainly known
    assert chars(r"\w-", last=False) is None and chars(r"(?=a)", last=False) is None


def test_the_lexicons_tokenizer_keeps_spacys_tokens() -> None:
    lexicon = Lexicon.load()
    assert isinstance(lexicon.nlp.tokenizer.infix_finditer, GuardedFinditer)
    full = spacy.blank("en")
    assert [(t.text, t.idx) for t in lexicon.tokenize(_TEXT)] == [(t.text, t.idx) for t in full.tokenizer(_TEXT)]


_PATTERNS = ["in the past", "in the wake of", "in *2 letter|letters to", "during|in|over *1 last|past days",
             "in", "in the", "killed", "killed *3 protesters", "killed ?then *4 in *1 days", "of the war"]


def _brute(patterns: list, words: list[str]) -> list:
    return [(p.payload, i, end) for i, w in enumerate(words) for p in patterns
            if w in p.first_words and (end := _match_from(p.elements, 1, words, i + 1)) is not None]


def test_the_gate_reads_the_third_word_and_leaves_the_bare_patterns_matched() -> None:
    patterns = [compile_pattern(t, t) for t in _PATTERNS]
    matcher = PatternMatcher(patterns)
    picked = matcher._starts["in"].table["the"]
    # "in the" needs nothing more: matched where the gate fails; "in the past": "past" two tokens after "in"
    assert [e.payload for e in picked.bare] == ["in", "in the"]
    assert {"past", "wake", "letter", "last"} <= picked.needed and picked.reach == 4
    rng = random.Random(28)
    vocabulary = ["in", "the", "past", "wake", "of", "letter", "to", "last", "days", "killed", "then", "x", "war"]
    for _ in range(2000):
        words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 12))]
        assert matcher(words) == _brute(patterns, words), words


# (phrases both an actor's and a source's: "militants", "residents", "White Helmets", "Russia's defence ministry")
_SOURCED = ("SANA said two were killed, AFP reported; the Syrian Observatory for Human Rights said more, and Reuters "
            "and SOHR agreed. The Syrian army and the rebels of the Free Syrian Army clashed, activists said. "
            "Militants said so, residents and the White Helmets said; Russia's defence ministry denied it.")


def test_one_lower_case_pass_finds_the_actors_and_the_sources_each_own_matcher_finds() -> None:
    context = Context()
    rec, lexicon = context.recognizers, context.lexicon
    assert rec._source_keys  # the phrases both kinds hold have one source's key each: the sources are held
    alone = PhraseMatcher(lexicon.nlp.vocab, attr="LOWER")
    for key, cased, keywords in ActorPhrases.load(lexicon, rec.actors).patterns:
        if not cased:
            alone.add(key, keywords)  # type: ignore[arg-type]
    for text in (_SOURCED, _TEXT, ""):
        doc = lexicon.tokenize(text)
        actors, sources = rec.lower_matches(doc)
        assert actors == alone(doc) and sources == lexicon.source_matcher(doc)
        assert lexicon.matches(doc, lexicon.read_ids(doc)[0], sources) == lexicon.matches(doc)
    actors, sources = rec.lower_matches(lexicon.tokenize(_SOURCED))
    assert len(sources or ()) >= 8 and {k for k, _s, _e in actors} & {k for k, _s, _e in alone(lexicon.tokenize(
        "Militants said"))}
