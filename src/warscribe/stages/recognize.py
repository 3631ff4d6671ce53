"""Recognize stage: finds actors (names and crowds), triggers, cues, means, targets, sources, anaphors and
counts in the kept text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from operator import attrgetter
from pathlib import Path
from typing import Any, Final

from spacy.attrs import ORTH
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc

from warscribe.config import Context
from warscribe.knowledge.counts import CountReader
from warscribe.knowledge.lexicon import Lexicon, Match
from warscribe.knowledge.patterns import ascii_letter, word_character
from warscribe.knowledge.roles import (
    accuser_acts,
    accuses,
    against_a_side,
    ally_nouns,
    blames,
    brokers_a_pact,
    capital_accuses,
    capital_place_before,
    capital_side_past,
    capital_struck,
    collective_plurals,
    country_place_before,
    fired_by_owner,
    force_adjectives,
    headline_verbs,
    holds_a_place,
    kind_plural_words,
    ly_nouns,
    name_goes_on,
    prompted_to,
    strike_support_verbs,
    weapon_modifiers,
)
from warscribe.model import Document, Mention
from warscribe.stages.clauses import split_headline_clauses
from warscribe.stages.retell import within_toll

# What `_ANAPHOR` reads after a demonstrative ("the", "this", "that", "these", "both"), each a pattern that begins
# with two letters as written: the words that may describe the head, the heads, and the words of "the previous one"
_ANAPHOR_DESCRIBERS: Final = (
    "terrorist", "extremist", "jihadist", "militant", "armed", "rival", "two", "al-Qaeda-linked", "Salafist",
    # ("the opposition groups" are the opposition at large, described: no anaphor of the one group told before)
    "hardline", r"opposition(?!\s+(?:groups|factions)\b)", "Islamist")
# ("fractions": a translator's spelling of "factions" in Syrian reports)
_ANAPHOR_HEADS: Final = ("group", "groups", "party", "organi[sz]ation", "sides", "faction", "fr?actions", "movement",
                         "coalition", "militia", "alliance")
_ANAPHOR_PREVIOUS: Final = ("previous", "earlier", "first", "latest", "second")

# Words that refer back to an actor named earlier; the group names the head noun to look for.
# (Every match begins with one of the letters of its first class, after no word character: the look-behind after it
# is the word boundary before it, and the look-behinds inside tie each word to its first letter. Led by a class, a
# search skips along to those letters in one scan rather than trying the pattern at every position. The pronoun's
# group lacks its first letter: the pronoun is text[m.start():m.end("pron")].)
_ANAPHOR = re.compile(
    r"[TtBbIi](?<!\w\w)"
    rf"(?:(?:(?<=[Tt])(?:he|his|hat|hese)|(?<=[Bb])oth)\s+(?:(?:{'|'.join(_ANAPHOR_DESCRIBERS)})\s+)*"
    rf"(?P<head>{'|'.join(_ANAPHOR_HEADS)})"
    r"|(?P<pron>(?<=[Ii])t|(?<=[Tt])hey)(?=\s+(?:\w+ly\s+)?(?:\w+ed|\w+s|had|has|have|were|was|are|is)\b)"
    rf"|(?P<prev>(?<=[Tt])he\s+(?:{'|'.join(_ANAPHOR_PREVIOUS)})\s+(?:one|attack|strike|raid)))\b")


def _first_two(pattern: str) -> set[str]:
    """The first two letters of the words a pattern above matches, as it writes them: its first two characters, and
    its first and third where a "?" after the second makes that one optional ("fr?actions": "fr", "fa")."""
    return {pattern[:2], pattern[0] + pattern[3]} if pattern[2:3] == "?" else {pattern[:2]}


# The first two letters of every word `_ANAPHOR` may read right after a demonstrative: a demonstrative before a word
# that begins otherwise ("the city", "this week") is no match's start
_ANAPHOR_NEXT: Final = frozenset(two for p in (*_ANAPHOR_DESCRIBERS, *_ANAPHOR_HEADS, *_ANAPHOR_PREVIOUS)
                                 for two in _first_two(p))
# The letters after the first of each word a match may begin with, before its white space, by the first: "the",
# "this", "that", "these", "they"; "both"; "it" (the pattern's alternatives, each tied to its first letter)
_ANAPHOR_FIRST_WORDS: Final = {
    first: frozenset(words) for firsts, words in (("Tt", ("he", "his", "hat", "hese", "hey")), ("Bb", ("oth",)),
                                                  ("Ii", ("t",))) for first in firsts}

# The two characters each match of `_ANAPHOR` opens with (its first letter and the one its look-behinds tie to it:
# "the", "this", "that", "these", "they"; "both"; "it"), after no word character: found by substring searches
# (`_anaphor_matches`), which skip along to them, not a try of the whole pattern at every letter t, b or i of the
# text (some 130,000 tries a pass over FA-KES for 13,000 openings). (No opening begins again inside itself.)
_ANAPHOR_OPENINGS: Final = ("Th", "th", "Bo", "bo", "It", "it")


# A plural head that names a class, not groups told before: after "that"/"this" it is no demonstrative but the
# start of a clause ("said that terrorist groups fired"), and with a descriptive word as the subject of a verb ("the
# terrorist groups shelled the district", state media's word for any armed opposition) it is the generic crowd it
# says, not the one group named a paragraph before. ("the two groups", "the rival factions", bare "the groups", and
# "the terrorist groups self-proclaimed Caliphate", a possessive that lost its apostrophe, still refer back.)
@cache
def _plural_class() -> re.Pattern[str]:
    return re.compile(rf"(?:[Tt]hat|[Tt]his)\b|\w+\s+(?:\w+\s+)*?(?:{kind_plural_words()})\s")


_VERB_AFTER = re.compile(r"\s+(?:also\s+|have\s+|had\s+)?(?:[a-z]+ed|are|were|have|had|use|fire|target|shell)\b")


_OF_FROM = re.compile(r"\s+(?:from|of|belonging\s+to|affiliated\s+with|loyal\s+to)\s+(?:the\s+)?", re.I)


@dataclass
class _ActorHit:
    start: int
    end: int
    form: Any  # knowledge.actors.SurfaceForm
    candidates: list[str] = field(default_factory=list)  # every actor this span may name, best first

    # (an `__init__` of its own: compiled, a dataclass's generated one runs in the interpreter, some 8,700 hits a
    # pass over FA-KES)
    def __init__(self, start: int, end: int, form: Any, candidates: list[str] | None = None) -> None:
        self.start = start
        self.end = end
        self.form = form
        self.candidates = [] if candidates is None else candidates


# After a one-word force or crowd noun, these words keep it a noun ("soldiers were killed", "the army
# shelled"); any other lower-case word makes it a modifier ("military checkpoint", "army positions").
_NOUN_FOLLOWERS = frozenset({
    'were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'be', 'and', 'or', 'and/or', '/', 'but', 'in', 'on',
    'at', 'of',
    'near', 'from', 'with', 'by', 'to', 'into', 'against', 'for', 'after', 'before', 'during', 'since',
    'while', 'as', 'over', 'under', 'across', 'inside', 'outside', 'around', 'between', 'among', 'who', 'whom',
    'whose', 'which', 'that', ',', '.', ';', ':', ')', '”', '"', "'s", '’s', 'also', 'reportedly', 'later',
    'then', 'still', 'again', 'once', 'when', 'where',
    # past tenses without -ed ("police went from house to house", "bandits stole", "soldiers fled")
    'went', 'came', 'beat', 'broke', 'stole', 'took', 'made', 'held', 'set', 'lit', 'threw', 'shot', 'fled',
    'fought', 'led', 'left', 'began', 'brought', 'kept', 'withdrew', 'overran', 'ran', 'hit', 'burnt', 'struck',
    'caught', 'sought', 'drove', 'rode', 'gave', 'stood', 'tore', 'shut', 'swept', 'found', 'hid', 'slew', 'cut',
    'put', 'stormed', 'did', 'may', 'might', 'could', 'would', 'will', 'not',
    # a source phrase after the side ("the district held by the army according to a monitor")
    'according',
})


def _bare_place(doc: Doc, hit: _ActorHit, lexicon: Lexicon, text: str | None = None, offset: int = 0) -> bool:
    """A capital stands for its government only as the subject of a verb ("Damascus denies"), never as a place
    ("in central Baghdad"). `text`, `offset`: the document and where `doc` begins in it (else Doc.text, which
    spaCy rebuilds token by token on every read)."""
    if hit.form.kind == "metonym" and blames(_before(doc, hit.start, text, offset)):
        return False  # "which Washington blames on Damascus": the government the act is laid at
    if hit.form.kind != "metonym" or hit.end >= len(doc):
        return hit.form.kind == "metonym"
    follower = doc[hit.end].text.lower().replace("’", "'")
    if _prompted(doc, hit):
        return False  # "the strike prompted Washington to take military action": the side led to act
    if follower == "'s" or follower in capital_accuses():  # "which Washington blames on Damascus": an accuser, no side
        return True
    # "in the Syrian capital Damascus was": the place
    if hit.start > 0 and doc[hit.start - 1].text.lower() in capital_place_before():
        return True
    if _told_struck(doc, hit.end):  # "Damascus has been largely spared from the violence": the city
        return True
    return not (follower in lexicon.reporting_verbs or follower in ("and", "has", "have", "had", "denied")
                or capital_side_past(follower, doc[hit.start - 1].text.lower() if hit.start else None)
                or (follower.endswith(("ed", "s")) and doc[hit.end].text.islower()))


def _told_struck(doc: Doc, i: int) -> bool:
    """Whether the tokens from i tell a passive of a city struck or spared ("has been largely spared", "was rocked"),
    roles.yaml `capital_struck`."""
    words = [t.text.lower() for t in doc[i:i + 4]]
    if words[:1] in (["was"], ["is"], ["were"]):
        rest = words[1:]
    elif words[:2] in (["has", "been"], ["have", "been"], ["had", "been"]):
        rest = words[2:]
    else:
        return False
    return bool(rest) and bool(rest[0] in capital_struck() or (rest[0].endswith("ly") and rest[1:2] and rest[1]
                                                                 in capital_struck()))


def _country_place(doc: Doc, hit: _ActorHit, verbs: frozenset[int], events: frozenset[int]) -> bool:
    """A country's name stands for its force only as the subject right before an event verb ("Russia bombed a
    market"); anywhere else ("fighters from Russia attacked", "Russia said") it is the place or the government."""
    if hit.form.kind != "country_metonym":
        return False
    if _prompted(doc, hit):
        return False  # "the attack prompted the United States to fire missiles at a base": the side led to act
    subject = _subject_of_event(doc, _past_allies(doc, hit.end), verbs, events) or _accuses_then_acts(
        doc, hit.end, verbs)
    return not subject or (hit.start > 0 and doc[hit.start - 1].text.lower() in country_place_before())


