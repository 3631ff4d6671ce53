"""Finds place mentions in text: capitalised name runs matched against the gazetteer, plus the cue words
around them ("the village of X", "X town", "near X", "southern X", "X countryside", "between X and Y")."""

from __future__ import annotations

import calendar
import itertools
import re
import string
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal, NamedTuple

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS

from warscribe.knowledge.outlets import is_outlet
from warscribe.knowledge.patterns import alternation, ascii_letter, repeated, starts_with, word_trie
from warscribe.knowledge.prefilter import prefiltered
from warscribe.places.countries import CountryHints, best, border_before, boundary_pattern, final_word, final_words
from warscribe.places.data import (
    adjective_country,
    body_words,
    credit_words,
    cues,
    family_names,
    government_seat,
    name_ends,
    name_heads,
    no_evidence,
    person_nouns,
    person_titles,
    stop_phrases,
    stop_skeletons,
    stoplist,
)
from warscribe.places.gazetteer import Gazetteer
from warscribe.places.normalize import ARTICLES, key, key_skeleton, skeleton, strip_articles

_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['’‘`ʿʾ](?=[^\W\d_]))*")
_JOIN = re.compile(r"^(?:[ \u00a0]|[ \u00a0]?[-‐–][ \u00a0]?)$")
# Every string `_JOIN` matches (`$` also holds before a final newline): name_runs tests each gap between words by a
# set lookup instead of a regex call.
_JOINS = frozenset(gap + end for gap in [" ", "\u00a0"] + [a + dash + b for a in ("", " ", "\u00a0") for dash in "-‐–"
                                                          for b in ("", " ", "\u00a0")] for end in ("", "\n"))
_MAX_WORDS = 5
STOP_VARIANT_MIN_RATIO = 75.0  # "mohammad"/"mohammed" 88; "gayeri"/"cary" 60
# Lower-case words that may sit inside a place name ("Ras al-Ain", "Umm al-Miyazen", "Jabal al-Zawiya").
_INNER = ARTICLES | {"bin", "ibn", "abu", "umm", "wa", "of"}
# The words of `_TOKEN` that can be part of a name run: those not starting with a-z, and the inner words (the
# same words as `_TOKEN` finds from the start of the text, less the lower-case ones, which only end a run). Each
# match (`_RUN_SPLIT`) skips what lies before such a word (characters that are no letter, and whole words starting
# with a-z that are no inner word) and reads it as its second group (a `_TOKEN` word: letters, an apostrophe only
# between two), or reads nothing at the end. Runs of one class as possessive repeats: 12% fewer instructions than a
# search from every position with look-behinds for a word's start (callgrind, FA-KES texts). (The inner words as a
# trie: the same strings, tried at once.)
_LETTERS, _MARK = r"[^\W\d_]", "['’‘`ʿʾ]"


def _inner_word(letters: str, mark: str) -> str:
    """A pattern of an inner word (`_INNER`, any case) that is a whole word: no letter, nor a mark and a letter,
    after it."""
    return rf"(?i:{word_trie(sorted(_INNER), fold=True)})(?!{letters}|{mark}{letters})"


def _run_word_pattern(letters: str, mark: str, other: str) -> re.Pattern[str]:
    """The run word pattern over the given classes of letters, of marks between letters and of the other
    characters: what it skips as one group, the word (or nothing, at the end) as another."""
    inner = _inner_word(letters, mark)
    marked = repeated(rf"{mark}{letters}++")  # (the marks inside a word, each with the letters after it)
    skip = repeated(rf"{other}++|(?!{inner})[a-z]{letters}*+{marked}")
    word = rf"{letters}++{marked}"
    return re.compile(rf"({skip})({word}|\Z)")


# Each match starts where the one before ended (something always matches: what is skipped runs up to a word or the
# end), so `findall`'s strings tell each word's offsets with no match object per word. Over ASCII text (most texts;
# `str.isascii` reads a flag) the classes are plain ASCII ones, the same characters there, which `re` tests by a
# bitmap instead of a Unicode category call per character.
_RUN_SPLIT = _run_word_pattern(_LETTERS, _MARK, r"[\W\d_]")
_RUN_SPLIT_ASCII = _run_word_pattern("[A-Za-z]", "['`]", "[^A-Za-z]")
_CALENDAR = frozenset(
    [d.lower() for d in calendar.day_name] + [m.lower() for m in calendar.month_name if m])
# Over an ASCII text the runs themselves are found (`_ascii_name_runs`), not every word that may join one: each match
# skips the text up to a capital that opens a word (a capital after a letter, or after a mark after a letter, lies
# inside a word), as one group, and reads as another the run from it: words that open with a capital or are inner
# words, each after a join (`_JOINS`' strings: `_JOIN` less its anchors, `$` reading past a final newline). The
# text skipped is searched a character class at a time, with no test per lower-case word ("an", "of", "at" are
# inner words, and would end the run they follow). Nothing read at the end.
_ASCII_MARKED = repeated(r"['`][A-Za-z]++")  # (the marks inside a word, each with the letters after it)
_ASCII_REST = r"[A-Za-z]*+" + _ASCII_MARKED  # (a word after its first letter, as `_RUN_SPLIT_ASCII` reads it)
_ASCII_JOIN = "(?:[ \u00a0]|[ \u00a0]?[-‐–][ \u00a0]?)\n?"
_ASCII_INNER = _inner_word("[A-Za-z]", "['`]")
_CAPITAL_RUNS = re.compile("(" + repeated(r"[^A-Z]++|(?<=[A-Za-z])[A-Z]|(?<=[A-Za-z]['`])[A-Z]") + ")"
                           rf"([A-Z]{_ASCII_REST}" + repeated(rf"{_ASCII_JOIN}(?:[A-Z]{_ASCII_REST}|{_ASCII_INNER})")
                           + r"|\Z)")
_ASCII_RUN_WORDS = re.compile(rf"([^A-Za-z]*)([A-Za-z]++{_ASCII_MARKED})")  # (the joins before each word)
# the lower-case words that `_trim` drops from a run of one word, besides spaCy's stop words (read as they are)
_NEVER_ALONE = _CALENDAR | _INNER


@dataclass
class PlaceMention:
    """A place named in the text, its gazetteer reading (if any) and the cues around it."""

    start: int
    end: int
    text: str
    known: bool  # the gazetteer has a place by this name
    cue: str | None = None  # settlement | near | region
    city: bool = False  # "X city"
    direction: str | None = None  # "southern X", "the eastern countryside of X"
    partner: int | None = None  # "between X and Y" / "the X-Y highway": the other end's start offset
    secondary: bool = False  # Y of "between X and Y": events are placed at X
    prep: str | None = None  # the preposition just before ("in", "near", "at")
    data: dict = field(default_factory=dict)


class _Tok(NamedTuple):  # a tuple: documents make hundreds of thousands of these
    start: int
    end: int
    text: str


_new_tok = tuple.__new__  # builds a _Tok without the Python-level __new__ of a named tuple (hot: every word)


_POSSESSIVE = ("'s", "’s")


def tokens(text: str, start: int, end: int) -> list[_Tok]:
    # _TOKEN has no look-behind: matching inside [start, end) of the text finds what matching a slice finds.
    return [_new_tok(_Tok, (m.start(), m.end(), m.group())) for m in _TOKEN.finditer(text, start, end)]


def run_words(text: str, start: int, end: int) -> list[_Tok]:
    """The words of `tokens` that may be part of a name run: what name_runs reads of every word of a
    paragraph is that a lower-case one ends the run, which the letters between its neighbours say as well."""
    # (`tokens` starts a word at `start` whatever precedes, and so does a match from there: it looks at nothing
    # before it)
    out: list[_Tok] = []
    at = start
    for skipped, word in (_RUN_SPLIT_ASCII if text.isascii() else _RUN_SPLIT).findall(text, start, end):
        at += len(skipped)
        if word:
            out.append(_new_tok(_Tok, (at, at + len(word), word)))
            at += len(word)
    return out


def name_runs(text: str, start: int, end: int) -> list[list[_Tok]]:
    """Maximal runs of capitalised words (with inner articles) joined by a space or a hyphen."""
    if text.isascii() and _ascii_bounded(text, start, end):
        return _ascii_name_runs(text, start, end)
    return _word_name_runs(text, start, end)


def _word_name_runs(text: str, start: int, end: int) -> list[list[_Tok]]:
    """`name_runs` read word by word: each word that may be part of a run, and the text skipped before it."""
    runs: list[list[_Tok]] = []
    cur: list[_Tok] = []
    # Words left out are lower-case and not inner: each would end the run, and so does the text between the
    # words either side of it (which holds its letters and so is no join). (`run_words` read here: the text
    # skipped before a word is the gap after the run's last word, whenever a run is open.)
    # (a word's token is made only where it joins a run: most words are lower-case and end one)
    at = start
    for skipped, word in (_RUN_SPLIT_ASCII if text.isascii() else _RUN_SPLIT).findall(text, start, end):
        at += len(skipped)
        if not word:
            break  # (the end)
        stop = at + len(word)
        if word[0].isupper() or (word.lower() in _INNER and ((bool(cur) and skipped in _JOINS)
                                                             or _article_before(text, word, stop))):  # capitalised
            if cur and skipped not in _JOINS:  # (not joined to the run before)
                runs.append(cur)
                cur = []
            cur.append(_new_tok(_Tok, (at, stop, word)))
        elif cur:
            runs.append(cur)
            cur = []
        at = stop
    if cur:
        runs.append(cur)
    return [trimmed for r in runs if (trimmed := _trim(r))]


def _ascii_bounded(text: str, start: int, end: int) -> bool:
    """Whether the span of an ASCII text starts where a word may (no letter, nor a mark after a letter, before it:
    `name_runs` opens a word at `start` whatever precedes, and `_CAPITAL_RUNS` looks back) and ends where no article
    opens a name past it (`_article_before` reads past the span's end)."""
    if start > 0 and (ascii_letter(ord(text[start - 1])) or text[start - 1] in "'`"):
        return False
    return not (text.startswith("-", end) and text[end + 1:end + 2].isupper())


def _ascii_name_runs(text: str, start: int, end: int) -> list[list[_Tok]]:
    """`name_runs` of a span of an ASCII text that `_ascii_bounded` holds of: the runs found whole (`_CAPITAL_RUNS`),
    each with the article before its first word where one opens it ("al-Sukhna"), then trimmed."""
    runs: list[list[_Tok]] = []
    at = start
    for skipped, run in _CAPITAL_RUNS.findall(text, start, end):
        at += len(skipped)
        if not run:
            break  # (the end)
        stop = at + len(run)
        article = _article_opening(text, start, at) if skipped.endswith("-") else -1
        if article < 0 and run.isalpha():
            # one word (most runs: "The", "He", "Aleppo"), kept where `_trim` keeps it, with no list to trim
            low = run.lower()
            if not (low in STOP_WORDS or low in _NEVER_ALONE):
                runs.append([_new_tok(_Tok, (at, stop, run))])
        else:
            words = [] if article < 0 else [_new_tok(_Tok, (article, at - 1, text[article:at - 1]))]
            w = at
            for gap, word in _ASCII_RUN_WORDS.findall(run):
                w += len(gap)
                words.append(_new_tok(_Tok, (w, w + len(word), word)))
                w += len(word)
            if trimmed := _trim(words):
                runs.append(trimmed)
        at = stop
    return runs


def _article_opening(text: str, start: int, at: int) -> int:
    """The start of the article (`ARTICLES`, a word of an ASCII text opening lower-case) that ends right before the
    dash before `at` (a capital opening a word): what `_article_before` reads as opening the name; -1 where none
    does. The word starts at or after `start`, where `name_runs` opens one."""
    q = at - 1
    while q > start and ascii_letter(ord(text[q - 1])):
        q -= 1
    if q == at - 1 or not ("a" <= text[q] <= "z") or text[q:at - 1].lower() not in ARTICLES:
        return -1
    if q > start + 1 and text[q - 1] in "'`" and ascii_letter(ord(text[q - 2])):
        return -1  # (the letters after a mark after a letter are no word of their own: "x'al-Bab")
    return q


# the most words of an outlet's or body's name (lexicon/outlets.yaml) looked for inside a longer name run
_OUTLET_WORDS = 4


def _outlet_cut(text: str, run: list[_Tok]) -> list[list[_Tok]]:
    """A run with an organisation's name of two words or more (lexicon/outlets.yaml: "Amnesty International",
    "Human Rights Watch") taken out of it: "the village of Tokhar Amnesty International said" names Tokhar, and
    the body is no part of the place's name. A run that is the organisation's name alone is left as it is."""
    if len(run) < 3:
        return [run]
    heads = _outlet_heads()
    for i in range(len(run) - 1):
        # a word of letters alone (case-folded) is the first word of the folded text from it on (`is_outlet` folds
        # the joins between words to spaces): most words open no outlet's name, and no part from them is asked
        first = run[i].text.casefold()
        if first.isalpha() and first not in heads:
            continue
        for n in range(min(_OUTLET_WORDS, len(run) - i), 1, -1):
            if n < len(run) and is_outlet(text[run[i].start:run[i + n - 1].end]):
                rest = run[i + n:]
                return [p for p in (run[:i], *(_outlet_cut(text, rest) if rest else ())) if p]
    return [run]


@lru_cache(maxsize=1)
def _outlet_heads() -> frozenset[str]:
    """The first words of the outlets' and bodies' names as `is_outlet` folds them: a name it finds opens with one."""
    from warscribe.knowledge.outlets import _all_outlets  # (the names `is_outlet` compares, folded)

    return frozenset(name.split()[0] for name in _all_outlets() if name.split())


def _article_before(text: str, word: str, end: int) -> bool:
    """'al-' directly before a capitalised word ("al-Sukhna") starts a name: `word`, ending at `end`, is such an
    article (read with no token made)."""
    return word.lower() in ARTICLES and text[end:end + 1] in "-‐" and text[end + 1:end + 2].isupper()


def _trim(run: list[_Tok]) -> list[_Tok]:
    """Drop leading/trailing words that cannot begin or end a place name (sentence-initial "The")."""
    while run:
        first = run[0].text.lower()
        if not (first in STOP_WORDS or first in _CALENDAR or first in ("of", "wa")) \
                or (first in ARTICLES and len(run) > 1):
            break
        run = run[1:]
    while run and run[-1].text.lower() in _INNER:
        run = run[:-1]
    return run


def find_places(text: str, spans: Iterable[tuple[int, int]], gaz: Gazetteer, focus: str | None = None,
                skip: Sequence[tuple[int, int]] = ()) -> list[PlaceMention]:
    """Place mentions in the given spans of `text`, left to right, longest name first; `skip` spans
    (actor names) are never places."""
    out: list[PlaceMention] = []
    pending: list[PlaceMention] = []
    skip = _SpanIndex(skip)
    runs, nouned = _candidate_runs(text, spans)
    people, speakers = _family_names_used(text, runs, gaz, focus, nouned)
    for run in runs:
        if len(run) > 1 and run[0].start in nouned \
                and not _known(text[run[0].start:run[-1].end], gaz, focus, len(run)):
            continue  # "the priest Diaa Aziz": a person's name, whatever towns its words recall
        # (no person's name given in full: no word is keyed, "" being no key either set holds)
        last = key(run[-1].text) if people or speakers else ""
        if (last in people or (last in speakers and _speaking(text, run[-1]))) \
                and (len(run) == 1 or key(run[0].text) not in person_titles()):
            # "said Barazi" after "Talal al-Barazi": the person again, not a look-alike quarter; "the city of
            # Khan-Shaikhoun Rudskoi said": the place before the speaker's name
            run = run[:-1]
            if not run:
                continue
        found = _match_run(text, run, gaz, focus, skip)
        out.extend(found)
        if not found and (held := _held_name(text, run, skip)) is not None:
            pending.append(held)
    capitals = _capitals_named(text, spans, out, skip, gaz)
    if capitals:  # "Syria's capital": the capital, not the country
        out = [m for m in out if not any(c.start <= m.start and m.end <= c.end for c in capitals)] + capitals
    out.sort(key=lambda m: m.start)
    out = _with_held(text, out, pending)
    _country_before_kind(text, out)
    # the word after each name, read once for the links between names and the attributive tests (none of them
    # moves a name)
    after = [_word_after(text, m.end) for m in out]
    _link_pairs(text, out, after)
    _link_tails(text, out, after)
    _link_bearings(text, out, after)
    _link_holders(text, out, after)
    _mark_attributive(text, out, gaz, after)
    return _peoples_dropped(text, out, after)


# the text and spans `_candidate_runs` last read, and what it found: the places stage asks a document again with the
# country its places point to when it named none (the runs are the same, whatever the country)
_RUNS: tuple[str | None, list[tuple[int, int]], list[list[_Tok]], set[int]] = (None, [], [], set())


def _candidate_runs(text: str, spans: Iterable[tuple[int, int]]) -> tuple[list[list[_Tok]], set[int]]:
    """The name runs of the spans, photo credits and outlets' names taken out, and the starts of those of two words
    or more after a noun for a person: what `find_places` reads whatever the focus country (the runs are not
    changed by their readers: the second call of a document shares the first's)."""
    global _RUNS
    spans = list(spans)
    seen, seen_spans, runs, nouned = _RUNS
    if seen is text and seen_spans == spans:
        return runs, nouned
    if _written_in(text)[1]:
        runs = [piece for s, e in spans for run in name_runs(text, s, e) for piece in _uncredited(text, run)]
    else:  # no credit word anywhere in the text: no run holds or follows one (one test, not a search per run)
        runs = [run for s, e in spans for run in name_runs(text, s, e)]
    runs = [piece for run in runs for piece in _outlet_cut(text, run)]
    # (read once for both uses in `find_places`)
    nouned = {run[0].start for run in runs if len(run) > 1 and _after_person_noun(text, run[0].start)}
    _RUNS = (text, spans, runs, nouned)
    return runs, nouned


_LOCATIVES = frozenset({"in", "at", "near", "into", "to", "inside", "outside", "around"})

# the most words of a photographer's name after a credit word ("Photo Senior Airman Matthew ...")
_CREDITED_WORDS = 3
# a credit word ending the text before a run, with its colon or "by" ("Photo: Felipe Dana", "image by Omar Haj")
_CREDIT_BEFORE = re.compile(r"\b(\w+)\s*(?::|\bby|\bcredit:?)?\s*$", re.IGNORECASE)


def _uncredited(text: str, run: list[_Tok]) -> list[list[_Tok]]:
    """A run with the photographer's name of a photo credit taken out ("AP Photo Felipe Dana US Missile Attack":
    AP, then "US Missile Attack"): a credit names a person, never a place (stoplist.yaml `credit_words`). The
    name is the title-case words after the credit word, at most three, up to a word in capitals (an agency)."""
    starts = _credit_starts(text)
    if starts is not None:
        # no credit word starts in the window before the run nor inside it: neither the search back nor a word's
        # key finds one (most runs of a text that holds one somewhere)
        at = bisect_left(starts, max(0, run[0].start - 24))
        if at == len(starts) or starts[at] >= run[-1].end:
            return [run]
    credits = credit_words()
    before = _CREDIT_BEFORE.search(text, max(0, run[0].start - 24), run[0].start)
    if before is not None and key(before.group(1)) in credits:
        named = _credited_length(run)
        if named:  # (none: the run is no name; read it as any run, or it would be handed back to itself)
            return _uncredited(text, run[named:]) if named < len(run) else []
    for at in range(len(run)):  # the first credit word of the run (a loop: no generator per run)
        if key(run[at].text) in credits:
            break
    else:
        return [run]
    rest = run[at + 1 + _name_length(run, at + 1):]
    return [p for p in (run[:at], *(_uncredited(text, rest) if rest else ())) if p]


# the last text read by `_credit_starts` and what it found
_CREDITS: tuple[str | None, list[int] | None] = (None, None)


def _credit_starts(text: str) -> list[int] | None:
    """Where the first words of the credit words' keys (`_gate_words`) start in an ASCII text, in order; None for
    other texts. A key of a word (`\\w+`, or a `_Tok`'s letters and apostrophes) that is a credit word holds that
    first word in the word lower-cased, once its apostrophes are dropped: it starts inside the word."""
    global _CREDITS
    seen, starts = _CREDITS
    if seen is text:
        return starts
    starts = None
    if text.isascii():  # (then the lowered text's offsets are the text's)
        marks = sorted([*_offsets(text, "'"), *_offsets(text, "`")])
        plain = _written_in(text)[0].replace("'", "").replace("`", "")
        starts = []
        k = 0  # the apostrophes before the offset in the text of the word found at `at` in `plain`
        for at in sorted({at for word in _gate_words()[0] for at in _offsets(plain, word)}):
            while k < len(marks) and marks[k] <= at + k:
                k += 1
            starts.append(at + k)
    _CREDITS = (text, starts)
    return starts


def _offsets(text: str, part: str) -> list[int]:
    """Where `part` starts in `text`, each place (overlapping ones too)."""
    out: list[int] = []
    at = text.find(part)
    while at >= 0:
        out.append(at)
        at = text.find(part, at + 1)
    return out


def _credited_length(run: list[_Tok]) -> int:
    """How many words of a run that follows a credit word the credit holds: the agency's words in capitals, if
    it opens with them ("Photo AFP Ahmad Hassan"), then the photographer's name."""
    agency = 0
    while agency < len(run) and _capitals(run[agency].text):
        agency += 1
    return agency + _name_length(run, agency)


def _capitals(word: str) -> bool:
    """A word in capitals ("AFP", "REUTERS"): an agency in a credit, never part of the photographer's name."""
    return len(word) > 1 and word.isupper()


def _name_length(run: list[_Tok], start: int) -> int:
    """How many words from `start` a photographer's name holds: title-case words, up to three."""
    n = 0
    while n < _CREDITED_WORDS and start + n < len(run) and run[start + n].text[:1].isupper() \
            and not _capitals(run[start + n].text):
        n += 1
    return n


def _family_names_used(text: str, runs: list[list[_Tok]], gaz: Gazetteer, focus: str | None,
                        nouned: set[int]) -> tuple[frozenset[str], frozenset[str]]:
    """Keys of the last words of the persons' names a text gives in full ("Governor Talal al-Barazi"): told
    alone later ("said Barazi"), such a word is the person again; so are the names after a noun for a person ("the
    priest Diaa Aziz": the runs `nouned` starts). A word the gazetteer spells exactly in the focus country stays a
    place, except where it is told as a speaker (the second set: "media activist Yaarab Dali ... Dali said", not the
    hamlet Ad Daliyah)."""
    out, speakers = set(), set()
    for run in runs:
        if len(run) < 2 or (key(run[0].text) not in person_titles() and run[0].start not in nouned) \
                or any(t.text.islower() and t.text not in ARTICLES for t in run):
            continue
        last = key(run[-1].text)
        if not last or _known(text[run[0].start:run[-1].end], gaz, focus, len(run)):
            continue
        speakers.add(last)
        # (a name no place is spelled as has no exact match to find: its look-alikes are not read)
        if not _spelled(run[-1].text, gaz) or not any(p.match == "exact" and focus in (None, p.country)
                                                      for p in gaz.lookup(run[-1].text, focus, fuzzy=False, limit=3)):
            out.add(last)  # (a hamlet of that name abroad, Aziz in Algeria, leaves "priest Diaa Aziz" a person)
    return frozenset(out), frozenset(speakers)


@lru_cache(maxsize=1)
def _speaker_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words around a name that make it the one speaking (cues.yaml `speaker_after`, `speaker_before`)."""
    c = cues()
    return (re.compile(rf"\s+(?:{alternation(c.get('speaker_after', ()))})\b"),
            re.compile(rf"\b(?:{alternation(c.get('speaker_before', ()))})\s+$"))


def _speaking(text: str, word: _Tok) -> bool:
    """Whether the name is told as a speaker: "Dali said", "Dali added", "according to Dali", "said Dali"."""
    after, before = _speaker_cues()
    return after.match(text, word.end) is not None \
        or before.search(text, max(0, word.start - 20), word.start) is not None


_WORD_BEFORE = re.compile(r"([a-z]+)[ \u00a0]+$")


def _after_person_noun(text: str, start: int) -> bool:
    """Whether a lower-case noun for a person (stoplist.yaml `person_nouns`) ends the text right before `start`."""
    # (read back by hand, as the pattern reads: the spaces before `start`, then the letters a-z before them, within
    # the 20 characters; no search per run. A newline last, which `$` reads past, is left to the pattern.)
    if start < 2 or text[start - 1] not in _SPACES:
        return start > 0 and text[start - 1] == "\n" and _after_noun_searched(text, start)
    low = max(0, start - 20)
    at = start - 1
    while at > low and text[at - 1] in _SPACES:
        at -= 1
    end = at
    while at > low and "a" <= text[at - 1] <= "z":
        at -= 1
    return at < end and text[at:end] in person_nouns()


_SPACES = " \u00a0"


def _after_noun_searched(text: str, start: int) -> bool:
    """`_after_person_noun` by `_WORD_BEFORE`'s search."""
    hit = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return hit is not None and hit.group(1) in person_nouns()


@lru_cache(maxsize=1)
def _peoples() -> frozenset[str]:
    return frozenset(key(w) for w in cues().get("peoples", ()))


def _peoples_dropped(text: str, mentions: list[PlaceMention], after: list[str | None] | None = None
                     ) -> list[PlaceMention]:
    """'Kikuyu youths', 'a Fulani camp', 'Samburu and Borana herders clashed': a people's name that is also a
    place's names the people, unless a locative frames it ("in Samburu", "Kisii town", "the village of X", a list
    of areas holding a place; cues.yaml `peoples`). `after`: `_word_after` each name, when the caller has read it."""
    peoples = _peoples()
    kinds = _cue_patterns()["area_kind"]
    kin = _kin_after()
    kin_firsts = _spaced_firsts()[2]
    kept: list[PlaceMention] = []
    for i, m in enumerate(mentions):
        # (a word after one space that opens no word of kinship: the kinship pattern does not match)
        word = after[i] if after is not None else None
        if (not word or _may_follow(word, kin_firsts)) and kin.match(text, m.end):
            continue
        if key(m.text) not in peoples or m.prep in _LOCATIVES or "tail_of" in m.data or m.data.get("area_kind") \
                or kinds.match(text, m.end, m.end + 40) or _holder_after().match(text, m.end) \
                or settlement_framed(text, m.start):
            kept.append(m)
    return kept


@lru_cache(maxsize=1)
def _kin_after() -> re.Pattern[str]:
    """A word of kinship right after a name (cues.yaml `people_after`): "the Dir clan", "a Majeerteen sub-clan
    elder": the name is a clan's or a tribe's, never the place, whatever frames it."""
    return re.compile(rf"\s+(?:{alternation(cues().get('people_after', ()))})\b", re.I)


@lru_cache(maxsize=1)
def _holder_after() -> re.Pattern[str]:
    """A kind of place right after a people's name (cues.yaml `people_place_after`): "Kikuyu town", "the Kikuyu
    road"."""
    return re.compile(rf"(?:-[A-Z][\w'-]*)?\s+(?:{alternation(cues().get('people_place_after', ()))})\b", re.I)


# "the Syrian capital", "Syria's capital" (and "Syrias capital" where a feed strips apostrophes): the country's
# capital city, unless the text names it right after ("the Afghan capital Kabul": that name is the mention)
# (a country of two words too: "Burkina Faso's capital", "the Sri Lankan capital")
_CAPITAL_OF = re.compile(r"\b((?:[A-Z][a-z]+\s)?[A-Z][a-z]+?)(?:['’]?s)?\s+capital\b")
_NOT_THE_CAPITAL = re.compile(r"\b(?:de\s+fact\w*|self-\w+|so-called|former|proclaimed|declared|economic|commercial|"
                              r"cultural|its|their|his|her)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _capitals_named(text: str, spans: Iterable[tuple[int, int]], found: list[PlaceMention],
                    skip: Sequence[tuple[int, int]], gaz: Gazetteer) -> list[PlaceMention]:
    from warscribe.places.world import capitals  # (read once there; imported on use like the other world tables)

    out = []
    taken = [(m.start, m.end) for m in found]
    for s, e in spans:
        for hit in _capitals_of(text, s, e):
            start, cc = _capital_country(hit.group(1), hit.start(1), gaz)
            capital = government_seat(cc) or capitals().get(cc or "")
            if _NOT_THE_CAPITAL.search(text, max(0, start - 30), start):
                continue  # "the group's de facto Syrian capital", "the country's economic capital"
            if capital is None or _overlaps((start, hit.end()), skip) \
                    or any(a < hit.end() + 3 and start < b and not (start <= a and b <= hit.end())
                           for a, b in taken):
                continue
            m = _mention(text, start, hit.end(), True)
            m.text, m.city = capital, True
            out.append(m)
    return out


def _capitals_of(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The matches `_CAPITAL_OF.finditer` finds in the span from `start` to `end`, each searched in the stretch before
    a "capital" written after the last (`_capital_reach`) up to that word's end and the character after it (its
    `\\b`), not to the span's end: a match ends with its "capital" after a space, which no match ending at a later
    one holds inside a word (as "Xcapital"), so the leftmost match from a stretch is the one ending there, or none."""
    out: list[re.Match[str]] = []
    at = start  # (where the last match ended: a match of `finditer` starts there or after)
    word = text.find("capital", start, end)
    while word >= 0:  # (every match holds the word: most spans have none to search for)
        hit = _CAPITAL_OF.search(text, max(at, _capital_reach(text, start, word)), min(end, word + _CAPITAL_END))
        if hit is not None:
            out.append(hit)
            at = hit.end()
        word = text.find("capital", max(at, word + 1), end)
    return out


# the characters of "capital" and the one after it, which its `\b` reads
_CAPITAL_END = len("capital") + 1


def _capital_reach(text: str, start: int, first: int) -> int:
    """Where a match of `_CAPITAL_OF` in the span from `start` may start, `first` being where "capital" is first
    written in it: a match holds only letters, apostrophes and whitespace up to its "capital", so it starts in the
    stretch of those before the first (the span's text before is not searched; its `\\b` reads the text itself)."""
    at = first
    while at > start and (text[at - 1] in _CAPITAL_CHARS or text[at - 1].isspace()):
        at -= 1
    return at


_CAPITAL_CHARS = frozenset(string.ascii_letters + "'’")


def _capital_country(words: str, start: int, gaz: Gazetteer) -> tuple[int, str | None]:
    """Where the country's name before "capital" starts, and its code: two words when they name one ("Burkina
    Faso"), else the last ("In Kenya": "Kenya"); an adjective, a short form (countries.yaml) or a GeoNames name."""
    last = words.split()[-1]
    for at, word in ((start, words), (start + len(words) - len(last), last)):
        cc = adjective_country().get(key(word)) or _country_key(word) or _country_key(word[:-1]) \
            or gaz.country_keys().get(key(word))
        if cc or word == last:
            return at, cc
    return start, None


def _country_key(word: str) -> str | None:
    from warscribe.places.countries import _own_names

    return _own_names().get(key(word))


def _country_before_kind(text: str, mentions: list[PlaceMention]) -> None:
    """'bombs kill 28 in IS-held Syria town': a country's name before a kind of place (cues.yaml `settlement`) says
    which country the unnamed town is in; it frames no town called Syria. Marked `kind_after` for the events'
    places to seek the town the next sentences name."""
    settle_after = _cue_patterns()["settle_after"]
    for m in mentions:
        if m.cue == "settlement" and m.known and settle_after.match(text[m.end:m.end + 30]) \
                and _country_key(m.text) is not None:
            m.cue = None
            m.data["kind_after"] = True


def _mark_attributive(text: str, mentions: list[PlaceMention], gaz: Gazetteer,
                      after: list[str | None] | None = None) -> None:
    """'the Britain-based monitor', 'Al Mayadeen TV', 'TV station al-Mayadeen', 'pro-Damascus media': a name
    qualifying a person, group or outlet is no scene (cues.yaml `attributive`, `allegiance_before`, `outlet`,
    `outlet_before`); nor is a country named as one side of a border (`boundary`). `after`: `_word_after` each
    name, when the caller has read it."""
    p = _cue_patterns()
    attributive, outlet, office, bound, heading = (p["attributive"], p["outlet"], p["office"], p["bound"],
                                                   p["heading"])
    holders: list[PlaceMention] = []
    road_ends: list[PlaceMention] = []
    seats: list[PlaceMention] = []
    # a grievance's words anywhere in the text (no word boundary asked: whatever a window's search finds), else
    # no name comes after one: one test of the text rather than a search back from every name (in the lowered
    # text, as the office and heading words below, when the words are ASCII: a substring test per word costs less
    # than the pattern's search of a whole text)
    lowered = _written_in(text)[0]
    grievances = _grievance_words()
    grieved = _written(lowered, grievances) if grievances is not None else p["grievance_words"].search(text) is not None
    # the same for the words of an office or a heading written before a name (no pattern: one compiled costs more
    # than a short text's searches)
    motivated = _written(lowered, _cue_phrases("motive_before"))
    # (patterns that read their phrases as whole words: the text's words tested first)
    office_words, heading_words = _window_words()
    words = _words_in(text)
    officed, headed = _whole_written(lowered, words, office_words), _whole_written(lowered, words, heading_words)
    outlet_named = _whole_written(lowered, words, _cue_phrases("outlet_before"))
    outlets: set[str] = set()
    firsts = _after_firsts()
    border_firsts, road_firsts, _ = _spaced_firsts()
    for i, m in enumerate(mentions):
        word = after[i] if after is not None else _word_after(text, m.end)
        worn = (_may_follow(word, firsts["outlet"]) and outlet.match(text, m.end)) or (
            outlet_named and p["outlet_before"].search(text, max(0, m.start - 40), m.start))
        if worn:
            outlets.add(m.text.lower())
        # ("pro-Damascus media", "anti-Ankara rebels": the name says whom they side with, not where)
        # (the attributive and the destination patterns open with a dash: no name followed otherwise is matched;
        # the allegiance pattern ends with one, the name right after it or a newline: no other name is searched)
        dashed = text.startswith(_ROAD_DASHES, m.end)
        named_by = worn or (dashed and attributive.match(text, m.end)) \
            or (m.start > 0 and text[m.start - 1] in _ALLEGIANCE_LAST
                and p["allegiance"].search(text, max(0, m.start - 6), m.start))
        # (a word after one space that opens no border word: the boundary pattern does not match)
        if named_by or ((((not word or _may_follow(word, border_firsts)) and boundary_pattern().match(text, m.end))
                         or border_before(text, m.start)) and _country_word(m.text, gaz)):
            m.secondary = True  # also "near the Somali border": one side of a border is no scene
        elif ((_may_follow(word, firsts["office"]) and office.match(text, m.end))
              or (officed and p["office_before"].search(text, max(0, m.start - 40), m.start)
                  and not any(x.data.get("tail_of") == m.start for x in mentions))):
            # (a name the note codes with its areas, "the mayor of Karimama (Karimama, Alibori)", is the scene)
            (seats if gaz.admin1_areas(m.text) else holders).append(m)
        elif (dashed and bound.match(text, m.end)) or (headed and heading.search(text, max(0, m.start - 40), m.start)) \
                or (_may_follow(word, firsts["meeting"]) and p["meeting"].match(text, m.end)) \
                or (_may_follow(word, firsts["landmark"]) and p["landmark"].match(text, m.end)) \
                or (grieved and _after_grievance(text, m, mentions, p["grievance"])) \
                or (motivated and _after_motive(text, m, p["motive"])):
            holders.append(m)  # "a Nairobi-bound bus was attacked in Omar Jilo": the destination (or a venue)
            m.data["elsewhere"] = True  # no scene abroad even alone (stages/places.py)
        elif _road_end(text, m, word, road_firsts):
            road_ends.append(m)
    # "... told Lebanese TV station al-Mayadeen. In separate comments to al-Mayadeen he said": a name the text gives
    # a broadcaster or paper is that outlet's wherever it is written again
    for m in mentions if outlets else ():
        if m.text.lower() in outlets:
            m.secondary = True
    # "the Saboti MP was stoned in Chwele": the seat of an office is no scene when another place is named (a
    # county's, "the Migori MCAs protested", often is)
    if holders and any(not m.secondary and not _among(m, holders) for m in mentions):
        for m in holders:
            m.secondary = True
    # "Tags Syria Palmyra The IS group killed two activists in Raqqa": a name in an outlet's tag list run into the
    # lede is no scene when its sentence names another place outside the list (a country does not count)
    tagged = [m for m in mentions if _in_tag_list(text, m, p["tag_list"], p["tag_end"])] \
        if _written(text, _tag_words()) and p["tag_words"].search(text) else []  # most texts hold no tag word
    for m in tagged:
        if any(x is not m and not _among(x, tagged) and not x.secondary and not _country_word(x.text, gaz)
               and _same_sentence(text, m, x) for x in mentions):
            m.secondary = True
    # "blocked the Mombasa-Malindi road in Kilifi town": the ends of a road are no scene when its sentence frames
    # another name as a place ("in X", "X city", "X upazila"; not a country, nor a county or province named as an
    # area: "the Dadaab-Kulan road in Garissa County")
    if road_ends:
        towns = [m for m in mentions if not _among(m, road_ends) and not _among(m, holders) and _framed_scene(m, gaz)
                 and (m.cue == "settlement" or not gaz.admin1_areas(m.text))]
        for m in road_ends:
            if any(_same_sentence(text, m, t) for t in towns):
                m.secondary = True
    # "a Baringo chief was found dead at Olmoran in Laikipia county", "a protest led by the Nairobi governor was held
    # in Machakos": a county (a first-level area) named for an office is the scene only when its sentence frames no
    # other place ("the Migori MCAs protested" alone is in Migori)
    if seats:
        framed = [m for m in mentions if not _among(m, seats) and not _among(m, holders) and _framed_scene(m, gaz)]
        for m in seats:
            if any(_same_sentence(text, m, t) for t in framed):
                m.secondary = True


def _among(m: PlaceMention, group: list[PlaceMention]) -> bool:
    """`m in group`, the mentions' equality asked only of one at the same span: an equal mention has the same start
    and end (the dataclass compares every field, in a Python call), and most of a group are elsewhere."""
    return any(other is m or (other.start == m.start and other.end == m.end and other == m) for other in group)


def _framed_scene(m: PlaceMention, gaz: Gazetteer) -> bool:
    """A known name, not secondary, that the text frames as a place (after a locative, with a settlement's or an
    area's word, or as a list's tail) and that names no country."""
    return m.known and not m.secondary and bool(
        m.prep in _LOCATIVES or m.cue == "settlement" or m.data.get("area_kind") or "tail_of" in m.data) \
        and not _country_word(m.text, gaz)


# The characters besides A-Z that a case-blind pattern reads as an ASCII letter (the dotted and the dotless i, the
# long s, the Kelvin sign): made that letter before a text is lowered, so that a phrase of ASCII words a case-blind
# pattern finds in the text is in the lowered text as well
_CASE_BLIND = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


@lru_cache(maxsize=1)
def _window_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The phrases of the `office_before` and the `heading` patterns, lower-cased: a window before a name matches
    those patterns only where one of them is written."""
    c = cues()
    heading = [*c.get("destination_before", ()), *c.get("venue_before", ())]
    return tuple(w.lower() for w in c.get("office_before", ())), tuple(w.lower() for w in heading)


@lru_cache(maxsize=4)
def _cue_phrases(name: str) -> tuple[str, ...]:
    """The phrases of a cue pattern (cues.yaml `name`), lower-cased (as `_window_words`)."""
    return tuple(w.lower() for w in cues().get(name, ()))


def _written(lowered: str, phrases: tuple[str, ...]) -> bool:
    """Whether one of the lower-case phrases is in the lowered text (`_CASE_BLIND`), with no Python call per phrase:
    the phrases sharing a word (`_anchored`) are looked for only where the text holds that word."""
    anchors, groups = _anchored(phrases)
    return any(map(lowered.__contains__, itertools.chain.from_iterable(
        itertools.compress(groups, map(lowered.__contains__, anchors)))))


_ANCHOR_MIN = 4  # shorter words lie inside too many others ("mp" in "camp") to spare a search


@lru_cache(maxsize=32)
def _anchored(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The phrases in groups, each with a word that every phrase of its group holds ("march" of "march on", "march
    to"): a text lacking the word lacks them all, one search instead of one per phrase. Words are taken in the
    order of how many phrases hold them, each for the phrases not yet grouped; no stop word (most texts hold one);
    a phrase sharing no word is its own group. A phrase holding another is left out: where it is written, so is the
    other ("fired from", "from"). The groups' words, then the groups, in the same order."""
    unique = list(dict.fromkeys(phrases))
    # (list comprehensions and one ranking, no generator nor search per round: the groups are made once, but inside
    # a counted run's calls)
    left = [p for p in unique if not [q for q in unique if q != p and q in p]]
    held = {w: len([p for p in left if w in p]) for w in dict.fromkeys(" ".join(left).split())
            if len(w) >= _ANCHOR_MIN and w.lower() not in STOP_WORDS}
    anchors: list[str] = []
    groups: list[tuple[str, ...]] = []
    for word in sorted(held, key=lambda w: (-held[w], -len(w))):
        group = [p for p in left if word in p]
        if len(group) < 2:
            continue  # (one phrase: looked for as itself)
        anchors.append(word)
        groups.append(tuple(group))
        left = [p for p in left if word not in p]
    anchors += left
    groups += [(p,) for p in left]
    return tuple(anchors), tuple(groups)


@lru_cache(maxsize=1)
def _grievance_words() -> tuple[str, ...] | None:
    """The grievance words (cues.yaml `grievance_before`) lower-cased, when all are ASCII: a case-blind match of
    one lies where the lowered text (`_CASE_BLIND`) holds it; None otherwise (the pattern is searched)."""
    words = tuple(cues().get("grievance_before", ()))
    return tuple(w.lower() for w in words) if all(w.isascii() for w in words) else None


@lru_cache(maxsize=1)
def _gate_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The lower-case words one of which every word keyed as a credit word holds (each key's first word), and the
    phrases one of which every match of the `designated` and of the `origin` pattern holds (the origin's "from
    the town of" holds "from")."""
    c = cues()
    return (tuple(k.split()[0] for k in credit_words() if k),
            tuple(w.lower() for w in c.get("designated_before", ())),
            (*(w.lower() for w in c.get("origin_before", ())), "from"))


# "from Gafsa to ", "from Murang'a County to ": a journey's start (a name of up to four words) just before its end
_JOURNEY = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s+to\s+(?:the\s+)?$")
# "... to Meru County (exact location not known) on Monday where they ...": the end is where things happened
_THERE_AFTER = re.compile(r"[^.;]{0,60}\bwhere\b")


def _label_written(before: str) -> bool:
    """Whether one of the coder's place labels (cues.yaml `place_label`) is in the window before a name."""
    return any(w in before for w in cues().get("place_label", ()))


# the last text read by `_written_in` and what it found: a document's names are framed one after another
_WRITTEN: tuple[str | None, tuple[str, bool, bool, bool]] = (None, ("", True, True, True))


def _written_in(text: str) -> tuple[str, bool, bool, bool]:
    """What is read once per text for every name in it: its lowered form (`_CASE_BLIND`), whether a credit word
    may be in it (`_uncredited`), and whether it holds a `designated` and an `origin` phrase (`_mention`): a
    pattern whose words the text lacks matches in no window of it. A credit word is compared by its `key`, which
    drops apostrophes; a text that is not ASCII may fold to one in other ways, and is always read run by run."""
    global _WRITTEN
    seen, found = _WRITTEN
    if seen is not text:
        # (`_CASE_BLIND` maps no ASCII character: an ASCII text, most, is only lowered, with no call per character)
        lowered = text.lower() if text.isascii() else text.translate(_CASE_BLIND).lower()
        credits, designated, origin = _gate_words()
        credited = not text.isascii() or _written(lowered.replace("'", "").replace("`", ""), credits)
        found = (lowered, credited, _written(lowered, designated), _written(lowered, origin))
        _WRITTEN = (text, found)
    return found


# Every byte that is no ASCII word character (`\w`) made a space: what splits an ASCII text's bytes into its words
# (a table of bytes: `bytes.translate` reads it with no call per character, unlike a `str.translate` table).
_NOT_WORD = bytes(b if b < 128 and (chr(b).isalnum() or b == ord("_")) else ord(" ") for b in range(256))
# the last text read by `_words_in` and its words
_WORDS: tuple[str | None, frozenset[bytes] | None] = (None, None)


def _words_in(text: str) -> frozenset[bytes] | None:
    """The words (`\\w+`) of an ASCII text, lower-cased, as bytes; None for other texts (read once per text)."""
    global _WORDS
    seen, words = _WORDS
    if seen is not text:
        words = frozenset(text.lower().encode().translate(_NOT_WORD).split()) if text.isascii() else None
        _WORDS = (text, words)
    return words


def _whole_written(lowered: str, words: frozenset[bytes] | None, phrases: tuple[str, ...]) -> bool:
    """`_written` for the phrases of a pattern that reads them as whole words (a word boundary before, spacing
    after: "\\b(?:phrases)\\s+", searched in the text from an offset, where the boundary reads the character
    before it; not in a slice): of an ASCII text (`words`, its `_words_in`), a phrase whose words are not all words
    of the text is no match, and is not looked for."""
    if words is None:
        return _written(lowered, phrases)
    for phrase, parts in _phrase_words(phrases):
        for part in parts:
            if part not in words:
                break
        else:
            if phrase in lowered:
                return True
    return False


@lru_cache(maxsize=32)
def _phrase_words(phrases: tuple[str, ...]) -> tuple[tuple[str, tuple[bytes, ...]], ...]:
    """Each phrase with its words (as `_words_in` reads them), longest first (they fail soonest); none for a phrase
    that is not ASCII, which a case-blind pattern may find in an ASCII text in other letters (the Kelvin sign's k)."""
    return tuple((phrase, tuple(sorted(phrase.lower().encode().translate(_NOT_WORD).split(), key=len, reverse=True))
                  if phrase.isascii() else ()) for phrase in dict.fromkeys(phrases))


# the last text `_mention` read and whether a coder's place label is written in it (`_label_written` of the whole
# text): no window of a text without one holds one
_LABELLED: tuple[str | None, bool] = (None, True)


@lru_cache(maxsize=1)
def _tag_words() -> tuple[str, ...]:
    """The tag words (cues.yaml `tag_list`, matched as written): a text holding none of them as a substring has no
    match of `tag_words` (a substring test per word instead of the pattern's scan of every word start)."""
    return tuple(cues().get("tag_list", ()))


# How far back (characters) the word opening a tag list is looked for.
_TAG_REACH = 200


def _in_tag_list(text: str, m: PlaceMention, tags: re.Pattern[str], ends: re.Pattern[str]) -> bool:
    """Whether a name lies in a tag list run into a lede: after a tag word (cues.yaml `tag_list`) of its sentence,
    before the lede's first small word (`tag_list_ends`: "Tags Syria Idlib Ariha Assad war Government air raids
    in a town": Idlib and Ariha are tags, what follows "in" is the lede's)."""
    start = max(0, m.start - _TAG_REACH)
    hit = max(tags.finditer(text, start, m.start), key=lambda t: t.start(), default=None)
    return hit is not None and not ends.search(text, hit.end(), m.start) \
        and not _SENTENCE_END.search(text, hit.end(), m.start)


# How far back (characters) a protest's grievance word and the place before it are looked for.
_GRIEVANCE_REACH = 300


def _after_grievance(text: str, m: PlaceMention, mentions: list[PlaceMention], grievance: re.Pattern[str]) -> bool:
    """'gathered in Nairobi, demanding the release of an MP held in Kampala': the name comes after what a protest is
    against or asks for (cues.yaml `grievance_before`), and its sentence names another place before that word."""
    start = max(0, m.start - _GRIEVANCE_REACH)
    ends = list(_SENTENCE_END.finditer(text, start, m.start))
    start = ends[-1].end() - 1 if ends else start
    hit = max(grievance.finditer(text, start, m.start), key=lambda g: g.start(), default=None)
    # the place before is one the sentence frames as the scene ("in Dhaka", "the town of X"), not a name in an
    # organisation's ("Bangladesh Students Union"), an origin ("displaced people from X") or a road's end
    return hit is not None and any(x is not m and start <= x.start and x.end <= hit.start() and x.known
                                   and (x.prep in ("in", "at") or x.cue == "settlement") for x in mentions)


def _after_motive(text: str, m: PlaceMention, motive: re.Pattern[str]) -> bool:
    """'carried out in revenge for the death of crewmen whose helicopter crashed near Saraqib': the name comes after
    what an attack avenges (cues.yaml `motive_before`) in the same sentence, with no comma or semicolon between."""
    start = max(0, m.start - _GRIEVANCE_REACH)
    ends = list(_SENTENCE_END.finditer(text, start, m.start))
    start = ends[-1].end() - 1 if ends else start
    hit = max(motive.finditer(text, start, m.start), key=lambda g: g.start(), default=None)
    return hit is not None and not _CLAUSE_BREAK.search(text, hit.end(), m.start) \
        and not _motive_end().search(text, hit.end(), m.start)


@lru_cache(maxsize=1)
def _motive_end() -> re.Pattern[str]:
    """The avenged event's noun followed by a word that starts the sentence's own clause (cues.yaml `motive_ends`,
    `motive_goes_on`)."""
    ends, goes_on = alternation(cues().get("motive_ends", ())), alternation(cues().get("motive_goes_on", ()))
    return re.compile(rf"\b(?:{ends})\s+(?!(?:{goes_on})\b)[A-Za-z]", re.I)


_CLAUSE_BREAK = re.compile(r"[,;:]")


def _same_sentence(text: str, a: PlaceMention, b: PlaceMention) -> bool:
    """No sentence ends between the two names."""
    start, end = min(a.end, b.end), max(a.start, b.start)
    return not _SENTENCE_END.search(text, start, end)


_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z0-9\[(\"“]")


_ROAD_NAME = r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,2}"
_ROAD_JOIN_BEFORE = re.compile(rf"{_ROAD_NAME}\s*[-‐–]\s*$")
_ROAD_DASHES = ("-", "‐", "–")
# The last character of the text before a name that the allegiance pattern (`[-‐–]$`) matches: its dash, or the
# newline `$` reads past
_ALLEGIANCE_LAST = "-‐–\n"


@lru_cache(maxsize=1)
def _road_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """After a name: the rest of a hyphenated road's name, then a kind of road (cues.yaml `road_after`); the first
    pattern needs another name joined after it, the second does not (the name is a later end)."""
    words = alternation(cues().get("road_after", ()))
    tail = rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{words})\b"
    return (re.compile(rf"(?:\s*[-‐–]\s*{_ROAD_NAME})+{tail}"), re.compile(rf"(?:\s*[-‐–]\s*{_ROAD_NAME})*{tail}"))


@lru_cache(maxsize=1)
def _road_named_for() -> re.Pattern[str]:
    """After a name: a kind of road right after it ("Kitui road", "Mombasa Road"; cues.yaml `road_after`)."""
    return re.compile(rf"[ \u00a0]+(?i:{alternation(cues().get('road_after', ()))})\b")


def _road_end(text: str, m: PlaceMention, word: str | None = None, firsts: frozenset[str] | None = None) -> bool:
    """'the Mombasa-Malindi road', 'Dhaka - Aricha highway', 'blocked Kitui road in Mwala': the name is one of the
    towns a road's name joins, or the one town a road is named for. `word`: `_word_after` the name, when the caller
    has it; `firsts`: the first words of the kinds of road (`_spaced_firsts`)."""
    first, later = _road_patterns()
    # (a word after one space: the joined road needs a dash there, and the road named for the name opens with a kind
    # of road: a word that opens none matches neither)
    if (not word or _may_follow(word, firsts)) and (first.match(text, m.end)
                                                    or _road_named_for().match(text, m.end)):
        return True
    # Every match of `_ROAD_JOIN_BEFORE` ends with a dash and spacing (`\s`: what str.isspace holds): a text before
    # the name not ending so is not searched (the search tries each capital of the 40 characters: most names)
    before = max(0, m.start - 40)
    return bool(text[before:m.start].rstrip().endswith(_ROAD_DASHES)
                and _ROAD_JOIN_BEFORE.search(text, before, m.start) and later.match(text, m.end))


def _country_word(surface: str, gaz: Gazetteer) -> bool:
    """A country's name or demonym ("Somalia", "Somali"), not a town's ("Isebania border town")."""
    found = gaz.country_hints().hint(surface)
    return found is not None and found[1] in ("name", "adjective")


def _match_run(text: str, run: list[_Tok], gaz: Gazetteer, focus: str | None,
               skip: Sequence[tuple[int, int]]) -> list[PlaceMention]:
    base, stop = run[0].start, run[-1].end
    # a run no skipped span overlaps holds no part that one does: the test of each part is spared
    clear = not _overlaps((base, stop), skip)
    # What a run's words say whatever surrounds them (the text from its first word to its last, which says the
    # words: joins hold no letter), read once per such text and focus (`_plain_reading`): most runs are plain
    # names, their parts read at once
    surface = text[base:stop]
    memo = gaz.run_names
    reading = memo.get((surface, focus))
    if reading is None:
        if len(memo) > _KNOWN_CACHE_SIZE:
            memo.clear()
        reading = memo[(surface, focus)] = _plain_reading(text, run, gaz, focus)
    if reading is not False:
        return _read_parts(text, run, gaz, skip, reading if clear else _run_names(text, run, gaz, focus, skip, False))
    # the first word after the first that ends a name, and (when none does) the first that is a family name: one
    # pass over the run
    ends, families = name_ends(), family_names()
    end = fam = None
    for j in range(1, len(run)):
        word = key(run[j].text)
        if word in ends:
            end = j
            break
        if fam is None and word in families:
            fam = j
    if end is not None:  # "the city of Idlib Saturday": the day told after the place is no part of its name
        return _match_run(text, run[:end], gaz, focus, skip)
    if key(run[0].text) in person_titles() and not _known(text[run[0].start:run[-1].end], gaz, focus, len(run)):
        # "Abu Maria al-Qahtani": a person, whatever villages the parts of the name recall; but "the village of Abu
        # Hamam" frames it as a place the gazetteer lacks (not "Farah Omar neighbourhood (Burco)": a name before its
        # kind is read with its holder, as the gazetteer's names are)
        settled = _cue_patterns()["settle_before"].search(text, max(0, run[0].start - 60), run[0].start)
        return _unknown_name(text, run, skip) if settled else []
    if fam is not None and not _known(text[run[0].start:run[-1].end], gaz, focus, len(run)):
        # "Raman Singh", "Punjab MP Balwinder Singh Bhunder": the person's name opens at the word before the
        # family name; what precedes it is read on its own
        return _match_run(text, run[:fam - 1], gaz, focus, skip) if fam > 1 else []
    if len(run) > 1 and key(run[-1].text) in body_words() \
            and not _known(text[run[0].start:run[-1].end], gaz, focus, len(run)):
        # "Hind Mazdoor Sabha": a body's name, whatever places its words recall; but a place's name opening it
        # ("Tamil Nadu Muslim Munnetra Kazhagam", "Members of the Salem Street Vendors Sangam"), spelled as the
        # gazetteer spells it, is where the body works (not in a name of two words: "Jubo Dal" is no Juba)
        of = max((j for j, t in enumerate(run[:-1]) if t.text == "of"), default=-1)
        body = run[of + 1:]
        for n in range(min(3, len(body) - 2), 0, -1):
            a, b = body[0].start, body[n - 1].end
            if gaz.has_key(key(text[a:b])) and _known(text[a:b], gaz, focus, n):
                return [_mention(text, a, b, True)]
        return []
    for j, tok in enumerate(run[:-1]):
        if tok.text.endswith(_POSSESSIVE) and not _known(text[run[0].start:run[j + 1].end], gaz, focus, j + 2):
            # "Phnom Penh's Chbar Ampov district": the owner and the owned are two names ("Cox's Bazar" is one)
            return _match_run(text, run[:j + 1], gaz, focus, skip) + _match_run(text, run[j + 1:], gaz, focus, skip)
        # ("Syrias": `_bare_possessive` needs a final s, tested here first: most words of a run lack one)
        owned = _match_run(text, run[j + 1:], gaz, focus, skip) \
            if tok.text.endswith("s") and _bare_possessive(tok.text, gaz) else []
        if owned:
            # "Syrias Aleppo", "Aleppos Salah Eddin": a possessive whose apostrophe the source dropped, owning a
            # place ("Russias Defence Ministry" owns none: without an apostrophe it is no sure possessive)
            before = _match_run(text, run[:j], gaz, focus, skip) if j else []
            return [*before, _mention(text, tok.start, tok.end - 1, True), *owned]
    return _read_parts(text, run, gaz, skip, _run_names(text, run, gaz, focus, skip, clear))


def _plain_reading(text: str, run: list[_Tok], gaz: Gazetteer, focus: str | None
                   ) -> tuple[tuple[int, int], ...] | Literal[False]:
    """The known names of a plain run as `_run_names` reads them clear of skipped spans; False for a run that
    `_match_run` reads otherwise: one that a day ends, a person's title or a family name opens or holds, a body's
    word closes, or a possessive splits (each test as `_match_run` makes it, the words alone deciding)."""
    ends, families = name_ends(), family_names()
    whole = text[run[0].start:run[-1].end]
    fam = False
    for j in range(1, len(run)):
        word = key(run[j].text)
        if word in ends:
            return False
        fam = fam or word in families
    if (key(run[0].text) in person_titles() or fam or (len(run) > 1 and key(run[-1].text) in body_words())) \
            and not _known(whole, gaz, focus, len(run)):
        return False
    for j, tok in enumerate(run[:-1]):
        if tok.text.endswith(_POSSESSIVE) and not _known(text[run[0].start:run[j + 1].end], gaz, focus, j + 2):
            return False
        if tok.text.endswith("s") and _bare_possessive(tok.text, gaz):
            return False
    return _run_names(text, run, gaz, focus, (), True)


def _read_parts(text: str, run: list[_Tok], gaz: Gazetteer, skip: Sequence[tuple[int, int]],
                parts: tuple[tuple[int, int], ...]) -> list[PlaceMention]:
    """`_match_run`'s mentions of a run whose known names `_run_names` read: framed and held names weighed."""
    if not parts:  # (most runs: no known name, and none of the tests below holds of no name found)
        return _unknown_name(text, run, skip)
    base = run[0].start
    found = [_mention(text, base + a, base + b, True) for a, b in parts]
    whole = (run[0].start, run[-1].end)
    # "in Sirte's District 3": a name owning the next one is whole without its "'s"
    named = (whole[0], whole[1] - 2) if run[-1].text.endswith(_POSSESSIVE) else whole
    # (`_of_known` holds only of found names and an inner "of": a run of three words at least)
    if found and len(run) > 2 and (held := _of_known(text, run, found, gaz, skip)) is not None:
        return held
    if found and (found[0].start, found[-1].end) != whole and (one := _held_name(text, run, skip)) is not None \
            and _offset_gap(whole=False).match(text[whole[1]:whole[1] + 80]):
        # "in Bali Dhiig (40km N of Y)": a known word inside a name measured from a town is not the place
        return [one]
    if not found or ((found[0].start, found[-1].end) != named and _framed(text, whole)):
        # "the village of Tell Zaghrun": a gazetteer word inside a framed name is not the place
        return _unknown_name(text, run, skip) or found
    return found


def _run_names(text: str, run: list[_Tok], gaz: Gazetteer, focus: str | None, skip: Sequence[tuple[int, int]],
               clear: bool) -> tuple[tuple[int, int], ...]:
    """The known names of a run, longest first from each word on, as offsets from the run's start: `_match_run`'s
    reading of the run's parts. `clear`: no skipped span overlaps the run."""
    found: list[tuple[int, int]] = []
    base = run[0].start
    i = 0
    remembered = gaz.known_names  # (cleared in place when full: this reference stays valid)
    heads, stops, size = name_heads(), stop_phrases(), len(run)  # (read once per run, not per part tried)
    folded = _folded_tokens(text, run)
    while i < size:
        hit = None
        a = run[i].start
        for n in range(min(_MAX_WORDS, size - i), 0, -1):
            last = run[i + n - 1]
            b = last.end
            # (a part inside the run keyed from its words' folds: `key`'s own reading of the part's text, one per
            # part, costs more than the rest of its test; the whole run and single words are keyed by `key`, whose
            # memo the run's later readers ask)
            part_key = _part_key(folded[i:i + n]) if folded is not None and 1 < n < size else None
            if n > 1 and (key(text[a:b]) if part_key is None else part_key) in stops:
                # "Lok Sabha": a body's name, no place (nor Sabha inside it), even where an actor's words
                # overlap it ("Moi University students": the students' actor holds "University")
                hit = (a, b, -n)
                break
            if last.text.lower() in _INNER or (not clear and _overlaps((a, b), skip)):
                continue
            if n == 1 and i + 1 < size and key(last.text) in heads:
                continue  # "Tal Baghdaq", "Bab Sbaa": a name the gazetteer lacks, not At Tall or al-Bab
            surface = text[a:b]
            # "Chhattisgarh's Sukma district": the owner is a name of its own; read before the word with its
            # "'s" ("Delhi's" spelled out is no look-alike of Dalhousie)
            if last.text.endswith(_POSSESSIVE) and _known(surface[:-2], gaz, focus, n):
                hit = (a, b - 2, n)
                break
            # `_known`'s memo read here first: most names a run's parts spell were asked before
            if (answer := remembered.get((surface, focus, n))) is None:
                answer = _known(surface, gaz, focus, n, part_key)
            if answer:
                hit = (a, b, n)
                break
        if hit and hit[2] < 0:
            i -= hit[2]
        elif hit:
            found.append((hit[0] - base, hit[1] - base))
            i += hit[2]
        else:
            i += 1
    return tuple(found)


def _of_known(text: str, run: list[_Tok], found: list[PlaceMention], gaz: Gazetteer,
              skip: Sequence[tuple[int, int]]) -> list[PlaceMention] | None:
    """'in Torah Garah of Arghistan district': an unknown name before "of" and a known place after it is a
    village of that place (as "Torah Garah (Arghistan)" would be): the known one is the area holding it. Not
    of a country ("at the Consumers League of Burkina Faso" is a body, not a village)."""
    of = None
    for j in range(1, len(run) - 1):  # the first inner "of" (a loop: no generator per run)
        if run[j].text == "of":
            of = j
            break
    if of is not None and found and _cue_patterns()["area_kind"].match(text, run[-1].end, run[-1].end + 40):
        # "in Khak Chopan of Maywand district": the area's kind says the name after "of" is the area; a word of
        # the village's name that a town abroad bears (Chopan, India) is no place of its own
        found = [m for m in found if m.start > run[of].start]
    if of is None or not found or found[0].start != run[of + 1].start or found[-1].end != run[-1].end \
            or any(m.start < run[of].start for m in found) or _country_word(found[0].text, gaz):
        return None
    head = _unknown_name(text, run[:of], skip) if _framed(text, (run[0].start, run[-1].end)) else []
    if not head:
        m = _mention(text, run[0].start, run[of - 1].end, False)
        k = key(m.text)
        names, common = stoplist()
        # ("in Ancient City of Aleppo", "the Old Town of X": a head ending in a word that is never a place alone
        # names a part of the place after "of", no village of it)
        if m.prep not in ("in", "at", "near") or k in names or k in common or k in STOP_WORDS \
                or key(run[of - 1].text) in common \
                or key(run[0].text) in person_titles() or _overlaps((m.start, m.end), skip):
            return None
        head = [m]
    head[0].data["held"] = True
    found[0].data["tail_of"] = head[0].start
    return [head[0], *found]


def _framed(text: str, span: tuple[int, int]) -> bool:
    return _frame(text, span[0], span[1])[0] == "settlement"


_KNOWN_CACHE_SIZE = 200_000  # names repeat across a corpus; bound the memory all the same


def _known(surface: str, gaz: Gazetteer, focus: str | None, words: int, surface_key: str | None = None) -> bool:
    """Whether a run of words names a gazetteer place (cached per gazetteer: the answer depends only on the
    words, the focus country and the gazetteer). `surface_key`: `key(surface)`, when the caller has it."""
    cache = gaz.known_names
    found = cache.get((surface, focus, words))
    if found is None:
        if len(cache) > _KNOWN_CACHE_SIZE:
            cache.clear()
        found = cache[(surface, focus, words)] = _known_uncached(surface, gaz, focus, words, surface_key)
    return found


def _known_uncached(surface: str, gaz: Gazetteer, focus: str | None, words: int, surface_key: str | None = None
                    ) -> bool:
    k = key(surface) if surface_key is None else surface_key
    names, common = stoplist()
    # an article does not make a stop word a name: "An NGO" is the word NGO, not Ngo in Congo
    if not k or k in names or ((words == 1 or " " not in k) and (k in common or k in STOP_WORDS or k in _CALENDAR)):
        return False
    if words == 1 and k in no_evidence():  # "Male nurse", "Medical Centre" (stoplist.yaml no_evidence)
        return False
    if len(k) < 2:
        return False  # a letter ("CPI (M)", "49km N of") is no place's name, whatever town lists it as one
    if words == 1 and _stop_variant(surface) and not _well_known(surface, gaz):
        return False
    if k in adjective_country():
        return False
    if gaz.has_key(k):
        return True
    if surface.isupper() and len(k) <= 5:
        return False  # an acronym ("BJP") is no spelling of a place ("Bajpe"): exact names only
    if focus is None:
        return False  # (no country: no skeleton is asked, nor made)
    # (of a key the caller made, the skeleton is made of the key: `skeleton` would key the surface again)
    skel = skeleton(surface) if surface_key is None else key_skeleton(k)
    # a skeleton alone needs three real consonants ("Ezour" and "Izra" share only ʿ-z-r)
    consonants = len(skel.replace(" ", "").replace("'", ""))
    if consonants < 3 or not gaz.has_skeleton(skel, focus):
        return False
    # No place is spelled so (`has_key` above) and one of the focus country has the skeleton: a lookup would rank
    # the focus country's look-alikes first, those it keeps (all, of a skeleton of more than three consonants; of
    # three, those spelled alike): so it is not asked, nor the look-alikes of every country made places.
    return consonants > 3 or gaz.short_look_alike(k, skel, focus)


def _folded_tokens(text: str, run: list[_Tok]) -> list[str] | None:
    """The words `key` folds of a run's words, one each, when the text is ASCII (None otherwise): a word of a run
    (`_RUN_SPLIT_ASCII`) is letters and apostrophes or backticks between them, which `key` drops, and the run's
    joins (spaces, dashes, newlines) are no letter: the key of the text of a part of the run is `_part_key` of its
    words' folds."""
    if not text.isascii():
        return None
    return [t.text.lower().replace("'", "").replace("`", "") for t in run]


def _part_key(words: list[str]) -> str:
    """`key` of a text whose folded words (`normalize._folded_words`) are `words`, none empty."""
    last = len(words) - 1
    for i in range(len(words)):
        word = words[i]
        if (i < last and word in ARTICLES) or (i > 0 and word[0] in "ae"):
            return " ".join(strip_articles(words))
    # (no article before the last word, and no word after the first that may open with a fused one: most parts, kept
    # as they are by `strip_articles`)
    return " ".join(words)


def _well_known(surface: str, gaz: Gazetteer) -> bool:
    """A country, admin1 area or city of 100,000 spelled exactly: never a look-alike of a stop word
    ("Beirut" shares its skeleton with "Party")."""
    if not _spelled(surface, gaz):
        return False  # (no exact match to find: the lookup's look-alikes by skeleton are not read)
    return any(p.match == "exact" and (p.feature in ("country", "admin1") or p.population >= 100_000)
               for p in gaz.lookup(surface, fuzzy=False, limit=5))


def _bare_possessive(word: str, gaz: Gazetteer) -> bool:
    """'Syrias': a country, region or large city with an 's' added and no apostrophe, not itself a place."""
    return len(word) > 4 and word.endswith("s") and word[0].isupper() and not word.isupper() \
        and not _spelled(word, gaz) and _well_known(word[:-1], gaz)


def _spelled(name: str, gaz: Gazetteer) -> bool:
    """Whether a place is spelled so (its key): what a lookup with no country ranks first where one is (an exact
    match before every look-alike), asked without making the places."""
    k = key(name)
    return bool(k) and gaz.has_key(k)


def _stop_variant(surface: str) -> bool:
    """A spelling of a stop word ("Mohammad" of "Mohammed"): the same skeleton and most letters alike. A skeleton
    alone is shared by too many names ("Gayeri" and "Cary", "Voi" and "View") to stop them."""
    k = key(surface)
    return any(fuzz.ratio(k, w) >= STOP_VARIANT_MIN_RATIO for w in stop_skeletons().get(skeleton(surface), ()))


# `_unknown_start` of each run's text: the words decide it, and runs repeat across a corpus
_UNKNOWN_STARTS: dict[str, int] = {}


def _unknown_name(text: str, run: list[_Tok], skip: Sequence[tuple[int, int]]) -> list[PlaceMention]:
    """A name the gazetteer lacks is still a place when a settlement or 'near' cue frames it."""
    surface = text[run[0].start:run[-1].end]
    first = _UNKNOWN_STARTS.get(surface)
    if first is None:
        if len(_UNKNOWN_STARTS) > _KNOWN_CACHE_SIZE:
            _UNKNOWN_STARTS.clear()
        first = _UNKNOWN_STARTS[surface] = _unknown_start(text, run)
    if first < 0:
        return []
    a, b = run[first].start, run[-1].end
    if _overlaps((a, b), skip):
        return []
    cue, cue_text, _ = _frame(text, a, b)
    # "between X and Y" frames actors as often as places ("clashes between HTS and ..."): not enough alone
    framed = cue == "settlement" or (cue == "near" and (cue_text or "").lower() != "between")
    return [_mention(text, a, b, False)] if framed else []


def _unknown_start(text: str, run: list[_Tok]) -> int:
    """Where the name of a run the gazetteer lacks may start (the index of its first word), by the run's words
    alone; -1 where no cue makes it a place."""
    # "the Palestinian Yarmuk camp": a people's word opening the name says whose the place is, not its name
    first = 0
    while len(run) - first > 1 and key(run[first].text) in adjective_country():
        first += 1
    if len(run) - first > _MAX_WORDS:
        return -1
    k = key(text[run[first].start:run[-1].end])
    if not k or k in stoplist()[0] or k in adjective_country() or _common_words_only(run[first:]):
        # "near the Israeli-held Golan Heights": a demonym is no unknown town; "in Syrian Kurdish city": nor are
        # demonyms and words that are never a place alone, one or several
        return -1
    return first


def _common_words_only(run: list[_Tok]) -> bool:
    """Whether every word of a name run is a word that is never a place alone (stoplist.yaml `words`) or a country's
    adjective ("Syrian Kurdish")."""
    common, adjectives = stoplist()[1], adjective_country()
    return all((k := key(t.text)) in common or k in adjectives for t in run)


def _held_name(text: str, run: list[_Tok], skip: Sequence[tuple[int, int]]) -> PlaceMention | None:
    """An unknown name after "in"/"at"/"near" that a comma or bracket follows: a place if the areas holding it
    come next ("in Ouenra (Serekale, Borgou)"); `_with_held` decides once the known names are found."""
    a, b = run[0].start, run[-1].end
    if _overlaps((a, b), skip) or len(run) > _MAX_WORDS or not _OPENS_TAIL.match(text, b):
        return None
    k = key(text[a:b])
    if not k or k in stoplist()[0] or (len(run) == 1 and k in stoplist()[1]):
        return None
    m = _mention(text, a, b, False)
    m.data["held"] = True
    # "in the vicinity of Xaaji (30km S of Y)": a name measured from a town is a place, whatever precedes it
    measured = _offset_gap(whole=False).match(text[b:b + 80]) is not None
    return m if m.prep in ("in", "at", "near") or measured else None


def _with_held(text: str, mentions: list[PlaceMention], held: list[PlaceMention]) -> list[PlaceMention]:
    """The held names that a known place follows as their area ("X, Y" / "X (Y"), among the mentions."""
    starts = sorted(m.start for m in mentions)
    kept = []
    for h in held:
        i = bisect_left(starts, h.end)
        if i < len(starts) and (_tail_gap().match(text[h.end:starts[i]]) or _offset_gap().match(text[h.end:starts[i]])):
            kept.append(h)
    return sorted(mentions + kept, key=lambda m: m.start) if kept else mentions


class _SpanIndex(Sequence[tuple[int, int]]):
    """Spans sorted by start with the running maximum of their ends: an overlap test in log time, so a
    long document with thousands of actor mentions is not quadratic."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [s for s, _ in self._spans]
        self._reach = list(itertools.accumulate((e for _, e in self._spans), max))

    def __len__(self) -> int:
        return len(self._spans)

    def __getitem__(self, i):  # type: ignore[override]
        return self._spans[i]

    def overlaps(self, span: tuple[int, int]) -> bool:
        k = bisect_left(self._starts, span[1])  # the spans starting before `span` ends
        return k > 0 and self._reach[k - 1] > span[0]


def _overlaps(span: tuple[int, int], skip: Sequence[tuple[int, int]]) -> bool:
    if isinstance(skip, _SpanIndex):  # `skip.overlaps(span)`, read here: no second call per test
        k = bisect_left(skip._starts, span[1])
        return k > 0 and skip._reach[k - 1] > span[0]
    return any(span[0] < e and s < span[1] for s, e in skip)


# ---- cues -----------------------------------------------------------------------------------------
_PREPS = ("in", "at", "near", "from", "to", "into", "outside", "inside", "around")  # recorded as a name's `prep`


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    c = cues()

    def alt(words: Iterable[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    settle, near, region, dirs = alt(c["settlement"]), alt(c["near"]), alt(c["region"]), alt(c["directions"])
    of_settle = rf"(?:(?:the|a|an)\s+)?(?:{settle})\s+of\s+(?:the\s+)?"
    # Each pattern searches back from a name: the look-aheads (what its matches begin with, then a space) change
    # no match but let the search leave most of the 60 characters at their first letters.
    heading = [*c.get("destination_before", ()), *c.get("venue_before", ())]
    first = {"near": starts_with(c["near"], r"\s"), "settle": starts_with(c["settlement"], r"\s"),
             "of_settle": starts_with(["the", "a", "an", *c["settlement"]], r"\s"),
             "region": starts_with([*c["directions"], *c["region"]], r"\s"), "prep": starts_with(_PREPS, r"\s"),
             "heading": starts_with(heading, r"\s"), "office": starts_with(c.get("office_before", ()), r"\s"),
             "outlet": starts_with(c.get("outlet_before", ()), r"\s"),
             "around": starts_with(c.get("around_before", ()), r"\s")}
    return {
        "near_before": re.compile(rf"\b{first['near']}(?P<cue>{near})\s+(?:(?:the|a)\s+)?(?:{dirs}\s+)?"
                                  rf"(?:{of_settle})?$", re.I),
        "settle_before": prefiltered(re.compile(rf"\b{first['of_settle']}{of_settle}$", re.I)),
        "plural_and": prefiltered(re.compile(
            rf"\b{first['settle']}(?:{settle})\s+of\s+(?:the\s+)?\S.*?\s+and\s+(?:the\s+)?$", re.I)),
        "region_before": re.compile(
            rf"\b{first['region']}(?:(?P<dir>{dirs})\s+)?(?:(?:{region})\s+of\s+(?:the\s+)?|(?P<dir2>{dirs})\s+)$",
            re.I),
        "settle_after": re.compile(rf"^[ \u00a0](?P<word>{settle})\b", re.I),
        # ("al-Shaafa a town on the Euphrates": the kind in apposition, its article before it)
        "settle_apposition": re.compile(
            rf"^,?[ \u00a0]an?[ \u00a0](?P<word>{alt(c.get('settlement_apposition', ()))})"
            rf"(?=[ \u00a0]*(?:{alt(w for w in c.get('settlement_apposition_next', ()) if not w.isalpha())}"
            rf"|[ \u00a0](?:{alt(w for w in c.get('settlement_apposition_next', ()) if w.isalpha())})\b))", re.I),
        "region_after": re.compile(rf"^[ \u00a0](?:{region})\b", re.I),
        # ("in western Mosul": the preposition frames the name across a direction word)
        "prep": re.compile(rf"\b{first['prep']}(?P<p>{'|'.join(_PREPS)})\s+(?:the\s+)?(?:(?:{dirs})\s+)?$", re.I),
        "attributive": re.compile(rf"[-‐–](?:{alt(c.get('attributive', ()))})\b", re.I),
        "allegiance": prefiltered(re.compile(rf"\b(?:{alt(c.get('allegiance_before', ()))})[-‐–]$", re.I)),
        "outlet": re.compile(rf"[ \u00a0](?:{alt(c.get('outlet', ()))})\b", re.I),
        "outlet_before": re.compile(rf"\b{first['outlet']}(?:{alt(c.get('outlet_before', ()))})\s+(?:the\s+)?$", re.I),
        "area_kind": re.compile(rf"[ \u00a0](?:{alt(c.get('area_kinds', ()))})\b", re.I),
        "meeting": re.compile(rf"[ \u00a0](?:{alt(c.get('meeting_after', ()))})\b", re.I),
        "office": re.compile(rf"[ \u00a0](?:{alt(c.get('office', ()))})\b", re.I),
        "office_before": re.compile(rf"\b{first['office']}(?:{alt(c.get('office_before', ()))})\s+(?:the\s+)?$", re.I),
        "landmark": re.compile(rf"[ \u00a0](?:{alt(c.get('landmark_after', ()))})\b", re.I),
        # (behind the look-ahead of their phrases, as the patterns searched back from a name: a window of up to 300
        # characters is searched, most word starts left at their first letter instead of after every phrase)
        "grievance": re.compile(rf"\b{starts_with(c.get('grievance_before', ()))}"
                                rf"(?:{alt(c.get('grievance_before', ()))})\b", re.I),
        "motive": re.compile(rf"\b{starts_with(c.get('motive_before', ()))}(?:{alt(c.get('motive_before', ()))})\b",
                             re.I),
        # (behind the look-ahead on the words' first letters: a whole text is searched, most positions left at once)
        "grievance_words": re.compile(rf"{starts_with(list(c.get('grievance_before', ())))}"
                                      rf"(?:{alt(c.get('grievance_before', ()))})", re.I),
        "bound": re.compile(rf"[-‐–](?:{alt(c.get('destination_after', ()))})\b", re.I),
        "heading": re.compile(rf"\b{first['heading']}(?:{alt(heading)})\s+(?:the\s+)?$", re.I),
        "designated": re.compile(rf"\b(?:{alt(c.get('designated_before', ()))})\s+(?:the\s+)?$", re.I),
        # (a coder's label is matched as written, capitalised: "location: unknown" in a sentence is no label)
        "label": re.compile(rf"(?:^|\s)(?:{alt(c.get('place_label', ()))})\s+$"),
        # ("from the northern towns of X": where people or fire came from, a kind of place between;
        # "positioned in the town of X": a kind of place may come between a phrase and its name too)
        "origin": prefiltered(re.compile(
            rf"\b(?:(?:{alt(c.get('origin_before', ()))})(?:\s+(?:the\s+)?(?:{settle})\s+of)?"
            rf"|from\s+(?:the\s+)?(?:(?:{dirs})\s+)?"
            rf"(?:{settle})\s+of(?:\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}}\s+and)?)"
            rf"\s+(?:the\s+)?$", re.I)),
        "city_before": re.compile(rf"\b(?:{alt(c.get('city_before', ()))})\s+(?:the\s+)?$", re.I),
        "around_before": re.compile(rf"\b{first['around']}(?:{alt(c.get('around_before', ()))})\s+(?:the\s+)?$", re.I),
        "around_after": re.compile(rf"^(?:['’]s?)?[ \u00a0]+(?:(?:{dirs})[ \u00a0]+)?"
                                   rf"(?:{alt(c.get('around_after', ()))})\b", re.I),
        # (the tag word as the outlet writes it, capitalised: "tags" in a sentence is a verb or a noun)
        "tag_list": prefiltered(re.compile(rf"\b(?:{alt(c.get('tag_list', ()))})\b")),
        # (the tag word without its closing boundary, searched once over a whole text: a name's window can end
        # inside a word, where the closing \b holds)
        "tag_words": re.compile(rf"\b(?:{alt(c.get('tag_list', ()))})"),
        "tag_end": re.compile(rf"\b(?:{alt(c.get('tag_list_ends', ()))})\b", re.I),
    }


# The cue patterns read right after a name that are one space and one of their phrases (cues.yaml), by the list of
# phrases each is made of.
_AFTER_CUES = {"settle_after": "settlement", "region_after": "region", "outlet": "outlet", "area_kind": "area_kinds",
               "meeting": "meeting_after", "office": "office", "landmark": "landmark_after"}
# the fewest characters after a name that one of them reads (`_frame`'s 30)
_AFTER_REACH = 30
_SPACE_WORD = re.compile(r" (\w*)")
# What a match of the `settle_apposition` pattern opens with (",?[ \u00a0]a", "a" case-blind: only "a" and "A" fold
# to it), and one of `around_after` (an apostrophe or spacing)
_APPOSITION_OPENINGS = tuple(comma + space + a for comma in ("", ",") for space in (" ", "\u00a0") for a in "aA")
_AROUND_OPENINGS = ("'", "’", " ", "\u00a0")
_UNREAD = "\0"  # (`_frame`'s word after the name when its caller has not read it: no word `_word_after` reads)


@lru_cache(maxsize=1)
def _after_firsts() -> dict[str, frozenset[str] | None]:
    """For each pattern of `_AFTER_CUES`, the first words (`\\w+`, lower-cased) of its phrases: in an ASCII text it
    matches after a name only where the word after the space is one of them. None where that does not hold: a
    phrase not ASCII (a case-blind pattern may find it in other letters) or not opening with a word character, or
    no phrase at all."""
    c = cues()
    return {name: _first_words(list(c.get(cue, ()))) for name, cue in _AFTER_CUES.items()}


@lru_cache(maxsize=1)
def _spaced_firsts() -> tuple[frozenset[str] | None, frozenset[str] | None, frozenset[str] | None]:
    """The first words of the border words (cues.yaml `boundary`), of the kinds of road (`road_after`) and of the
    words of kinship (`people_after`), as `_after_firsts` gives them: the boundary pattern, the road named for a name
    and the kinship pattern match after one space and a word only where the word is one of them (after a dash or
    more spacing they are asked as before)."""
    c = cues()
    return (_first_words(list(c.get("boundary", ()))), _first_words(list(c.get("road_after", ()))),
            _first_words(list(c.get("people_after", ()))))


def _first_words(phrases: list[str]) -> frozenset[str] | None:
    """The first words (`\\w+`, lower-cased) of the phrases; None where a phrase is not ASCII or does not open with
    a word character, or where there is no phrase."""
    firsts = [re.match(r"\w+", phrase.lower()) if phrase.isascii() else None for phrase in phrases]
    return frozenset(f.group() for f in firsts if f is not None) \
        if phrases and all(f is not None for f in firsts) else None


@lru_cache(maxsize=1)
def _around_firsts() -> frozenset[str] | None:
    """The first words of the phrases the `around_after` pattern may read right after a name and one space (cues.yaml
    `directions`, `around_after`), as `_after_firsts` gives them for its patterns: None where that does not hold."""
    c = cues()
    return _first_words([*c.get("directions", ()), *c.get("around_after", ())])


# the last text `_word_after` read and its answers by offset: a name's end is asked of by `_mention`, then again
# by `find_places` for the links and attributive tests (and often by `_frame` before)
_WORDS_AFTER: tuple[str | None, dict[int, str | None]] = (None, {})


def _word_after(text: str, end: int) -> str | None:
    """The word (`\\w*`, lower-cased) after a name ending at `end` and one space, within `_AFTER_REACH` characters:
    "" where no space follows; None where it cannot tell (a text not ASCII, a word running past the reach)."""
    global _WORDS_AFTER
    seen, read = _WORDS_AFTER
    if seen is not text:
        read = {}
        _WORDS_AFTER = (text, read)
    elif end in read:
        return read[end]
    word: str | None = None
    if text.isascii():
        word = _ascii_word_after(text, end)
    read[end] = word
    return word


def _ascii_word_after(text: str, end: int) -> str | None:
    """`_SPACE_WORD`'s reading after `end` in an ASCII text, read by hand (no call into `re` per name): "" where no
    space follows; the word characters after it (`\\w`: ASCII letters, digits and "_" there) up to the reach,
    lower-cased; None where they run to the reach."""
    if end >= len(text) or text[end] != " ":
        return ""
    reach = end + _AFTER_REACH
    limit = min(reach, len(text))
    at = end + 1
    while at < limit:
        c = ord(text[at])
        if not (ascii_letter(c) or 48 <= c <= 57 or c == 95):
            break
        at += 1
    return None if at == reach else text[end + 1:at].lower()


def _may_follow(word: str | None, firsts: frozenset[str] | None) -> bool:
    """Whether a pattern of `_AFTER_CUES` whose phrases open with `firsts` may match where `word` follows a name."""
    return word is None or firsts is None or word in firsts


@lru_cache(maxsize=1)
def _final_words() -> dict[str, tuple[frozenset[str], frozenset[str]] | None]:
    """The words that can end a match of each cue pattern searched before a name: those whitespace follows to the
    end of the text searched, and those that end it (a direction ending "the road south"); a text ending
    otherwise is not searched. None where some match may end in a word that is not plain ASCII letters (then
    the text is always searched)."""
    c = cues()

    def ends(spaced: list[frozenset[str] | None], bare: frozenset[str] | None = frozenset()):
        if bare is None or any(p is None for p in spaced):
            return None
        return frozenset().union(*spaced), bare  # type: ignore[arg-type]

    of_the, dirs = final_words(["of", "the"]), final_words(c["directions"])
    return {"near_before": ends([final_words(c["near"]), final_words(["the", "a"]), dirs, of_the], dirs),
            "settle_before": ends([of_the]), "plural_and": ends([final_words(["and", "the"])]),
            "region_before": ends([of_the, dirs]), "prep": ends([final_words([*_PREPS, "the"]), dirs]),
            # (these two read the last 30 characters only: `_mention` asks of those)
            "city_before": ends([final_words(c.get("city_before", ())), final_words(["the"])]),
            "around_before": ends([final_words(c.get("around_before", ())), final_words(["the"])])}


@lru_cache(maxsize=1)
def _cue_gate() -> tuple[dict[tuple[str, bool], frozenset[str]], frozenset[str]]:
    """(how a text ends (`final_word`) -> the cue patterns searched before a name that may match it; the patterns
    that may match whatever it ends with)."""
    finals = _final_words()
    always = frozenset(name for name, ends in finals.items() if ends is None)
    table: dict[tuple[str, bool], set[str]] = {}
    for name, ends in finals.items():
        for spaced, words in ((True, ends[0]), (False, ends[1])) if ends is not None else ():
            for word in words:
                table.setdefault((word, spaced), set(always)).add(name)
    return {k: frozenset(v) for k, v in table.items()}, always


def _cues_possible(before: str) -> frozenset[str]:
    """The cue patterns searched before a name that may match at the end of `before` (all when it cannot tell)."""
    ending = final_word(before)
    table, always = _cue_gate()
    return frozenset(_final_words()) if ending is None else table.get(ending, always)


def _frame(text: str, start: int, end: int, possible: frozenset[str] | None = None, word: str | None = _UNREAD
           ) -> tuple[str | None, str | None, re.Match[str] | None]:
    """The cue of a name from the words just around it (near, settlement, region or none; a "region of X" before
    it is `_mention`'s to add), the near cue's words, and the settlement word after it ("X town"): what
    `_unknown_name` and `_framed` need, without the rest of `_mention`. `possible`: `_cues_possible` of the 60
    characters before the name, when the caller has it; `word`: `_word_after` the name, when the caller has it."""
    before, after = text[max(0, start - 60):start], text[end:end + 30]
    p = _cue_patterns()
    cue = cue_text = None
    if possible is None:
        possible = _cues_possible(before)
    if "near_before" in possible and (hit := p["near_before"].search(before)) is not None:
        cue, cue_text = "near", hit.group("cue")
    elif _settle_before(before, possible):
        cue = "settlement"
    if word == _UNREAD:
        word = _word_after(text, end)
    firsts = _after_firsts()
    # (the apposition pattern opens with an optional comma, a space and the article "a": most names are followed
    # otherwise, and are not matched)
    if (settle := (p["settle_after"].match(after) if _may_follow(word, firsts["settle_after"]) else None)
            or (p["settle_apposition"].match(after) if after.startswith(_APPOSITION_OPENINGS) else None)) is not None:
        cue = cue or "settlement"
    elif _may_follow(word, firsts["region_after"]) and p["region_after"].match(after):
        cue = "region" if cue != "near" else cue  # "the town of X countryside": the area, not the town
    return cue, cue_text, settle


def _mention(text: str, start: int, end: int, known: bool) -> PlaceMention:
    global _LABELLED
    m = PlaceMention(start, end, text[start:end], known)
    before = text[max(0, start - 60):start]
    p = _cue_patterns()
    possible = _cues_possible(before)  # the same 60 characters `_frame` reads before the name
    word = _word_after(text, end)
    m.cue, cue_text, settle = _frame(text, start, end, possible, word)
    if cue_text is not None:
        m.data["cue_text"] = cue_text
    if settle is not None:
        m.city = settle.group("word").lower() == "city"
    if _may_follow(word, _after_firsts()["area_kind"]) and p["area_kind"].match(text, end, end + 40):
        m.data["area_kind"] = True  # "Kouka commune": an area's name
    seen, written = _WRITTEN  # `_written_in`'s answer for the last text read, without a call per name
    _, _, designated, origin = written if seen is text else _written_in(text)
    if designated and p["designated"].search(before[-30:]):
        m.data["designated"] = True  # "(coded as Mansila at geoprecision 2)": the place the report says it uses
    if " to " in before[-6:] and _JOURNEY.search(before) and not _THERE_AFTER.match(text, end):
        # "a march from Gafsa to Tunis": where a journey was going, told after where it set out, is not where the
        # march or the ambush on the way happened ("rode to Meru County where they lynched a thief" is)
        m.data["journey_end"] = True
    seen, labelled = _LABELLED
    if seen is not text:
        labelled = _label_written(text)
        _LABELLED = (text, labelled)
    if labelled and _label_written(before) and p["label"].search(before[-30:]):
        m.data["label"] = True  # "LOCATION: Kipkelion in Kericho District": the place of the whole note
    if origin and (hit := p["origin"].search(before[-60:])) is not None:
        m.data["origin"] = True  # "terrorists positioned in X targeted ...": where the fire came from
        if hit.group().lower().startswith("from"):
            m.data["origin_from"] = True  # "kidnapped ... from the village of X": where people were taken from
    # the cue patterns that may match the last 30 characters: those of the 60 where the 30 hold the word `final_word`
    # reads and the character before it (or, of no word, the last that is not whitespace), whose ending it reads
    # alike; else read again (a window cutting the last word may end otherwise)
    near = possible if len(before) - len(before.rstrip().rstrip(string.ascii_letters)) < 30 \
        else _cues_possible(before[-30:])
    if "city_before" in near and p["city_before"].search(before[-30:]):
        # "in and around Aleppo": the city and its edges, coded at the city (no "near", no lands around it)
        m.city, m.cue = True, None
        m.data.pop("cue_text", None)
    elif _around(text, end, before, near, word):
        m.data["around"] = True  # "outside X", "X countryside": the lands around X, not X itself
    reach = _words_before()
    if "region_before" in possible and (hit := p["region_before"].search(
            before, _last_words_from(before, reach["region_before"]))) is not None:
        m.direction = (hit.group("dir") or hit.group("dir2") or "").lower() or None
        if m.cue is None:
            m.cue = "region"
    if "prep" in possible and (hit := p["prep"].search(before, _last_words_from(before, reach["prep"]))) is not None:
        m.prep = hit.group("p").lower()
    return m


def _around(text: str, end: int, before: str, possible: frozenset[str] | None = None, word: str | None = None
            ) -> bool:
    """Whether the words around a name place the event in the lands around it ("outside X", "the X suburbs"); not
    "near X's mosque", where the possessive names a spot inside X. `possible`: `_cues_possible` of the last 30
    characters of `before`, when the caller has it; `word`: `_word_after` the name, when the caller has it."""
    p, after = _cue_patterns(), text[end:end + 40]
    # (a word after one space: the pattern matches only where it opens a direction or a phrase of its own; None or
    # "" tells nothing, the pattern then asked)
    # (no word after a single space: the pattern asked only where what follows may open a match)
    if (_may_follow(word, _around_firsts()) if word else after.startswith(_AROUND_OPENINGS)) \
            and p["around_after"].match(after):
        return True
    if possible is not None and "around_before" not in possible:
        return False
    return p["around_before"].search(before[-30:]) is not None and not after.startswith(("'s", "’s"))


def settlement_framed(text: str, start: int) -> bool:
    """Whether a name starting at `start` follows "the village of" and the like."""
    before = text[max(0, start - 60):start]
    return _settle_before(before, _cues_possible(before))


def _settle_before(before: str, possible: frozenset[str]) -> bool:
    p = _cue_patterns()
    return bool(("settle_before" in possible
                 and p["settle_before"].search(before, _last_words_from(before, _words_before()["settle_before"])))
                or ("plural_and" in possible and p["plural_and"].search(before)))


@lru_cache(maxsize=1)
def _words_before() -> dict[str, int]:
    """The most words (split at white space) a match of each of these cue patterns searched back from a name holds,
    read off their phrases (cues.yaml) as each pattern joins them: "the village of the", "southern countryside of",
    "in the western"."""
    c = cues()

    def most(phrases: Iterable[str]) -> int:
        return max((len(phrase.split()) for phrase in phrases), default=0)

    the, dirs = most(["the", "a", "an"]), most(c["directions"])
    return {"settle_before": the + most(c["settlement"]) + 2,  # (an article, the kind, "of", "the")
            "region_before": dirs + max(most(c["region"]) + 2, dirs),  # (a direction, then "region of the" or one)
            "prep": most(_PREPS) + the + dirs}


def _last_words_from(before: str, words: int) -> int:
    """An offset of `before` at or before the start of its last `words` words (split at white space, as `\\s` reads
    it): a pattern whose matches end the text and hold at most that many words (`_words_before`) finds from there
    the match it finds from the start, no match starting before (the search leaves the characters before at once)."""
    parts = before.rsplit(None, words)
    return len(parts[0]) if len(parts) > words else 0


_BETWEEN = re.compile(r"\b(?=(?-i:[bB]))between\s+(?:the\s+)?(?:\w+\s+of\s+)?$", re.I)
_DASH_GAP = re.compile(r"^\s*[-–]\s*$")
_ROAD_AFTER = re.compile(r"^\s+(?:highway|road|motorway|axis|route|railway)\b", re.I)
_AND_WORD = "and"
_AND_GAP = re.compile(rf"^\s+{_AND_WORD}\s+(?:the\s+)?(?:\w+\s+of\s+)?$", re.I)


def _link_pairs(text: str, mentions: list[PlaceMention], after: list[str | None] | None = None) -> None:
    """'between X and Y' and 'the X-Y highway': X is where the event is, near (precision 2); Y is not; nor is Y of
    "X alongside Y" (cues.yaml `landmark_link`), which says where X lies. `after`: `_word_after` each name, when the
    caller has read it."""
    for k, (x, y) in enumerate(itertools.pairwise(mentions)):
        gap = text[x.end:y.start]
        # (the landmark gap opens with spacing: a gap opening otherwise, a comma or a full stop, is not matched)
        if gap.startswith(_SPACINGS) and _landmark_gap().match(gap):
            y.secondary = True
            continue
        # (a word after one space: only "and" opens the "and" gap, and no dash the dash gap; `_gap_may_open`)
        word = after[k] if after is not None else None
        paired = (not word or word == _AND_WORD) and _AND_GAP.match(gap)
        road = not word and _DASH_GAP.match(gap) and _ROAD_AFTER.match(text[y.end:y.end + 20])
        if not (paired or road):
            continue  # (most pairs: no "between" before X is searched for)
        between = _BETWEEN.search(text[max(0, x.start - 40):x.start])
        if (between and paired) or road:
            x.cue, x.partner, y.secondary = "near", y.start, True
            x.data["cue_text"] = "between" if between else "highway"


@lru_cache(maxsize=1)
def _landmark_gap() -> re.Pattern[str]:
    """The gap of "X region alongside the Israeli-occupied Y": a place, perhaps its kind, a landmark word (cues.yaml
    `landmark_link`), perhaps "the" and one modifier, then the landmark place."""
    words = alternation(cues().get("landmark_link", ()))
    return re.compile(rf"^(?:[ \u00a0]+[a-z]+)?[ \u00a0]+(?:{words})[ \u00a0]+(?:the[ \u00a0]+)?"
                      rf"(?:[\w'’-]+[ \u00a0]+)?$")


@lru_cache(maxsize=1)
def _tail_gap() -> re.Pattern[str]:
    """The gap between a place and an area holding it: a comma or bracket, after a kind of place (cues.yaml
    `holder_kinds`: "Rajabari union, Sreepur upazila (Gazipur, Dhaka)"), and perhaps an area the gazetteer lacks
    in between ("Tiofa (Deou, Oudalan)": the commune is unknown, its province known)."""
    kinds = "|".join(re.escape(w) for w in sorted(cues()["holder_kinds"], key=len, reverse=True))
    return re.compile(rf"^(?:[ \u00a0]+(?i:{kinds}))?"
                      r"[ \u00a0]*[,(][ \u00a0]*"
                      r"(?:[A-Z][\w'’-]*(?:[ \u00a0-][A-Z][\w'’-]*){0,2}[ \u00a0]*,[ \u00a0]*)?$")


# a distance, in kilometres or miles ("190 kilometres, 120 miles southwest of": a wire's two units one after the other)
_DISTANCE = r"\d+(?:[.,]\d+)?[ \u00a0]*(?i:km|kms|kilomet(?:er|re)s?|miles?)"


@lru_cache(maxsize=2)
def _offset_gap(whole: bool = True) -> re.Pattern[str]:
    """The gap between a village and the town it is measured from: "X (approx. 50km SW of Y", "X village (12 km
    north of Y": the village lies in the area of that town."""
    kinds = "|".join(re.escape(w) for w in sorted(cues()["holder_kinds"], key=len, reverse=True))
    return re.compile(rf"^(?:[ \u00a0]+(?i:{kinds}))?[ \u00a0]*[(,][ \u00a0]*"
                      r"(?i:(?:approx(?:imately)?\.?|about|some|around|roughly|c\.)[ \u00a0]*)?"
                      rf"{_DISTANCE}(?:[ \u00a0]*[,(/][ \u00a0]*{_DISTANCE}\)?)?[ \u00a0]+"
                      r"(?:[NSEW]{1,3}|(?i:(?:north|south)(?:[ -]?(?:east|west))?|east|west)(?:ern)?)"
                      r"[ \u00a0]+(?i:of)[ \u00a0]+(?:the[ \u00a0]+)?" + ("$" if whole else ""))

_KM = re.compile(r"(\d+(?:[.,]\d+)?)[ \u00a0]*(mile)?", re.IGNORECASE)
_KM_PER_MILE = 1.609


def _km(gap: str) -> float | None:
    """The distance a village's gap to its town states ("(approx. 50km SW of": 50; "(30 miles north of": 48), in
    km: the first one where the gap gives two units."""
    found = _KM.search(gap)
    if not found:
        return None
    return float(found.group(1).replace(",", ".")) * (_KM_PER_MILE if found.group(2) else 1.0)


_DISTRICT_AFTER = re.compile(r"^[ \u00a0]+(?i:district)\b")
# After the town a village is measured from: the bracket closes (perhaps after "town" or "district").
_OFFSET_END = re.compile(r"^(?:[ \u00a0]+(?i:town|city|district))?[ \u00a0]*(?:[).;,]|$)")
_OPENS_TAIL = re.compile(r"[ \u00a0]*[,(]")
_TAIL_END = re.compile(r"^[ \u00a0]*(?:[).;]|,(?![ \u00a0]*(?:and\b|[A-Z]))|$)")


@lru_cache(maxsize=1)
def _district_gap() -> re.Pattern[str]:
    """The gap of "X sector of Y district", "X area in Y district", "X of Y district": a place and the district (or
    first-level area) holding it, perhaps after the place's kind (cues.yaml `part_kinds`)."""
    return re.compile(rf"^(?:[ \u00a0]+(?i:{alternation(cues()['part_kinds'])}))?"
                      r"[ \u00a0]+(?:of|in)[ \u00a0]+(?:the[ \u00a0]+)?$")


@lru_cache(maxsize=1)
def _quarter_gap() -> re.Pattern[str]:
    """The gap of "the Mumbai area of Yambio", "Taka village of Mutongo": a quarter or village named for the place
    holding it (cues.yaml `quarter_kinds`)."""
    return re.compile(rf"^[ \u00a0]+(?i:{alternation(cues()['quarter_kinds'])})"
                      r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$")


@lru_cache(maxsize=1)
def _admin1_after() -> re.Pattern[str]:
    """After the area holding a place, the kind of a country's first-level area ("Kara in North Darfur state":
    cues.yaml `admin1_kinds`)."""
    return re.compile(rf"^[ \u00a0]+(?i:{alternation(cues()['admin1_kinds'])})\b")


@lru_cache(maxsize=1)
def _kind_of_gap() -> re.Pattern[str]:
    """The gap of "X upazila of Y": a kind of area (cues.yaml `area_kinds`, besides "ward" and "union"), then "of"."""
    kinds = "|".join(re.escape(w) for w in sorted({*cues()["area_kinds"], "ward", "union"}, key=len, reverse=True))
    return re.compile(rf"^[ \u00a0]+(?i:{kinds})[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$")


@lru_cache(maxsize=1)
def _tail_end() -> re.Pattern[str]:
    """The end of a clause after the last area holding a place, perhaps after the area's kind ("in Bijoynagar
    area, Dhaka city, on Friday": cues.yaml `holder_kinds`)."""
    kinds = "|".join(re.escape(w) for w in sorted(cues()["holder_kinds"], key=len, reverse=True))
    return re.compile(rf"^(?:[ \u00a0]+(?i:{kinds})\b)?" + _TAIL_END.pattern.lstrip("^"))


@lru_cache(maxsize=1)
def _holding_gap() -> re.Pattern[str]:
    """The gap of "X, Y", "X (Y", "X in Y", "the X area of Y", "X neighborhood in western Y": words that put the place
    named before inside the one named after (perhaps after the place's kind, cues.yaml `holder_kinds` and
    `quarter_kinds`, and before a direction, `directions`); "X near Y", "X and Y" are not."""
    kinds = alternation(sorted({*cues()["holder_kinds"], *cues()["quarter_kinds"]}))
    dirs = alternation(cues()["directions"])
    return re.compile(rf"^(?:[ \u00a0]+(?i:{kinds}))?(?:[ \u00a0]*[,(][ \u00a0]*|[ \u00a0]+(?:of|in)[ \u00a0]+)"
                      rf"(?:the[ \u00a0]+)?(?:(?i:{dirs})[ \u00a0]+)?$")


# What the gaps `_link_tails` and `_link_holders` read open with: spacing (all of them may), or a comma or a bracket
# (the offset, tail and holding gaps)
_SPACINGS = (" ", "\u00a0")
_GAP_OPENINGS = (*_SPACINGS, ",", "(")


@lru_cache(maxsize=1)
def _gap_firsts() -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """The first words (as `_first_words` gives them) of what the gaps `_link_tails` reads open with after their
    spacing (`_district_gap`, `_quarter_gap`, `_offset_gap`, `_kind_of_gap`, `_tail_gap`: their kinds of place and
    literal words), and of what `_holding_gap` opens with: see `_gap_may_open`."""
    c = cues()
    tails = [*c["part_kinds"], "of", "in", *c["quarter_kinds"], *c["holder_kinds"], *c["area_kinds"], "ward", "union"]
    return _first_words(tails), _first_words([*c["holder_kinds"], *c["quarter_kinds"], "of", "in"])


def _gap_may_open(word: str | None, firsts: frozenset[str] | None) -> bool:
    """Whether a gap pattern may match the gap after a name, `word` being `_word_after` the name and `firsts` the
    first words of what the pattern reads after its spacing. Such a pattern (anchored at the gap's start) reads
    spacing, then punctuation or one of its words, which a non-word character follows inside the gap (the gap ends
    where the next name starts, and no gap matched is spacing alone): a gap that opens with one space and a word
    (`word` not empty) is matched only where that word is one of `firsts`."""
    return not word or firsts is None or word in firsts


# The bearings `_BEARING_GAP` reads: a word of the first ones, perhaps one of the second ones after a dash or a space
# or run into it ("north-east", "north east", "northeast"), or one of the second ones alone
_BEARING_FIRSTS, _BEARING_SECONDS = ("north", "south"), ("east", "west")
_BEARING_GAP = re.compile(rf"^[ \u00a0]+(?i:(?:{'|'.join(_BEARING_FIRSTS)})(?:[ -]?(?:{'|'.join(_BEARING_SECONDS)}))?"
                          rf"|{'|'.join(_BEARING_SECONDS)})[ \u00a0]+(?i:of)[ \u00a0]+(?:the[ \u00a0]+)?$")


@lru_cache(maxsize=1)
def _near_gap() -> re.Pattern[str]:
    """The words between a settlement and the town it is said to lie near (cues.yaml `near_link`)."""
    words = alternation(cues().get("near_link", ()))
    return re.compile(rf"^[ \u00a0]+(?i:{words})[ \u00a0]+(?:the[ \u00a0]+)?(?:(?i:town|city)[ \u00a0]+of[ \u00a0]+)?$")


def _link_bearings(text: str, mentions: list[PlaceMention], after: list[str | None] | None = None) -> None:
    """"the area of Safsafeh east of Tabqa": a place given a bearing from a town and no distance lies near that town;
    the town is read as the one it is measured from (`offset`, with no distance stated). A settlement said to lie
    near a town ("the town of Safsafah near Al Tabqah") is linked to it only as `near_of` (see
    `resolve._narrow_by_near`). `after`: `_word_after` each name, when the caller has read it."""
    firsts = _bearing_firsts()
    for k, (a, b) in enumerate(itertools.pairwise(mentions)):
        if "tail_of" in b.data or "tail_of" in a.data:
            continue
        if after is not None and not _gap_may_open(after[k], firsts):
            continue  # (the gap is not cut: a word after one space that opens neither a bearing nor a near link)
        gap = text[a.end:b.start]
        if _BEARING_GAP.match(gap):
            b.data["tail_of"] = a.start
            b.data["offset"] = True
            b.data["offset_km"] = None
        elif _near_gap().match(gap) and (a.cue == "settlement" or settlement_framed(text, a.start)):
            b.data["near_of"] = a.start


@lru_cache(maxsize=1)
def _bearing_firsts() -> frozenset[str] | None:
    """The first words (as `_first_words` gives them) that the gaps `_link_bearings` reads open with after their
    spacing: the bearings of `_BEARING_GAP` and the phrases of `_near_gap` (cues.yaml `near_link`); see
    `_gap_may_open`."""
    near = _first_words(list(cues().get("near_link", ())))
    bearings = [*_BEARING_FIRSTS, *_BEARING_SECONDS, *(a + b for a in _BEARING_FIRSTS for b in _BEARING_SECONDS)]
    return None if near is None else near | frozenset(bearings)


def _link_holders(text: str, mentions: list[PlaceMention], after: list[str | None] | None = None) -> None:
    """Each name written as holding the one before it ("the Kibanda area of Kisumu", "Kibanda (Kisumu)") knows
    that one: `holds` is its start. `after`: `_word_after` each name, when the caller has read it."""
    firsts = _gap_firsts()[1]
    for k, (a, b) in enumerate(itertools.pairwise(mentions)):
        if (after is not None and not _gap_may_open(after[k], firsts)) or not text.startswith(_GAP_OPENINGS, a.end):
            continue  # (the gap is not cut: most gaps open with a word that opens no holding gap, or with no spacing,
            # comma or bracket, with which the pattern opens)
        if _holding_gap().match(gap := text[a.end:b.start]):
            b.data["holds"] = a.start
            if not gap.strip(" ,\u00a0"):
                b.data["listed"] = True  # "Chittagong, Dinajpur": a list's next item as well as a holder


def _link_tails(text: str, mentions: list[PlaceMention], after: list[str | None] | None = None) -> None:
    """'in Watamu, Dabaso, Kilifi.' and 'in X (Y, Z)': the names after the first are the areas holding it
    (ACLED's and many agencies' way of writing a place). A list of places ('in Aleppo, Idlib and Hama') is
    not: the chain must close the clause. `after`: `_word_after` each name, when the caller has read it."""
    if len(mentions) < 2:
        return  # no pair of names: nothing to link
    # (the patterns read once, and each gap between two names cut once: a gap is often a paragraph long; a gap
    # that opens with a word opening none of the patterns is not cut, None as after the last name)
    district, quarter, offset, kind_of, tail = _district_gap(), _quarter_gap(), _offset_gap(), _kind_of_gap(), \
        _tail_gap()
    firsts = _gap_firsts()[0]
    gaps: list[str | None] = []
    for k in range(len(mentions) - 1):
        # (each pattern opens with spacing, a comma or a bracket: a gap opening otherwise, "." or "'s", is not cut)
        gaps.append(text[mentions[k].end:mentions[k + 1].start]
                    if (after is None or _gap_may_open(after[k], firsts))
                    and text.startswith(_GAP_OPENINGS, mentions[k].end) else None)
    i = 0
    while i < len(mentions):
        gap = gaps[i] if i < len(gaps) else None
        # (the district, quarter and kind-of gaps open with spacing: a gap opening with a comma or a bracket is matched
        # only by the offset and tail gaps)
        gap_spaced = gap if gap is not None and gap.startswith(_SPACINGS) else None
        if gap_spaced is not None and district.match(gap_spaced) \
                and _DISTRICT_AFTER.match(text[mentions[i + 1].end:mentions[i + 1].end + 20]):
            # "in Mandi sector of Poonch district": the place lies in the district named after it
            mentions[i + 1].data["tail_of"] = mentions[i].start
            mentions[i + 1].data["district"] = True
            i += 2
            continue
        if gap_spaced is not None and (quarter.match(gap_spaced) or (
                district.match(gap_spaced)
                and _admin1_after().match(text[mentions[i + 1].end:mentions[i + 1].end + 20]))):
            # "in Kara in North Darfur state", "in the Mumbai area of Yambio": the place lies in the province or
            # town named after it
            mentions[i + 1].data["tail_of"] = mentions[i].start
            i += 2
            continue
        if gap is not None and offset.match(gap) \
                and _OFFSET_END.match(text[mentions[i + 1].end:mentions[i + 1].end + 20]):
            # "in Qodax village (22km SE of Borama)": the place is a village near the town named after it
            mentions[i + 1].data["tail_of"] = mentions[i].start
            mentions[i + 1].data["offset"] = True
            mentions[i + 1].data["offset_km"] = _km(gap)
            i += 2
            continue
        if gap_spaced is not None and kind_of.match(gap_spaced):
            # "Kaliganj upazila of Gazipur", "Sabaki ward of Kilifi": the area named after it holds the place
            mentions[i + 1].data["tail_of"] = mentions[i].start
            i += 2
            continue
        j = i
        while j < len(gaps) and (tail_gap := gaps[j]) is not None and tail.match(tail_gap):
            j += 1
        if j > i and _tail_end().match(text[mentions[j].end:mentions[j].end + 40]):
            for m in mentions[i + 1:j + 1]:
                m.data["tail_of"] = mentions[i].start
        i = j + 1


# ---- country focus -----------------------------------------------------------------------------------
def country_focus(text: str, spans: Iterable[tuple[int, int]], default: str | None = None,
                  gaz: Gazetteer | None = None, extra: Counter[str] | None = None) -> str | None:
    """The country a document is about: its names and short forms, capitals and admin1 names (with a
    gazetteer), demonyms, and `extra` votes (actors' home countries)."""
    hints = gaz.country_hints() if gaz is not None else CountryHints()
    votes = hints.votes(text, spans, lambda at: settlement_framed(text, at))
    votes.update(extra or Counter())
    return best(votes) or default