def _prompted(doc: Doc, hit: _ActorHit) -> bool:
    """Whether the side is led to act: a prompting verb before it, "to" after it ("prompted Washington to take
    military action", roles.yaml `prompted_to`)."""
    first = hit.start - 1 if hit.start > 0 and doc[hit.start - 1].text.lower() != "the" else hit.start - 2
    return first >= 0 and hit.end < len(doc) and doc[hit.end].text.lower() == "to" \
        and doc[first].text.lower() in prompted_to()


# How far (tokens) an act of an accuser's own may follow its name: the accusation runs between them.
_OWN_ACT_REACH = 30


def _accuses_then_acts(doc: Doc, i: int, verbs: frozenset[int]) -> bool:
    """The country right before token `i` accuses, then acts in an event verb joined to the accusation ("the United
    States has accused the regime of being behind the attack and fired missiles at a base"): it is that verb's
    subject (roles.yaml `accusers`)."""
    if not accuses(doc[i:min(i + 4, len(doc))].text):
        return False
    for j in sorted(v for v in verbs if i < v < i + _OWN_ACT_REACH):
        if any(t.text in ".;" for t in doc[i:j]):
            return False  # the sentence or its clause ended before the verb
        if accuser_acts(doc[i:j].text, doc[j].text):
            return True
    return False


def _past_allies(doc: Doc, i: int) -> int:
    """After a country's name, the token past "and its allies", ", its Arab and European allies" (roles.yaml
    `ally_nouns`): the country leads the subject it opens ("the US and its allies launched airstrikes")."""
    k = i + 1 if i < len(doc) and doc[i].text.lower() in (",", "and") else i  # texts stripped of commas too
    if k >= len(doc) or doc[k].text.lower() != "its":
        return i
    for j in range(k + 1, min(k + 7, len(doc))):
        if doc[j].text.lower() in ally_nouns():
            return j + 1
        if not doc[j].is_alpha:
            return i
    return i


def _subject_of_event(doc: Doc, i: int, verbs: frozenset[int], events: frozenset[int]) -> bool:
    """Token `i` starts an event verb ("bombed"), or a verb that carries an event noun within four words
    ("launched airstrikes", "carried out a series of raids", roles.yaml `strike_support_verbs`)."""
    if i in verbs:
        return True
    if i >= len(doc) or doc[i].text.lower() not in strike_support_verbs():
        return False
    return any(j in events for j in range(i + 1, min(i + 6, len(doc))))


def _before(doc: Doc, i: int, text: str | None, offset: int, width: int = 80) -> str:
    """The `width` characters of the paragraph before token `i`."""
    idx = doc[i].idx
    if text is None:
        return doc.text[max(0, idx - width):idx]
    return text[offset + max(0, idx - width):offset + idx]


def _word(text: str, bounds: tuple[list[int], list[int]], i: int) -> str:
    """Token i's text, cut from the text its bounds are offsets in."""
    return text[bounds[0][i]:bounds[1][i]]


def _longer_name(text: str, bounds: tuple[list[int], list[int]], hit: _ActorHit, starts: set[int]) -> bool:
    """A one-word name that a lower-case Arabic article and a capitalised word carry on ("Ansar al-Haq", "Ansar al
    Haq"): the first word of another name, not the actor that word alone names. (A name of ours right after it is
    a list that lost its comma: "the ISIL Al-Nusra Front and the free army".) `bounds`: the paragraph's token
    bounds in `text` (`_array_bounds`: a word is cut where read, not every token's made)."""
    size = len(bounds[0])
    if hit.end - hit.start != 1 or hit.end + 1 >= size or hit.end in starts:
        return False
    word = _word(text, bounds, hit.end)
    if not word.islower() or not name_goes_on(word):
        return False
    after = _word(text, bounds, hit.end + 1)
    return (after == "-" and hit.end + 2 < size and _word(text, bounds, hit.end + 2)[:1].isupper()) \
        or after[:1].isupper()


def _holder_of_place(text: str, bounds: tuple[list[int], list[int]], hit: _ActorHit) -> bool:
    """"the opposition-held towns", "IS-controlled villages": the side that holds a place named as its
    modifier is no party to what happens there; nor is the side an "anti-ISIL operation" is against. `bounds`: the
    paragraph's token bounds in `text` (the words are cut where read: no Token made)."""
    start = hit.start
    if start >= 2 and _word(text, bounds, start - 1) == "-" and _glued(bounds, start - 2) \
            and against_a_side(_word(text, bounds, start - 2)):
        return True  # "an anti-ISIL operation": the group is the operation's target, no doer
    return _holds_place(text, bounds, hit) or _brokers(text, bounds, hit)


def _glued(bounds: tuple[list[int], list[int]], i: int) -> bool:
    """Whether token i runs into the next with no white space (spaCy's `not whitespace_` for any token but the
    last: a token followed by a space ends one character before the next starts)."""
    return bounds[1][i] == bounds[0][i + 1]


def _brokers(text: str, bounds: tuple[list[int], list[int]], hit: _ActorHit) -> bool:
    """"a US-brokered truce", "a US-Russian-brokered ceasefire": the side (one more "<Name>-" may stand between)
    brokered a pact, no party to the violence told with it."""
    at = hit.end
    size = len(bounds[0])
    if at + 3 < size and _word(text, bounds, at) == "-" and _word(text, bounds, at + 1)[:1].isupper() \
            and _word(text, bounds, at + 2) == "-" and _glued(bounds, at) and _glued(bounds, at + 1) \
            and _glued(bounds, at + 2):
        at += 2  # "US-Russian-": the second country co-brokers
    return at + 1 < size and _word(text, bounds, at) == "-" and _glued(bounds, at) \
        and brokers_a_pact(_word(text, bounds, at + 1))


def _holds_place(text: str, bounds: tuple[list[int], list[int]], hit: _ActorHit) -> bool:
    """"the opposition-held towns": the side is named as the holder of a place."""
    end = hit.end
    return end + 1 < len(bounds[0]) and _word(text, bounds, end) == "-" and _glued(bounds, end) \
        and holds_a_place(_word(text, bounds, end + 1))


def _modifier(text: str, bounds: tuple[list[int], list[int]], hit: _ActorHit,
              verbs: frozenset[int] = frozenset()) -> bool:
    """A one-word description before a noun modifies it ("army base", "police station"); before an event verb
    it is the subject ("bandits stole", "gunmen kill"), whatever the verb's ending. `bounds`: the paragraph's token
    bounds in `text`."""
    if hit.end - hit.start != 1 or hit.form.kind != "description" or hit.end >= len(bounds[0]) or hit.end in verbs:
        return False
    follower = _word(text, bounds, hit.end)
    if follower.endswith("ly") and follower not in ly_nouns():  # an adverb: "police allegedly shot"
        return False
    return follower.islower() and follower not in _NOUN_FOLLOWERS and not follower.endswith(("ed", "s")) \
        and follower not in headline_verbs()

@dataclass
class ActorPhrases:
    """What the actor matchers are built from: each matcher key's form, the actors each spelling may name, the
    demonyms, and per key the token hashes (spaCy's LOWER or ORTH) of its phrases, in the order first built.
    Tokenizing some 30,000 phrases takes seconds; this is kept in the cache folder and read in milliseconds."""

    forms: dict[str, Any]
    by_text: dict[str, list[str]]
    demonyms: dict[str, str]
    patterns: list[tuple[str, bool, list[tuple[int, ...]]]]
    # PhraseMatcher.add makes a lexeme of each key, each attribute worked out by spaCy's getters (word shape,
    # number-likeness, ...) in Python: their values, per attribute and key, made once with the rest
    key_lexemes: dict[int, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def build(cls, lexicon: Lexicon, actors: Any) -> ActorPhrases:
        forms: dict[str, Any] = {}
        grouped: dict[tuple[str, bool], list[Any]] = {}
        by_text: dict[str, list[str]] = {}
        for form in actors.surface_forms():
            ids = by_text.setdefault(form.text.lower(), [])
            if form.actor_id not in ids:
                ids.append(form.actor_id)
            key = f"{form.actor_id}|{form.kind}|{form.priority}|{form.country}"
            forms.setdefault(key, form)
            grouped.setdefault((key, form.case_sensitive), []).append(form.text)
        patterns = []
        for (key, cased), texts in grouped.items():
            docs = lexicon.nlp.tokenizer.pipe(sorted(set(texts)))
            # the hashes PhraseMatcher.add takes from a Doc (ORTH or LOWER of each token); it skips empty ones
            patterns.append((key, cased, [tuple(t.orth if cased else t.lower for t in d) for d in docs if len(d)]))
        getters = lexicon.nlp.vocab.lex_attr_getters or {}
        key_lexemes = {attr: {key: get(key) for key, _, _ in patterns} for attr, get in getters.items()}
        return cls(forms, by_text, actors.demonyms(), patterns, key_lexemes)

    @classmethod
    def load(cls, lexicon: Lexicon, actors: Any) -> ActorPhrases:
        """Built from the actor files in use (bundled and the user's) once, then read from the cache folder
        until those files, this code or spaCy change."""
        import spacy

        from warscribe import prebuilt
        from warscribe.knowledge import actors as actor_code

        if not getattr(actors, "files", ()):  # an actor base not read from files: nothing to key a cache on
            return cls.build(lexicon, actors)
        files = [*actors.files, Path(__file__), Path(actor_code.__file__)]
        # (key_lexemes holds a value per getter of the lexicon's vocabulary: another set of getters, another build)
        getters = ",".join(map(str, sorted(lexicon.nlp.vocab.lex_attr_getters or ())))
        return prebuilt.load_or_build("actor-phrases", files, lambda: cls.build(lexicon, actors), spacy.__version__,
                                      getters)


_UNKNOWN = object()


@contextmanager
def _known_lexemes(vocab: Any, phrases: ActorPhrases) -> Iterator[None]:
    """While the keys' lexemes are made, spaCy's attribute getters answer from the values stored for the keys
    (any other string as before), when the getters are those the values came from (checked on a few keys)."""
    getters, known = vocab.lex_attr_getters, getattr(phrases, "key_lexemes", None) or {}
    sample = [key for key, _, _ in phrases.patterns[:3]]
    if not getters or list(getters) != list(known) or any(
            known[attr].get(key, _UNKNOWN) != get(key) for attr, get in getters.items() for key in sample):
        yield
        return
    vocab.lex_attr_getters = {attr: _answering(known[attr], get) for attr, get in getters.items()}
    try:
        yield
    finally:
        vocab.lex_attr_getters = getters


def _answering(values: dict[str, Any], get: Callable[[str], Any]) -> Callable[[str], Any]:
    def answer(string: str) -> Any:
        value = values.get(string, _UNKNOWN)
        return get(string) if value is _UNKNOWN else value

    return answer


class Recognizers:
    """The matchers of one run: the event lexicon's and the actor base's."""

    def __init__(self, lexicon: Lexicon, actors: Any, phrases: ActorPhrases | None = None) -> None:
        self.lexicon = lexicon
        self.actors = actors
        self.counts = CountReader(lexicon)
        vocab = lexicon.nlp.vocab
        self.lower = PhraseMatcher(vocab, attr="LOWER")
        self.cased = PhraseMatcher(vocab, attr="ORTH")
        phrases = phrases or ActorPhrases.load(lexicon, actors)
        self.forms: dict[str, Any] = phrases.forms
        self.by_text: dict[str, list[str]] = phrases.by_text
        with _known_lexemes(vocab, phrases):
            for key, cased, keywords in phrases.patterns:  # in the order built: spaCy then reports matches alike
                # (the token hashes of each phrase, which PhraseMatcher takes as it takes a Doc's)
                (self.cased if cased else self.lower).add(key, keywords)  # type: ignore[arg-type]
        self.demonyms: dict[str, str] = phrases.demonyms
        # each matcher key's form by the key's hash (the match id spaCy reports)
        self._form_by_id: dict[int, Any] = {get_string_id(key): form for key, form in self.forms.items()}
        self._source_keys: frozenset[int] = _hold_sources(self.lower, phrases, lexicon)
        # the lexicon's crowd words the stage tests by a paragraph's lower-case ids (no Token made per word)
        self.crowd_join_ids: frozenset[int] = _ids_of(lexicon.crowd_joins)
        self.members_word_ids: frozenset[int] = _ids_of(lexicon.members_words)
        self.members_of_ids: tuple[tuple[int, ...], ...] = tuple(tuple(get_string_id(w) for w in of)
                                                                 for of in lexicon.members_of)

    def lower_matches(self, doc: Doc) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]] | None]:
        """The lower-case matcher's (key, start, end) matches in a paragraph: the actors', and the lexicon's sources'
        (`Lexicon.matches`'s `lower_sources`; None where the matcher holds no sources)."""
        if not self._source_keys:
            return self.lower(doc), None
        actors: list[tuple[int, int, int]] = []
        sources: list[tuple[int, int, int]] = []
        keys = self._source_keys
        for found in self.lower(doc):
            if found[0] in keys:
                sources.append(found)
            else:
                actors.append(found)
        return actors, sources

    def actor_hits(self, doc: Doc, verbs: frozenset[int] = frozenset(), text: str | None = None,
                   offset: int = 0, events: frozenset[int] = frozenset(),
                   holders: list[_ActorHit] | None = None, dashes: set[int] | None = None,
                   bounds: tuple[list[int], list[int]] | None = None,
                   lower_found: list[tuple[int, int, int]] | None = None) -> list[_ActorHit]:
        """The actor names and descriptions in a paragraph; ``verbs``: token indices where an event verb starts;
        ``text``, ``offset``: the document the paragraph was cut from and where it begins in it, if known;
        ``holders``: gets the sides named as a place's holder ("rebel-held"), which are no actors there; ``dashes``:
        the indices of the paragraph's "-" tokens, if read already; ``bounds``: where each token starts and ends in
        ``text``, if read already (`_array_bounds`); ``lower_found``: the actors' matches of the lower-case matcher, if
        found already (`lower_matches`)."""
        # (a match's key read as its form by its hash: no string decoded from spaCy's store per hit, some 8,700 a
        # pass over FA-KES)
        forms = self._form_by_id
        lower = self.lower_matches(doc)[0] if lower_found is None else lower_found
        hits = [_ActorHit(s, e, forms[k]) for found in (lower, self.cased(doc)) for k, s, e in found]
        # both hyphen tests need a "-" token next to the hit: most hits have none
        dashes = _dash_tokens(doc) if dashes is None else dashes
        # (the words the tests read are cut from the text by the bounds: most tokens' texts are never read)
        said, spans = (text, bounds) if text is not None and bounds is not None \
            else (doc.text, ([t.idx for t in doc], [t.idx + len(t.text) for t in doc]))
        if holders is not None:
            holders += _longest([h for h in hits if h.end in dashes and _holds_place(said, spans, h)])
        starts = {h.start for h in hits}
        hits.sort(key=lambda h: (-(h.end - h.start), -h.form.priority, h.start))
        kept: list[_ActorHit] = []
        by_span: dict[tuple[int, int], _ActorHit] = {}  # a kept hit by its span; none other overlaps it
        taken: set[int] = set()  # the token indices the kept hits hold
        for h in hits:
            # (the tests that drop a hit are asked only of a hit that would be kept or join a kept one's span: one
            # that overlaps a kept hit is dropped either way, and the tests change nothing, so their answers for it
            # are never needed)
            same = by_span.get((h.start, h.end))
            if same is None and not taken.isdisjoint(range(h.start, h.end)):
                continue
            if _dropped(doc, h, said, spans, starts, verbs, events, dashes, self.lexicon, text, offset):
                continue
            if same is not None:
                same.candidates.append(h.form.actor_id)
            else:
                h.candidates = [h.form.actor_id]
                kept.append(h)
                by_span[(h.start, h.end)] = h
                taken.update(range(h.start, h.end))
        return sorted(kept, key=lambda h: h.start)


# The keys the map of one phrase's end holds before spaCy's matcher grows it (preshed: 8 cells, grown at the fourth
# key), which would lay its keys out anew
_UNGROWN_KEYS = 3


def _hold_sources(lower: PhraseMatcher, phrases: ActorPhrases, lexicon: Lexicon) -> frozenset[int]:
    """The lexicon's lower-case source phrases added to the actors' lower-case matcher, which then finds both in one
    pass over a paragraph; the sources' keys by hash (empty: not added). spaCy reports a matcher's matches by start,
    then end, then the keys ending at a phrase in the order of their cells in that phrase's map: each kind's matches
    come in the order its own matcher gave them where a phrase both kinds hold has one source's key, added after the
    actors' and not growing the map (the actors' keys keep their cells). Where another is, the matchers stay apart."""
    actor_keys: dict[tuple[int, ...], set[str]] = {}
    for key, cased, keywords in phrases.patterns:
        if not cased:
            for phrase in keywords:
                actor_keys.setdefault(phrase, set()).add(key)
    source_keys: dict[tuple[int, ...], set[str]] = {}
    for name, aliases in lexicon.source_phrases:
        for phrase in aliases:
            source_keys.setdefault(phrase, set()).add(name)
    for phrase, names in source_keys.items():
        held = actor_keys.get(phrase)
        if held and (len(names) > 1 or len(held) + len(names) > _UNGROWN_KEYS):
            return frozenset()
    if not source_keys:
        return frozenset()
    for name, aliases in lexicon.source_phrases:
        lower.add(name, list(aliases))  # type: ignore[arg-type]
    return frozenset(get_string_id(name) for name, _aliases in lexicon.source_phrases)


def _dropped(doc: Doc, h: _ActorHit, said: str, spans: tuple[list[int], list[int]], starts: set[int],
             verbs: frozenset[int], events: frozenset[int], dashes: set[int], lexicon: Lexicon, text: str | None,
             offset: int) -> bool:
    """Whether an actor hit names no actor where it stands: a longer name's first word, a modifier, a place, a
    place's holder. (Each test is asked only of the hits it can drop, told by their length and kind: `_longer_name`
    and `_modifier` drop one-word hits only, `_country_place` and `_bare_place` their own kinds; no Python call for
    the rest.)"""
    kind = h.form.kind
    return (h.end - h.start == 1 and (_longer_name(said, spans, h, starts) or _modifier(said, spans, h, verbs))) \
        or (kind == "country_metonym" and _country_place(doc, h, verbs, events)) \
        or (kind == "metonym" and _bare_place(doc, h, lexicon, text, offset)) \
        or ((h.end in dashes or h.start - 1 in dashes) and _holder_of_place(said, spans, h))


# Recognizers by the lexicon and actor base they were built from (both loaded once per process and kept): a new
# Context of the same process (a second `warscribe.process` call, each evaluation of a run) shares the matchers
# rather than reading the actor phrases and adding 2,110 keys again. The key objects are held, so ids stay theirs.
_SHARED: dict[tuple[int, int], tuple[Lexicon, Any, Recognizers]] = {}


def shared_recognizers(lexicon: Lexicon, actors: Any) -> Recognizers:
    """The Recognizers of this lexicon and actor base, built at the first call."""
    held = _SHARED.get((id(lexicon), id(actors)))
    if held is None:
        if len(_SHARED) >= 4:  # (actor files edited during a long run: keep only recent ones)
            _SHARED.pop(next(iter(_SHARED)))
        held = _SHARED[(id(lexicon), id(actors))] = (lexicon, actors, Recognizers(lexicon, actors))
    return held[2]


_SPAN = attrgetter("start", "end")
_DASH = get_string_id("-")


def _dash_tokens(doc: Doc) -> set[int]:
    """The indices of a paragraph's "-" tokens, read from the Doc's array in a few calls (no Token per word)."""
    if not len(doc):
        return set()
    return set((doc.to_array(ORTH) == _DASH).nonzero()[0].tolist())  # (the array's method: fewer calls)


def _adjective_holders(text: str, bounds: tuple[list[int], list[int]], dashes: set[int], taken: set[int]
                       ) -> list[Mention]:
    """"rebel-held", "government-controlled": a side's adjective (roles.yaml `force_adjectives`) before a holding
    word names the place's holder. `dashes`: the paragraph's "-" tokens (`_dash_tokens`)."""
    starts, ends = bounds
    out: list[Mention] = []
    # only "<word>-<word>" can match: the paragraph's "-" tokens are visited, not its every token (the words and
    # their trailing spaces are read from the token bounds: a token is glued to the next where one ends as the
    # next starts)
    for j in sorted(dashes):
        i = j - 1  # the adjective; j + 1: the holding word
        if i < 0 or j + 1 >= len(starts) or i in taken or ends[i] != starts[j] or ends[j] != starts[j + 1]:
            continue
        slot = force_adjectives().get(text[starts[i]:ends[i]].casefold())
        if slot is not None and holds_a_place(text[starts[j + 1]:ends[j + 1]]):
            out.append(_mention(text, "holder", _char_span(bounds, i, j), slot, form="description",
                                priority=45, country=None, generic=True, alternatives=[]))
    return out


def _longest(hits: list[_ActorHit]) -> list[_ActorHit]:
    """The longest, then highest-priority, of hits that overlap."""
    out: list[_ActorHit] = []
    for h in sorted(hits, key=lambda h: (-(h.end - h.start), -h.form.priority, h.start)):
        if all(h.end <= o.start or o.end <= h.start for o in out):
            h.candidates = [h.form.actor_id]
            out.append(h)
    return out


class RecognizeStage:
    """Adds Mention records of kinds actor, trigger, cue, means, target, source, anaphor and count."""

    name = "recognize"
    reads = ("text", "kept", "sentences")
    adds = ("mentions",)

    def run(self, doc: Document, ctx: Context) -> None:
        rec: Recognizers = ctx.recognizers
        mentions: list[Mention] = []
        for start, end in doc.kept or [(0, len(doc.text))]:
            tokens = rec.lexicon.tokenize(doc.text[start:end])
            mentions += _paragraph_mentions(doc.text, start, tokens, rec)
        told_dead = False  # an earlier sentence told deaths: dead told with no number of their own are those
        for sentence in doc.sentences:
            counts = _counts(doc.text, sentence.start, sentence.end, rec)
            # (the count stays, read for its event as any other; merge gives it no dead of its own)
            mentions += [replace(c, data={**c.data, "told_before": True}) if told_dead and _of_a_told_toll(c) else c
                         for c in counts]
            told_dead = told_dead or any(c.label == "death" for c in counts)
        doc.mentions = sorted(mentions, key=_SPAN)  # (start, end), read without a Python call per mention
        split_headline_clauses(doc, doc.mentions)  # a headline of two stories: two sentences, drafted apart


def _array_bounds(at: Any, offset: int) -> tuple[list[int], list[int]]:
    """Where each token of a paragraph starts and ends in the document, read from `Lexicon.read_ids`'s
    array (its offset and length columns; None: no token), no Token object made per mention end."""
    if at is None:
        return [], []
    starts = at[:, 1].astype("int64") + offset
    return starts.tolist(), (starts + at[:, 2].astype("int64")).tolist()


def _array_dashes(at: Any) -> set[int]:
    """`_dash_tokens` read from `Lexicon.read_ids`'s array (its LOWER column: only "-" has "-" for its lower-case
    form; None: no token)."""
    return set() if at is None else set((at[:, 0] == _DASH).nonzero()[0].tolist())


def _char_span(bounds: tuple[list[int], list[int]], start: int, end: int) -> tuple[int, int]:
    return bounds[0][start], bounds[1][end - 1]


def _mention(text: str, kind: str, span: tuple[int, int], label: str, **data: Any) -> Mention:
    return _mention_with(text, kind, span, label, data)


def _mention_with(text: str, kind: str, span: tuple[int, int], label: str, data: dict[str, Any]) -> Mention:
    """`_mention` with its data as a dict of its own, for the hot callers (compiled, a call with keywords goes through
    Python's argument parsing; this one is a direct call)."""
    return Mention(kind, span[0], span[1], text[span[0]:span[1]], label, data)


_PLURAL = re.compile(r"(?:[^s']s|men)$")


def _plural(ids: list[int], i: int, text: str, bounds: tuple[list[int], list[int]]) -> bool:
    """Token i is a plural noun a present-tense verb may follow: "soldiers", "gunmen", or a collective noun
    ("police", "youth") with no "a" before it ("a police raid" is one raid). `ids`: the paragraph's lower-case ids
    (`Lexicon.read_ids`): the words are told by them, no Token made."""
    starts, ends = bounds
    if _PLURAL.search(text, starts[i], ends[i]) is not None:
        return True
    return ids[i] in _collective_ids() and (i == 0 or ids[i - 1] not in _A_AN)


# The lower-case ids (spaCy's LOWER hashes, as `Lexicon.read_ids` reads them) of words the stage tests by id
_A_AN: Final = frozenset({get_string_id("a"), get_string_id("an")})
_OF: Final = get_string_id("of")


@cache
def _collective_ids() -> frozenset[int]:
    """`collective_plurals` as lower-case ids."""
    return frozenset(get_string_id(w) for w in collective_plurals())


def _ids_of(words: frozenset[str]) -> frozenset[int]:
    """Lower-case words as the ids a Doc's LOWER array holds for them."""
    return frozenset(get_string_id(w) for w in words)


def _paragraph_mentions(text: str, offset: int, tokens: Doc, rec: Recognizers) -> list[Mention]:
    # the lower-case ids the lexicon's matcher reads, the bounds and the "-" tokens, read from one array of the Doc
    ids, at = rec.lexicon.read_ids(tokens)
    actor_found, source_found = rec.lower_matches(tokens)  # (one pass of the lower-case matcher finds both)
    matches = rec.lexicon.matches(tokens, ids, source_found)
    bounds = _array_bounds(at, offset)  # (a token's text is text[bounds[0][i]:bounds[1][i]])
    # "Students attack six teachers", "vigilantes attack and kill": a trigger word that may be a noun, right after
    # a plural, is that plural's verb in the present tense (a singular before it modifies it: "a militant attack";
    # a toll's word stays the victims' state: "four militiamen dead")
    holders: list[_ActorHit] = []
    verbs, events = _trigger_starts(matches, ids, text, bounds)
    hits = rec.actor_hits(tokens, verbs, text, offset, events, holders, (dashes := _array_dashes(at)), bounds,
                          actor_found)
    out = [_actor_mention(text, bounds, h, rec) for h in hits]
    # "regime forces seize rebel-held Baba Amr": the holder is kept apart, the side a place was taken from
    out += [replace(_actor_mention(text, bounds, h, rec), kind="holder") for h in holders]
    out += _adjective_holders(text, bounds, dashes, {i for h in holders for i in range(h.start, h.end)})
    out += _demonym_actors(text, bounds, tokens, rec, hits, matches)
    names = [(h.start, h.end) for h in hits]
    weapons = [(m.start, m.end) for m in matches if m.kind == "means"]
    targets = [(m.start, m.end) for m in matches if m.kind == "target"]  # "gang members": armed, not a crowd
    armed = [(h.start, h.end) for h, a in zip(hits, out[:len(hits)], strict=True)
             if not a.label.startswith("generic:") or a.label == "generic:armed_group"] + targets
    armed_starts, armed_ends = {s for s, _ in armed}, {e for _, e in armed}
    names_at, weapons_at = _by_token(names), _by_token(weapons)
    for m in matches:
        # (a match none of whose tokens a name or a weapon holds is covered by none: told by one set test, no call)
        if m.kind == "trigger" and ((_holds_any(names_at, m.start, m.end) and _covered(m, names_at, strict=False))
                                    or (_holds_any(weapons_at, m.start, m.end)
                                        and _covered(m, weapons_at, strict=True))):
            continue
        span = _char_span(bounds, m.start, m.end)
        if m.kind == "crowd":
            # "ambushed a group of policemen": a crowd word that ends in "of" before an armed side's name is that
            # side's number ("a group of farmers" stays a crowd)
            of_name = ids[m.end - 1] == _OF and m.end in armed_starts
            # ... and one after an armed side's name and a joining word ("the Nusra Front group members") is its men
            joined = m.start > 1 and ids[m.start - 1] in rec.crowd_join_ids \
                and m.start - 1 in armed_ends
            if not of_name and not joined and not _members_of(ids, m.start, m.end, armed_starts, rec) \
                    and not any(s < m.end and m.start < e for s, e in names + targets):
                out.append(_mention(text, "actor", span, "generic:civilians", form="crowd", priority=5,
                                    country=None, generic=True, crowd=True, alternatives=[]))
            continue
        entry = m.entry
        data = {"noun": entry.noun, "patient_subject": entry.patient_subject, "significant": entry.significant,
                "intransitive": entry.intransitive, "protest": entry.protest,
                "tells": entry.tells, "topic": entry.topic} if m.kind == "trigger" else {}
        if m.kind == "source":
            data = {"party": entry.party, "state": entry.state}
        data["where"] = getattr(entry, "where", "")  # the data file line, for `warscribe explain`
        out.append(_mention_with(text, m.kind, span, m.label, data))
    out += _anaphors(text, offset, bounds[1][-1] if bounds[1] else offset)
    return _absorb_generic(text, _not_a_source_epithet(text, out, rec.lexicon.source_links))


def _trigger_starts(matches: list[Match], ids: list[int], text: str, bounds: tuple[list[int], list[int]]
                    ) -> tuple[frozenset[int], frozenset[int]]:
    """Where the paragraph's event verbs start (a trigger that is no noun, or a noun right after a plural) and where
    its triggers start, for `Recognizers.actor_hits` (one plain loop over the matches: compiled, no generator)."""
    verbs: set[int] = set()
    events: set[int] = set()
    for m in matches:
        if m.kind != "trigger":
            continue
        start = m.start
        events.add(start)
        entry = m.entry
        if not entry.noun or (start > 0 and not entry.patient_subject
                              and _plural(ids, start - 1, text, bounds)):
            verbs.add(start)
    return frozenset(verbs), frozenset(events)


def _holds_any(spans_at: dict[int, list[tuple[int, int]]], start: int, end: int) -> bool:
    """Whether one of the tokens start..end-1 is a key of `spans_at` (`_by_token`): a plain loop of look-ups, no
    range object or method call."""
    held = False
    for i in range(start, end):
        if i in spans_at:
            held = True
            break
    return held


def _members_of(ids: list[int], start: int, end: int, armed_starts: set[int], rec: Recognizers) -> bool:
    """"Attacked by members of an armed group": a membership crowd word, a joining phrase ("of", "of the") and an
    armed side's name right after it name that side's men (crowds.yaml members_of), not a crowd. `ids`: the
    paragraph's lower-case ids (`Lexicon.read_ids`): the words are told by them, no Token made per word."""
    if end - start != 1 or ids[start] not in rec.members_word_ids:
        return False
    return any(end + len(of) in armed_starts and tuple(ids[end:end + len(of)]) == of for of in rec.members_of_ids)


# Between a description and the source it qualifies: spaces or a hyphen ("the opposition Syrian Observatory",
# "the pro-opposition monitor"); before the description, a determiner that opens the source's noun phrase.
_EPITHET_GAP = re.compile(r"[\s-]*")
_EPITHET_DETERMINER = re.compile(r"(?:^|\b(?!by\b|of\b|from\b|with\b|against\b|between\b|and\b)\w+\s+|[^\w\s]\s*)"
                                 r"(?:the|a|an)\s+(?:pro-?\s*)?$|^(?:the|a|an)\s", re.I)


def _not_a_source_epithet(text: str, mentions: list[Mention], links: frozenset[str] = frozenset()) -> list[Mention]:
    """A side's word that qualifies a monitor or an agency ("The opposition Syrian Observatory for Human Rights
    said") says whom the source is close to: the source tells the event, it takes no side in it (a party's own
    channel, a source marked `party`, keeps its word; a named group before "activists" is theirs: "the DMK
    activists staged a demonstration"). A side tied to any source by a link word (`links`: "the IS-linked Amaq
    news agency said", "the Hezbollah-run channel") is the source's owner, not a side of the event told."""
    all_sources = [m for m in mentions if m.kind == "source"]
    sources = [m for m in all_sources if not m.data.get("party")]
    if not all_sources:
        return mentions
    out = []
    source_starts = {s.start for s in sources}
    for m in mentions:
        epithet = m.kind == "actor" and m.data.get("generic") and _source_after_gap(text, m.end, source_starts) and (
            _EPITHET_DETERMINER.search(text, max(0, m.start - 30), m.start) is not None
            or _EPITHET_DETERMINER.match(m.text) is not None)
        if not (epithet or (m.kind == "actor" and _linked_to_source(text, m, all_sources, links))):
            out.append(m)
    return out


def _source_after_gap(text: str, end: int, starts: set[int]) -> bool:
    """Whether one of `starts` (the sources') lies at `end` or after it with only `_EPITHET_GAP` between: the gap's
    longest run from `end` read once, not the text up to each source (a source starting within or right after the
    run is one the gap fully matches up to)."""
    gap_end = _EPITHET_GAP.match(text, end).end()  # type: ignore[union-attr]
    return not starts.isdisjoint(range(end, gap_end + 1))


# A side's name, a hyphen, one word and the source: "Daesh-linked Aamaq", "IS - affiliated Amaq"
_LINK_WORD = re.compile(r"\s*-\s*(\w+)\s+")


def _linked_to_source(text: str, actor: Mention, sources: list[Mention], links: frozenset[str]) -> bool:
    """Whether the actor is tied to a source just after it by a link word ("the Daesh-linked Aamaq agency")."""
    link = _LINK_WORD.match(text, actor.end)
    return link is not None and link.group(1).lower() in links and any(s.start == link.end() for s in sources)


def _by_token(spans: list[tuple[int, int]]) -> dict[int, list[tuple[int, int]]]:
    """Token index -> the spans holding that token: the spans overlapping a match are those of its tokens."""
    at: dict[int, list[tuple[int, int]]] = {}
    for s, e in spans:
        for i in range(s, e):
            at.setdefault(i, []).append((s, e))
    return at


def _covered(m: Match, spans_at: dict[int, list[tuple[int, int]]], *, strict: bool) -> bool:
    """A trigger word that is part of a name or a longer weapon ("Liberation Army", "Battle Tanks"); a trigger
    phrase that merely contains one ("opened fire on demonstrators") stands. `spans_at`: `_by_token` of the
    names or weapons (only those sharing a token with the match are read, not every one of the paragraph)."""
    if not spans_at:  # (a paragraph with no weapon, or no name: no generator started)
        return False
    start, end = m.start, m.end
    size = end - start + (1 if strict else 0)  # the least length of a covering span
    return any(e - s >= size and not (start <= s and e <= end)
               for i in range(start, end) for s, e in spans_at.get(i, ()))


def _actor_mention(text: str, bounds: tuple[list[int], list[int]], hit: _ActorHit, rec: Recognizers) -> Mention:
    form = hit.form
    span = _char_span(bounds, hit.start, hit.end)
    candidates = list(dict.fromkeys(hit.candidates + rec.by_text.get(text[span[0]:span[1]].lower(), [])))
    generic = form.actor_id.startswith(("generic:", "state:")) or (form.kind == "description" and form.priority < 20)
    return _mention_with(text, "actor", span, form.actor_id, {
        "form": form.kind, "priority": form.priority, "country": form.country, "generic": generic,
        "alternatives": list(form.alternatives), "candidates": candidates})


def _demonym_actors(text: str, bounds: tuple[list[int], list[int]], tokens: Doc, rec: Recognizers,
                    hits: list[_ActorHit],
                    matches: list[Match]) -> list[Mention]:
    """State forces named by a demonym alone: "Russian and Syrian air forces", "Russia's airstrikes",
    "Turkish drone strike"."""
    out = []
    # (a token's text read from the paragraph by its bounds, text[starts[i]:ends[i]]: no Token object made per word
    # read, some 8,000 a pass over 100 FA-KES documents)
    starts, ends = bounds
    anchors = [h.start for h in hits if h.form.kind == "demonym_force"]
    anchors += [m.start for m in matches if m.kind in ("trigger", "means")]
    # a trigger that holds its doer's demonym ("Israeli strikes", triggers.yaml airstrike): the word after it
    anchors += [m.start + 1 for m in matches if m.kind == "trigger" and m.end - m.start > 1
                and text[starts[m.start]:ends[m.start]][:1].isupper() and tokens[m.start].lower_ in rec.demonyms]
    # "a US-Russian-brokered ceasefire": the countries before a pact's broker word brokered it, no force of theirs
    # (a word both a trigger and a weapon, "shelling", "airstrikes", is one anchor: its doer is named once)
    anchors = [a for a in dict.fromkeys(anchors) if not (a > 0 and text[starts[a - 1]:ends[a - 1]] == "-"
                                                         and brokers_a_pact(text[starts[a]:ends[a]]))]
    taken = {i for h in hits for i in range(h.start, h.end)}
    modifiers = weapon_modifiers()
    # "government" names the force only before a strike or a weapon ("government shelling"), never before a
    # protest ("anti-government protests")
    fired = {m.start for m in matches if m.kind == "trigger" and fired_by_owner(m.label)}
    strikes = fired | {m.start for m in matches if m.kind == "means"}
    for anchor in anchors:
        i = anchor - 1
        possessive = False
        found = skipped = 0
        while i >= 0:
            word = text[starts[i]:ends[i]].replace("’", "'")
            if not found and skipped < 4 and word.casefold() in modifiers:  # "Russian aerial bombing"
                skipped += 1
                i -= 1
                continue
            if word in ("'s", "and", ",", "-led", "-"):
                possessive = word == "'s"
                i -= 1
                continue
            low = word.lower()  # (once; a possessive's own spelling first, then the word's)
            actor_id = (rec.demonyms.get(low + "'s") or rec.demonyms.get(low)) if possessive else rec.demonyms.get(low)
            negated = i > 0 and text[starts[i - 1]:ends[i - 1]].casefold() in ("-", "anti")  # "anti-government"
            slot = None if actor_id or found or possessive or negated or anchor not in strikes \
                else force_adjectives().get(word.casefold())
            if slot is not None and slot.startswith("generic:") and anchor not in fired:
                slot = None  # a side's adjective names the doer of a strike ("rebel shelling"), not of a weapon
                # that may be a thing kept or found ("a rebel chemical weapons depot")
            if slot is not None and i not in taken:  # "government airstrikes": the country's force (roles.yaml)
                out.append(_mention(text, "actor", _char_span(bounds, i, i + 1), slot, form="description",
                                    priority=45, country=None, generic=True, alternatives=[]))
                break
            if actor_id is None or i in taken or not word[:1].isupper():
                break
            out.append(_mention(text, "actor", _char_span(bounds, i, i + 1), actor_id, form="demonym",
                                priority=60, country=None, generic=False, alternatives=[]))
            taken.add(i)
            found += 1
            i -= 1
    return out


def _anaphors(text: str, offset: int, end: int) -> list[Mention]:
    """The anaphors of the paragraph at `offset` of `text`, whose last token ends at `end` (`_array_bounds`: the
    paragraph's extent without a Token made, nor Doc.text rebuilt token by token)."""
    out = []
    for m in _anaphor_matches(text, offset, end):
        pron = text[m.start():m.end("pron")] if m.group("pron") else ""  # (the group lacks the first letter)
        label = (m.group("head") or pron or "previous").lower().replace("fractions", "factions")
        if m.group("prev"):
            label = "previous"
        if m.group("head") and label.endswith("s") and _plural_class().match(m.group(0)) and (
                m.group(0)[:4].lower() in ("that", "this") or _VERB_AFTER.match(text, m.end())):
            continue
        span = (m.start(), m.end()) if not pron else (m.start(), m.end("pron"))
        out.append(_mention_with(text, "anaphor", span, label, {}))
    return out


def _anaphor_matches(text: str, start: int, end: int) -> list[re.Match[str]]:
    """`_ANAPHOR.finditer(text, start, end)`'s matches: the pattern matched only where one of its openings
    (`_ANAPHOR_OPENINGS`) lies after no word character, from the left, each after the last match's end (as finditer
    goes on from there; no other position holds a match)."""
    starts: list[int] = []
    for opening in _ANAPHOR_OPENINGS:
        at = text.find(opening, start, end)
        while at >= 0:
            # (the look-behind sees the character before `start` too; a letter, digit or "_" is a word character,
            # as \w reads one)
            if at == 0 or not word_character(text[at - 1]):
                starts.append(at)
            at = text.find(opening, at + 2, end)
    starts.sort()
    out: list[re.Match[str]] = []
    reached = start
    for at in starts:
        if at >= reached and _may_open_anaphor(text, at, end):
            m = _ANAPHOR.match(text, at, end)
            if m is not None:
                out.append(m)
                reached = m.end()
    return out


def _may_open_anaphor(text: str, at: int, end: int) -> bool:
    """Whether `_ANAPHOR` may match at an opening (`_ANAPHOR_OPENINGS`) before `end`: the opening's word is one a
    match begins with (`_ANAPHOR_FIRST_WORDS`), white space follows it, and after a demonstrative the next word
    begins as one the pattern reads there (`_ANAPHOR_NEXT`); after "it" and "they" the pattern decides (a verb of
    any spelling may follow). Most openings ("their", "there", "its", "the city") are left without a match tried.
    (Each branch takes white space right after the word's letters, all ASCII letters: a word that runs on, or stops
    at anything else, opens no match; the white space runs up to the next word, which no white space begins. The
    characters are read as code points and `isspace`, which compiled are no method calls.)"""
    p = at + 1
    while p < end and ascii_letter(ord(text[p])):
        p += 1
    if p >= end or not text[p].isspace():
        return False
    word = text[at + 1:p]
    if word not in _ANAPHOR_FIRST_WORDS[text[at]]:
        return False
    if word == "t" or word == "hey":
        return True
    q = p + 1
    while q < end and text[q].isspace():
        q += 1
    return text[q:q + 2] in _ANAPHOR_NEXT


def _absorb_generic(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop a generic actor noun that only continues a name or anaphor ("HTS militants", "the group's
    fighters"), that a name specifies ("militants from the Fa Ithbatu coalition") or that a name right after it
    names ("the armed group M23", "the militant group al-Shabaab": a state force's noun is no such apposition)."""
    heads = [m for m in mentions if m.kind == "anaphor" or (m.kind == "actor" and not m.data.get("generic"))]
    # What the tests below ask of the heads, by offset (set lookups, not a pass over every head per mention): where
    # a head ends, where a named actor starts; and the actor mentions' spans, read for the few anaphors (not every
    # character offset of every actor put in a set)
    head_ends = {h.end for h in heads}
    actor_starts = {h.start for h in heads if h.kind == "actor"}
    actor_spans = [(a.start, a.end) for a in mentions if a.kind == "actor"]
    out = []
    for m in mentions:
        # No head after the noun can follow "of"/"from" when the words after it do not begin so (the pattern has
        # no look-around: a match up to a head's start is a match of the text from the noun on): one match per
        # noun instead of one per head.
        if m.kind == "actor" and m.data.get("generic"):
            of_from = _OF_FROM.match(text, m.end) is not None
            apposed = m.label.startswith("generic:") and not m.data.get("crowd")
            if not head_ends.isdisjoint(range(m.start - 3, m.start + 1)) \
                    or (of_from and any(m.end <= h.start and _OF_FROM.fullmatch(text, m.end, h.start) for h in heads)) \
                    or (apposed and m.end + 1 in actor_starts and text[m.end] == " "):
                continue  # a head ending up to 3 characters before; one after "of"/"from"; an actor right after
        if m.kind == "anaphor" and _inside(m.start, actor_spans):
            continue
        # "the armed group Hayat Tahrir al-Sham": the noun names the group after it, not one told before
        if m.kind == "anaphor" and m.end + 1 in actor_starts and text[m.end] == " ":
            continue
        out.append(m)
    return out


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Whether one of the spans holds the offset."""
    return any(start <= offset < end for start, end in spans)


def _of_a_told_toll(count: Mention) -> bool:
    """Whether a count with no number of its own tells dead of a toll told before: a definite subject's ("The fighters
    were killed ...") or a part placed among the dead ("some of whose members were among the dead")."""
    return bool(count.data.get("definite")) or (
        count.label == "death" and bool(count.data.get("vague")) and within_toll(count.text))


def _counts(text: str, start: int, end: int, rec: Recognizers) -> list[Mention]:
    out = []
    for c in rec.counts.read(text[start:end]):
        # (`definite` only where it holds: mentions of other counts stay as they were)
        extra = {"definite": True} if c.definite else {}
        out.append(_mention(text, "count", (start + c.start, start + c.end), c.outcome, value=c.value,
                            vague=c.vague, victims=c.victims, victim_words=c.victim_words, floor=c.floor, **extra))
    return out
