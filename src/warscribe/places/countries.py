"""Which country a text is about: country names and short forms, demonyms, capitals, admin1 names and actors'
home countries, counted per sentence, paragraph and document."""

from __future__ import annotations

import bisect
import itertools
import re
import string
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Final, cast

from warscribe.knowledge.patterns import alternation, fewest_words, lacks_words, repeated, starts_with, word_trie
from warscribe.places.data import (
    adjective_country,
    area_words,
    body_words,
    country_names,
    cues,
    no_evidence,
    person_titles,
    phrase_countries,
    stop_phrases,
    stoplist,
)
from warscribe.places.normalize import ARTICLES, key

if TYPE_CHECKING:
    from warscribe.places.gazetteer import Gazetteer

# How much each kind of evidence counts: a country named outright weighs most; a demonym ("Malian soldiers")
# may name the attacker's country rather than the scene's.
# A district's name counts least: many districts bear a name that is also an English word or a town's elsewhere.
WEIGHTS: Final = {"name": 3, "capital": 2, "admin1": 2, "admin2": 1, "adjective": 1, "actor": 1, "area_word": 2,
           "police": 2, "namesake": 1}
# Evidence that decides a text's country alone: a country, capital, admin1 area or area word, not a demonym or
# a district's name (weaker evidence joins the places and actors named).
STRONG: Final = 2
# A country, capital or admin1 named after "in", "at", "near", or closing a list of the areas holding a place
# ("in Savar city (Dhaka)"), is where things happen: it outweighs a country named as someone's origin ("a United
# States conservationist ... found dead in Nairobi") or a topic ("in solidarity with Palestine").
LOCATIVE_BONUS: Final = 2
_LOCATIVES = ("in", "at", "near", "outside", "inside", "around", "across")
# The look-ahead changes no match; the search from each position leaves at its first letter or two.
_LOCATIVE = re.compile(r"\b" + starts_with(_LOCATIVES, r"\s") + f"(?:{'|'.join(_LOCATIVES)})" + r"\s+(?:the\s+)?$",
                       re.IGNORECASE)
# A country named as where people came from ("a militia from Somalia attacked ...") says as little of the scene as
# a demonym: it weighs as one.
_ORIGIN = re.compile(r"\bfrom\s+(?:the\s+)?(?:neighbou?ring\s+)?$", re.IGNORECASE)
# The words (lower case) that a match of `_LOCATIVE`, `_ORIGIN` or `_COMPASS` can end in (`_may_end`)
_LOCATIVE_ENDS = frozenset({*_LOCATIVES, "the"})
_ORIGIN_ENDS = frozenset({"from", "the", "neighbouring", "neighboring"})
_MAX_WORDS: Final = 6
# Between a place and the area named as holding it: "Kara, North Darfur", "Kara in North Darfur", "Kara (Y)".
_HOLDING_GAP = re.compile(r"[ \u00a0]*(?:[,(]|[ \u00a0]in(?:[ \u00a0]+the)?)[ \u00a0]*")
_COMPASS_WORDS = ("East", "West", "North", "South")
_COMPASS = re.compile(rf"\b(?:{'|'.join(_COMPASS_WORDS)})\s$")
_COMPASS_ENDS = frozenset(w.lower() for w in _COMPASS_WORDS)
# A capitalised word, or one of the small words inside names ("Democratic Republic of the Congo", "Côte d'Ivoire").
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_INNER: Final = frozenset({"of", "the", "and", "d'", "de", "du", "del", "al", "el"})


def _name_split_pattern(letter: str, goes_on: str, other: str) -> re.Pattern[str]:
    """The pattern of `name_words` over the given classes of letters, of characters that continue a word and of the
    other characters: what a match skips as one group, the word (or nothing, at the end) as another."""
    inner = "(?i:" + word_trie(sorted(_INNER), fold=True) + ")"
    skip = repeated(rf"{other}|(?!{inner}(?!{goes_on}))[a-z]{goes_on}*+")
    return re.compile(rf"({skip})({letter}{goes_on}*+|\Z)")


# The words of `_WORD` that can be (part of) a name: each match skips what lies before such a word (characters
# that are no letter, and whole words starting with a-z that are not inner ones) and reads it, or reads nothing at
# the end. Words left out can only end a name, and the text between their neighbours (holding their letters)
# ends it as well. Skipping inside one match never starts a word in the middle of another (the skipped words
# are read whole: possessive), as a new search from the next character would. (The inner words as a trie: the same
# strings, each lower-case word's start tested at once.) Each match starts where the one before ended (what is
# skipped runs up to a word or the end), so `findall`'s strings tell each word's offsets, with no match object per
# word. Over ASCII text (most texts; `str.isascii` reads a flag) the classes are plain ASCII ones, the same
# characters there, which `re` tests by a bitmap instead of a Unicode category call per character.
_NAME_SPLIT: Final = _name_split_pattern(r"[^\W\d_]", r"[\w'’.-]", r"[\W\d_]")
_NAME_SPLIT_ASCII: Final = _name_split_pattern("[A-Za-z]", "[A-Za-z0-9_'.-]", "[^A-Za-z]")


def _read_split_pattern(letter: str, goes_on: str, other: str) -> re.Pattern[str]:
    """The pattern of `_read_words`: that of `_name_split_pattern`, but an inner word is read only where it may go
    on the name of the word read before it (right after it, or after one space or hyphen: `_REACH_GAPS`); anywhere
    else it is skipped as the other words starting with a-z are."""
    inner = "(?i:" + word_trie(sorted(_INNER), fold=True) + ")"
    # (what is skipped read as the other characters and then each word starting with a-z with the other characters
    # after it: one turn of the loop per word, not per character, and no test of the inner words in each turn)
    return re.compile(rf"([ \-]?(?={inner}(?!{goes_on}))|{other}*+" + repeated(rf"[a-z]{goes_on}*+{other}*+") + ")"
                      rf"({letter}{goes_on}*+|\Z)")


# The split of `_read_words` over a text that is not ASCII (an ASCII one is read by `_ascii_read_words`)
_READ_SPLIT: Final = _read_split_pattern(r"[^\W\d_]", r"[\w'’.-]", r"[\W\d_]")
# Over an ASCII text `_read_words` finds the same words from a cheaper split (`_ascii_read_words`): each match skips
# the characters up to a capital letter (one class test per character: no loop per lower-case word, nor a test of
# the inner words at each) and reads the characters from it that go on a word; a capital that lies inside a word
# (after a letter, or after a letter and characters that go on a word) is told by hand, and the inner words read
# after a word by hand. Nothing read at the end.
_ASCII_CAPITAL_SPLIT: Final = re.compile(r"([^A-Z]*+)([A-Z][A-Za-z0-9_'.\-]*+|\Z)")
# the characters besides letters that go on a word (ASCII), and the first letters of the inner words
_ASCII_GOES_ON_MARKS: Final = frozenset("0123456789_'.-")
_INNER_FIRSTS: Final = frozenset(w[0] for w in _INNER) | frozenset(w[0].upper() for w in _INNER)
_INNER_LONGEST: Final = max(len(w) for w in _INNER)
# (the same words as one pattern read by match objects, the word as group "w": the definition the tests hold the
# splits to)
_NAME_WORD = re.compile(repeated(r"[\W\d_]|(?!(?i:" + word_trie(sorted(_INNER), fold=True)
                                 + r")(?![\w'’.-]))[a-z][\w'’.-]*+") + r"(?:(?P<w>[^\W\d_][\w'’.-]*+)|\Z)")
# A character that continues a word of `_WORD`: where such characters lie on both sides of a span's end, the span's
# words may not be those of the whole text cut at the span. (`_inside_word` tests the same characters with str
# methods: `\w` is what str.isalnum() holds, and the underscore.)
_GOES_ON = re.compile(r"[\w'’.-]")
_GOES_ON_MARKS: Final = frozenset("_'’.-")
# Two such characters in a row: one match at the character before an offset says what `_inside_word` says of it
# (the offset strictly inside the text). (The tests' reference: `_span_range` asks `_inside_word`, a compiled call
# with no regex call.)
_GOES_ON_PAIR: Final = re.compile(r"[\w'’.-]{2}")
_MEMO_SIZE: Final = 100_000  # surfaces remembered by CountryHints.hint; names repeat across a corpus
# The bits of `CountryHints._marks`
_TITLE: Final = 1
_BODY: Final = 2
_OPENS: Final = 4


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    from warscribe.places.world import capitals

    names, _ = stoplist()
    out: dict[str, str] = {}
    for cc, name in capitals().items():
        k = key(name)
        if k and k not in names and k not in no_evidence():  # "Male nurse killed": no evidence of the Maldives
            out[k] = cc
    return out


@lru_cache(maxsize=1)
def _own_names() -> dict[str, str]:
    return {key(n): cc for cc, ns in country_names()[0].items() for n in ns}


@lru_cache(maxsize=1)
def boundary_pattern() -> re.Pattern[str]:
    """What follows a name that names one side of a border ("the Somali border", "the Kenya-Somalia border",
    cues.yaml `boundary`): matched at the name's end."""
    words = "|".join(re.escape(w) for w in sorted(cues().get("boundary", ()), key=len, reverse=True))
    # "the Syrian border town of Kobani" is a town of that country, by its border: still a vote
    towns = "|".join(re.escape(w) for w in sorted(cues().get("settlement", ()), key=len, reverse=True))
    return re.compile(rf"(?:[-‐–/][^\W\d_][\w'’]*)*[ \u00a0]+(?:{words})\b(?![ \u00a0]+(?:{towns})\b)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _border_before() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(cues().get("boundary", ()), key=len, reverse=True))
    # (the look-ahead changes no match: the search leaves most of the 30 characters at their first letter)
    return re.compile(rf"\b{starts_with(cues().get('boundary', ()))}(?:{words})[ \u00a0]+(?:with|of|between)[ \u00a0]+"
                      r"(?:the[ \u00a0]+)?$", re.IGNORECASE)


# The words a match of `_border_before` ends in (lower case)
_BORDER_ENDS = frozenset({"with", "of", "between", "the"})


def border_before(text: str, start: int) -> bool:
    """Whether a name starting at `start` follows "the border with" ("near the border with Mali", "the crossing
    between Turkey and Idlib"): one side of a border (cues.yaml `boundary`)."""
    return _border_before_read(text, start, final_word(text[max(0, start - 30):start]))


def _border_before_read(text: str, start: int, ending: tuple[str, bool] | None) -> bool:
    """`border_before` where the caller has `final_word` of the same 30 characters before the name (`ending`):
    no slice read again."""
    # every match lies in the 30 characters and ends in one of its last words and whitespace: a text ending in
    # another word is not searched (most names)
    if ending is not None and not (ending[1] and ending[0] in _BORDER_ENDS):
        return False
    return _border_before().search(text, max(0, start - 30), start) is not None


# A run of ASCII word characters (what `\w+` reads of an ASCII text)
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")


@lru_cache(maxsize=1)
def _boundary_firsts() -> frozenset[str] | None:
    """The first words (`\\w+`, lower case) of the border words (cues.yaml `boundary`): after a name, one space and
    a word that opens none of them, `boundary_pattern` does not match. None where a word is not ASCII or does not
    open with a word character (or there is none)."""
    firsts = [re.match(r"\w+", w.lower()) if w.isascii() else None for w in cues().get("boundary", ())]
    if not firsts or any(f is None for f in firsts):
        return None
    return frozenset(f.group() for f in firsts if f is not None)


def may_border_after(text: str, end: int) -> bool:
    """Whether `boundary_pattern` may match at `end`: False where an ASCII text has one space there and then a
    word (ASCII letters, digits, "_", lower-cased) that opens no border word (`_boundary_firsts`); the pattern's
    spacing then takes that one space, and its words must open with that whole word. True where it cannot tell."""
    firsts = _boundary_firsts()
    if firsts is None or not text.isascii() or not text.startswith(" ", end):
        return True
    word = _ASCII_WORD.match(text, end + 1)
    # (no word character after the space: more spacing, a dash or the end; the pattern is asked)
    return word is None or word.group().lower() in firsts


def final_word(before: str) -> tuple[str, bool] | None:
    """The word of ASCII letters ending `before` but for whitespace (lower case; "" for none) and whether
    whitespace follows it; None when it cannot tell (a character that is not ASCII, which a case-blind match
    may fold)."""
    tail = before.rstrip()
    n, i = len(tail), len(tail.rstrip(string.ascii_letters))  # the ASCII letters ending it start at i
    if i == n:
        if n and not tail[-1].isascii():
            return None
        return "", n < len(before)
    if i and not tail[i - 1].isascii():
        return None
    return tail[i:].lower(), n < len(before)


def final_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """The lower-case words `final_word` reads at the end of the phrases (a word's letters after its last hyphen:
    "north-west" ends in "west"); None where one is not plain ASCII letters."""
    out = {w.split()[-1].rsplit("-", 1)[-1].lower() for w in phrases if w.split()}
    return frozenset(out) if all(w.isascii() and w.isalpha() for w in out) else None


class CountryHints:
    """Looks up the country evidence in a stretch of text; built once per gazetteer."""

    def __init__(self, gaz: Gazetteer | None = None) -> None:
        countries, admin1, admin2 = gaz.country_tables() if gaz is not None else ({}, {}, {})
        self._gaz = gaz
        self.names = dict(countries)
        self.names.update(_own_names())
        self.adjectives = adjective_country()
        self.capitals = _capitals()
        self.admin1 = admin1
        common = stoplist()[1] | no_evidence()
        # An admin1 name that is also a country's name or a common word says nothing by itself
        self.admin1 = {k: v for k, v in self.admin1.items() if len(v) == 1 and k not in self.names
                       and k not in common and len(k) >= 4}
        # One that a larger city abroad bears ("Beni": a department of Bolivia, a city of Congo) weighs as a
        # district's name: it decides only with the places and actors named
        shared = gaz.admin1_namesakes() if gaz is not None else frozenset()
        self.namesakes = {k: next(iter(self.admin1.pop(k))) for k in shared if k in self.admin1}
        # A district's name that no place of another country bears ("Oudalan", "Tarbaj")
        self.admin2 = {k: v for k, v in admin2.items()
                       if k not in self.names and k not in common and k not in self.admin1 and len(k) >= 4}
        words = area_words()
        self.area_words = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                                     + r")\b", re.IGNORECASE) if words else None
        # Whether a text may hold an area word at all: every match of `area_words` in a span of the text holds an
        # area word as written (`lacks_words`), and begins a match of `_area_any` in the whole text (the word's
        # letters, after the same boundary); a text with neither is not searched span by span.
        self._area_list = tuple(sorted(words))
        # (the same test by the words holding no other: a text holds one of the list exactly when it holds one of
        # these, "taluk" wherever "taluka" is; fewer substring tests of each document)
        self._area_fewest = tuple(fewest_words(self._area_list))
        self._area_any = re.compile(r"\b" + word_trie(self._area_list), re.IGNORECASE) if words else None
        self._area_country = words
        self._kinds = self._kinds_of_keys()
        # The first words of the keys a reading of several words may find (`_marks`)
        self._first_keys = first_key_words([*self._kinds, *stop_phrases()])
        # what is remembered between calls: the hint of each surface (`hint`); the last text read and the words
        # of it a reading may take, their starts and reach (`_span_range`); whether that text may hold an area
        # word (`votes`); the stretches that read nothing and what each surface reads (`_read_at`)
        self._memo: dict[str, tuple[str, str] | None] = {}
        self._read: tuple[str, list[tuple[int, int, str]], list[int], list[int]] | None = None
        self._area_seen: tuple[str, bool] | None = None
        self._blank: set[str] | None = None
        self._readings: dict[str, tuple[tuple[str, str] | None, tuple[tuple[str, int], ...] | str | None]] | None \
            = None
        self._marks_of: dict[str, int] = {}

    def _bare_possessive(self, stem: str) -> tuple[str, str] | None:
        owner = self.hint(stem)
        if owner is None or owner[1] != "admin1" or self._gaz is None:
            return None
        big = any(p.match == "exact" and p.country == owner[0] and p.population >= 100_000
                  for p in self._gaz.lookup(stem, fuzzy=False, limit=5))
        return owner if big else None

    def _phrase_vote(self, surface: str) -> tuple[tuple[str, int], ...]:
        """The vote of a stop phrase that one country keeps ("Kashmir Day": Pakistan), weighed as its name."""
        country = phrase_countries().get(key(surface))
        code = self.names.get(key(country)) if country else None
        return ((code, WEIGHTS["name"]),) if code else ()

    def hint(self, surface: str) -> tuple[str, str] | None:
        """(country, kind of evidence) that a name gives, if any (remembered per surface: a document's
        capitalised words are looked up for every sentence and again for the whole text)."""
        memo = self._memo
        if surface in memo:
            return memo[surface]
        if len(memo) > _MEMO_SIZE:
            memo.clear()
        found = memo[surface] = self._hint(surface)
        return found

    def _hint(self, surface: str) -> tuple[str, str] | None:
        k = key(surface)
        if not k:
            return None
        return self._kinds.get(k)

    def _marks(self, word: str) -> int:
        """What `_read_at` asks of a word by its key, as bits: a person's title or given name (`_TITLE`), a word
        closing a body's name (`_BODY`), and whether a surface of several words starting with it may give a hint or
        a stop phrase's votes (`_OPENS`: its key may be a key of `_kinds` or of `stop_phrases`; most surfaces of
        several words, a person's or a body's name, are in no table). Remembered per word: one lookup instead of a
        key and a table for each question, and no surface of several words folded where the word opens none."""
        marks_of = self._marks_of
        found = marks_of.get(word)
        if found is None:
            if len(marks_of) > _MEMO_SIZE:
                marks_of.clear()
            k = key(word)
            found = marks_of[word] = ((_TITLE if k in person_titles() else 0) | (_BODY if k in body_words() else 0)
                                      | (_OPENS if may_open(k, self._first_keys) else 0))
        return found

    def _kinds_of_keys(self) -> dict[str, tuple[str, str]]:
        """What `_hint` reads of each key: the first table holding it (names, demonyms, capitals, admin1 areas,
        namesakes, districts) gives its country and kind, an area's first country for a set; one lookup per key
        instead of one per table."""
        kinds: dict[str, tuple[str, str]] = {}
        # (the tables written last first: a key in an earlier table overwrites what a later one gave)
        for k, countries in self.admin2.items():
            kinds[k] = (next(iter(countries)), "admin2")
        for k, country in self.namesakes.items():
            kinds[k] = (country, "namesake")
        for k, countries in self.admin1.items():
            kinds[k] = (next(iter(countries)), "admin1")
        for k, country in self.capitals.items():
            kinds[k] = (country, "capital")
        for k, country in self.adjectives.items():
            kinds[k] = (country, "adjective")
        for k, country in self.names.items():
            kinds[k] = (country, "name")
        return kinds

    def _span_range(self, text: str, start: int, end: int) -> tuple[list[tuple[int, int, str]], list[int], int, int]:
        """The words of text[start:end] that a reading may take and their reach, as lists and the range [lo, hi) of
        them that lies in the span (a word's reach cut at hi by its reader): the whole text's `_read_words` (kept
        for the last text read) where no word crosses either end of the span, with no list cut for each span;
        else the span's own `name_words`."""
        read = self._read
        if read is None or read[0] is not text:
            read = self._read = _read_words(text)
        if _inside_word(text, start) or _inside_word(text, end):
            # (a word crossing an end cuts the span's words apart from the text's: read from the span itself)
            words = name_words(text, start, end)
            return words, _reach(text, words), 0, len(words)
        starts = read[2]
        return read[1], read[3], bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)

    def votes(self, text: str, spans: Iterable[tuple[int, int]],
              ignore: Callable[[int], bool] | None = None,
              known: dict[tuple[int, int, int, int], tuple[int, tuple[tuple[str, int], ...]]] | None = None,
              victims: bool = False) -> Counter[str]:
        """Weighted country evidence in the spans of `text`: the longest name at each capitalised word; a country
        name starting where `ignore` says ("the village of Benin") is none. `known`: what was read at each word,
        kept by a caller that counts the same text again with the same `ignore` (a document's votes, then each
        sentence's): a word is read again only where the span changes what it reads."""
        votes: Counter[str] = Counter()
        self.count_into(votes, text, spans, ignore, known, victims)
        return votes

    def count_into(self, votes: dict[str, int], text: str, spans: Iterable[tuple[int, int]],
                   ignore: Callable[[int], bool] | None = None,
                   known: dict[tuple[int, int, int, int], tuple[int, tuple[tuple[str, int], ...]]] | None = None,
                   victims: bool = False) -> None:
        """`votes` counted into a dict the caller holds: a plain one where many spans are counted apart (a
        document's sentences), with no Counter built for each."""
        area = self.area_words
        if area is not None:
            seen = self._area_seen
            if seen is None or seen[0] is not text:  # kept for the last text read, as `_read`
                seen = self._area_seen = (text, not lacks_words(text, self._area_fewest)
                                          and self._area_any.search(text) is not None)  # type: ignore[union-attr]
                # (`_area_any` is set whenever `area_words` is)
            if not seen[1]:
                area = None
        # (`victims`: a demonym before a victim noun counts too, the last resort when nothing else names a country;
        # passed down to each read, not bound once in a partial: a compiled call to the method is direct)
        for s, e in spans:
            # (the span's words as a range of the text's: no lists cut for each span)
            words, reach, lo, hi = self._span_range(text, s, e)
            i = lo
            held: tuple[int, int, tuple[tuple[str, int], ...]] | None = None  # the last name read that voted
            while i < hi:
                word = words[i]
                if not word[2][0].isupper():
                    i += 1
                    continue
                if known is None:
                    step, found = self._read_at(text, words, reach, i, s, ignore, victims, lo, hi)
                else:
                    # A span changes what is read at a word only by how far the words from it reach (and where
                    # the last ends: a span's end may cut a word) and where the 12 characters read before it begin.
                    r, before = reach[i], word[0] - 12
                    if r > hi - i:
                        r = hi - i  # (a run of joined words ends at the span's end)
                    at = (word[0], r, words[i + r - 1][1], before if before > s else s)
                    read = known.get(at)
                    if read is None:
                        read = known[at] = self._read_at(text, words, reach, i, s, ignore, victims, lo, hi)
                    step, found = read
                if found:
                    end = words[i + step - 1][1]
                    if held is not None and self._holds(text, held, word[0], end, found[0][0]):
                        # "in Kara, North Darfur": the area named as holding a place says its country; the
                        # place's own reading abroad (Kara, Togo) is another place of that name
                        for country, weight in held[2]:
                            votes[country] -= weight
                            if votes[country] <= 0:
                                del votes[country]
                    held = (word[0], end, found)
                for country, weight in found:
                    # (a country's first vote read as `get` gives it: no call of Counter's `__missing__`)
                    votes[country] = votes.get(country, 0) + weight
                i += step
            if area is not None:
                for m in area.finditer(text, s, e):
                    country = self._area_country[m.group().lower()]
                    votes[country] = votes.get(country, 0) + WEIGHTS["area_word"]

    def _holds(self, text: str, head: tuple[int, int, tuple[tuple[str, int], ...]], start: int, end: int,
               country: str) -> bool:
        """Whether the name at text[start:end], read for `country`, is an area named as holding the name before it
        (`head`: its span and votes) in another country: "Kara, North Darfur", "Kara in North Darfur state". The
        area is a country or an admin1 area; the place before it a town-like name (an admin1, capital or district
        name), not a country ("in Kenya, Somalia")."""
        if country in {c for c, _ in head[2]} or not _HOLDING_GAP.fullmatch(text, head[1], start):
            return False
        area, place = self.hint(text[start:end].rstrip(".’'")), self.hint(text[head[0]:head[1]].rstrip(".’'"))
        return area is not None and area[1] in ("admin1", "name") and place is not None \
            and place[1] in ("admin1", "capital", "namesake", "admin2")

    def _surface_reading(self, surface: str, n: int
                         ) -> tuple[tuple[str, str] | None, tuple[tuple[str, int], ...] | str | None]:
        """What `_read_at` reads of a surface of n words whatever text surrounds it: the hint it gives (of one
        word, perhaps as a bare possessive), None where it gives none; then, of several words, the votes of a stop
        phrase (None where it is none), of one word giving no hint, the country whose name it is the possessive
        of (`_owner_named`), which votes where a kind of place follows it."""
        if n > 1:
            if key(surface) in stop_phrases():
                return None, self._phrase_vote(surface)
            return self.hint(surface), None
        found = self.hint(surface)
        if found is None and len(surface) > 4 and surface.endswith("s") and surface.isalpha():
            # "Aleppos Salah Eddin": the possessive of a province named after its large city, whose
            # apostrophe the source dropped ("St Pauls" is no Paul, Cape Verde)
            found = self._bare_possessive(surface[:-1])
        return found, (None if found is not None else self._owner_named(surface))

    def _owner_named(self, surface: str) -> str | None:
        """The country whose possessive `surface` may be ("Syria's", "Syrias" where a feed drops apostrophes): it
        owns a place where a kind of place follows (`_place_after`, read by `_read_at`)."""
        if surface.endswith(("'s", "’s")):
            stem = surface[:-2]
        elif len(surface) > 4 and surface.endswith("s") and surface.isalpha():
            stem = surface[:-1]
        else:
            return None
        owner = self.hint(stem)
        return owner[0] if owner is not None and owner[1] == "name" else None

    def _read_at(self, text: str, words: list[tuple[int, int, str]], reach: list[int], i: int, s: int,
                 ignore: Callable[[int], bool] | None, victims: bool = False, lo: int = 0, hi: int = -1
                 ) -> tuple[int, tuple[tuple[str, int], ...]]:
        """The name read at capitalised word i of a span starting at `s`: how many words it takes, and the
        (country, weight) votes it gives, in the order given. The span's words are words[lo:hi] (hi < 0: to the
        end), each word's reach cut at hi."""
        # The words from i that the reading may take, as written: most such stretches read nothing wherever they
        # stand (`_blank`), which one set lookup tells (the words of a name are joined by single spaces, so the
        # stretch alone says which surfaces are read of it)
        if hi < 0:
            hi = len(words)
        # (`min` of three, as two tests: compiled, no call of the builtin)
        r = reach[i]
        if r > hi - i:
            r = hi - i  # (a run of joined words ends at the span's end)
        top = r if r < _MAX_WORDS else _MAX_WORDS
        # (a stretch of one word is the word as read, the same characters: no slice of the text made for it)
        stretch = words[i][2] if top == 1 else text[words[i][0]:words[i + top - 1][1]]
        blank = self._blank
        if blank is None or len(blank) > _MEMO_SIZE:
            blank = self._blank = set()
        if stretch in blank:
            return 1, ()
        # (what the word's key says, asked where a question needs it, as before: -1 where not asked yet)
        marks = self._marks(words[i][2]) if r > 1 else -1
        if r > 1 and marks & _TITLE and words[i + 1][2][0].isupper() \
                and self.hint(text[words[i][0]:words[i + r - 1][1]]) is None:
            return r, ()  # "Virginia Nyaiko", "Governor Jack": a person's name, not Virginia's state
        # (the word before in the span: a reach past it holds past the cut at hi)
        if i > lo and reach[i - 1] > 1 and words[i - 1][2][0].isupper():
            if marks < 0:
                marks = self._marks(words[i][2])
            if marks & _BODY:
                return 1, ()  # "Hind Mazdoor Sabha": the word closing a body's name is no Sabha, Libya
        # what a surface says wherever it stands, read from the tables once per surface (`_surface_reading`):
        # most names are read again (by each sentence, then by the document, and in the next documents)
        readings = self._readings
        if readings is None or len(readings) > _MEMO_SIZE:
            readings = self._readings = {}
        nothing = True  # every surface read so far gives no hint and no vote of its own
        # (a first word that opens no key of several words: its surfaces of several words read nothing, and only
        # the word itself is read)
        for n in range(top if top == 1 or marks & _OPENS else 1, 0, -1):
            last = words[i + n - 1]
            if not last[2][0].isupper():
                continue
            surface = text[words[i][0]:last[1]].rstrip(".’'")
            # (a surface of one word holds none of the characters that join the words of a longer one: the two
            # kinds never share a surface, and one table holds both)
            reading = readings.get(surface)
            if reading is None:
                reading = readings[surface] = self._surface_reading(surface, n)
            found, said = reading
            if found is not None or said is not None:
                nothing = False
            if n > 1 and said is not None:
                # "Lok Sabha": a body's name, no evidence of a country; "Kashmir Day", a day one country keeps
                # (of several words, what is said is a stop phrase's votes)
                return n, cast(tuple[tuple[str, int], ...], said)
            if found is None and said is not None and _place_after().match(text, last[1]):
                # "Syria's northern town of X", "Syrias Idlib province": where things happen, as "in northern Syria"
                # (of one word giving no hint, what is said is the country it is the possessive of)
                owner = cast(str, said)
                return n, ((owner, WEIGHTS["name"]), (owner, LOCATIVE_BONUS))
            if found is None:
                continue
            return self._in_context(text, words, i, n, s, found, ignore, victims)
        if nothing and not (r > 1 and marks & _TITLE):
            # (a stretch opened by a person's title may read as a name of several words: never remembered)
            blank.add(stretch)
        return 1, ()

    def _in_context(self, text: str, words: list[tuple[int, int, str]], i: int, n: int, s: int,
                    found: tuple[str, str], ignore: Callable[[int], bool] | None, victims: bool
                    ) -> tuple[int, tuple[tuple[str, int], ...]]:
        """What the name of n words from word i, giving `found` from the tables, votes where it stands (in a span
        starting at `s`): `_read_at` once the tables gave a hint."""
        start, end = words[i][0], words[i + n - 1][1]
        if found[1] == "name" and ignore is not None and ignore(start):
            return n, ()
        # The word ending the 30 characters before the name (`final_word`): each pattern below searched in them (or
        # in their last 12 or 20) ends in one of a few words and whitespace, and is not searched where another ends
        # them (most names). (A shorter stretch ends in the same word or a part of it, which no match reads whole.)
        ending = final_word(text[max(s, start - 30):start])
        if found[1] == "name" and _may_end(ending, _status_ends()) \
                and _status_before().search(text, max(s, start - 30), start):
            return n, ()  # "Daesh (outlawed in Russia)": where a law holds, not the scene
        # (the border test after the name asked only where the word after it may open a border word; the one
        # before it reads `ending` again where the span cuts no character of the 30 before the name)
        if found[1] in ("name", "adjective") and (
                (may_border_after(text, end) and boundary_pattern().match(text, end))
                or (_border_before_read(text, start, ending) if s <= max(0, start - 30)
                    else border_before(text, start))):
            # "near the Somali border", "near the border with Mali": where the border is, not the country of
            # the scene
            return n, ()
        if found[1] == "adjective" and not victims and _victim_after().match(text, end):
            return n, ()  # "two Russian medics were wounded": whence the victims came, not the scene
        if found[1] == "admin1" and _within_after().match(text, end):
            return n, ()  # "Salah Eddin neighbourhood": a quarter of a city that shares a province's name
        before = text[max(s, start - 12):start]
        if found[1] == "admin2" and (not _listed(before, ending) or text[start:end].isupper()):
            return n, ()  # a district's name counts where it is written as an area: "in X", "(X, Y)"
        if found[1] == "capital" and _may_end(ending, _COMPASS_ENDS) and _COMPASS.search(before):
            return n, ()  # "East London": another town than the capital the word names
        if found[1] in ("name", "capital") and _may_end(ending, _ORIGIN_ENDS) and _ORIGIN.search(before):
            found = (found[0], "adjective")  # "raiders from Somalia": whence, like "Somali"
        if found[1] not in ("adjective", "admin2", "namesake") and (
                _listed(before, ending)
                or (found[1] == "name" and _may_end(ending, _direction_ends())
                    and _directed(text, max(s, start - 20), start))):
            # "in X", X closing a list of areas "(Y, X)", or a part of a country ("in northwest Syria",
            # "northern Iraq"): where things happen
            return n, ((found[0], WEIGHTS[found[1]]), (found[0], LOCATIVE_BONUS))
        return n, ((found[0], WEIGHTS[found[1]]),)


def _may_end(ending: tuple[str, bool] | None, words: frozenset[str] | None) -> bool:
    """Whether a pattern every match of which ends in one of `words` (lower case) and whitespace, at the end of the
    text searched, may match where `final_word` read `ending` (None: it could not tell; `words` None: any word)."""
    return ending is None or words is None or (ending[1] and ending[0] in words)


@lru_cache(maxsize=1)
def _status_ends() -> frozenset[str] | None:
    """The words a match of `_status_before` can end in (lower case): a status phrase's last word, or "the"."""
    return final_words([*cues().get("status_before", ()), "the"])


@lru_cache(maxsize=1)
def _direction_ends() -> frozenset[str] | None:
    """The words a match of `_direction_before` can end in (lower case; None where one is not ASCII letters)."""
    return final_words(cues().get("directions", ()))


@lru_cache(maxsize=1)
def _status_before() -> re.Pattern[str]:
    """The words before a country named as where a group is banned (cues.yaml `status_before`)."""
    return re.compile(rf"\b(?:{alternation(cues().get('status_before', ()))})[ \u00a0]+(?:the[ \u00a0]+)?$", re.I)


@lru_cache(maxsize=1)
def _place_after() -> re.Pattern[str]:
    """After a country's possessive, a kind of place, perhaps after a direction and a name ("'s northern town",
    "'s Idlib province"), or a compass noun ending the phrase ("'s north."): cues.yaml `possessive_place`,
    `directions`, `compass_nouns`."""
    c = cues()
    kinds, compass = alternation(c.get("possessive_place", ())), alternation(c.get("compass_nouns", ()))
    dirs = alternation(c.get("directions", ()))
    return re.compile(rf"[ \u00a0]+(?:(?:(?i:{dirs})[ \u00a0]+)?(?:[A-Z][\w'’-]*[ \u00a0]+)?(?i:{kinds})\b"
                      rf"|(?i:{compass})(?=[ \u00a0]*(?:[,.;)]|of\b|$)))")


@lru_cache(maxsize=1)
def _direction_before() -> re.Pattern[str]:
    """A direction word ending the text before a name (cues.yaml `directions`): "northwest Syria". In lower case: a
    capitalised one opens a name ("the University of Southern Queensland", "East Timor")."""
    return re.compile(rf"(?<![\w-])(?:{alternation(cues().get('directions', ()))})[ \u00a0]+$")


def _directed(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends in a direction word: the name after it is a part of an area where things
    happen ("in northwest Syria", "south-eastern Turkey"), not an origin or a topic."""
    return _direction_before().search(text, start, end) is not None


@lru_cache(maxsize=1)
def _within_after() -> re.Pattern[str]:
    """A word after an admin1 area's name that makes it a smaller place of that name (cues.yaml `within_after`)."""
    return re.compile(rf"[ \u00a0](?:{alternation(cues().get('within_after', ()))})\b", re.I)


@lru_cache(maxsize=1)
def _victim_after() -> re.Pattern[str]:
    """A word after a demonym that makes it a victim's or traveller's origin (cues.yaml `victim_after`); case kept:
    "Boni National Reserve" is a name."""
    return re.compile(rf"[ \u00a0](?:{alternation(cues().get('victim_after', ()))})\b")


def _inside_word(text: str, at: int) -> bool:
    """Whether a word of `_WORD` may go on across offset `at` (characters that continue one either side: those of
    `_GOES_ON`, tested without a regex call)."""
    if not 0 < at < len(text):
        return False
    before, after = text[at - 1], text[at]
    return (before.isalnum() or before in _GOES_ON_MARKS) and (after.isalnum() or after in _GOES_ON_MARKS)


def name_words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of `_WORD` in text[start:end] less those starting with a-z that are no inner word: all that
    `votes` reads (a capitalised word, or an inner one within a name)."""
    # (the offsets counted from the lengths of what each match skips and reads)
    out: list[tuple[int, int, str]] = []
    at = start
    pairs: list[tuple[str, str]] = (_NAME_SPLIT_ASCII if text.isascii() else _NAME_SPLIT).findall(text, start, end)
    for skipped, word in pairs:
        at += len(skipped)
        if word:
            out.append((at, at + len(word), word))
            at += len(word)
    return out


# The text between two words that joins them in one name (`_reach`)
_REACH_GAPS: Final = frozenset({" ", "-", ""})


def _read_words(text: str) -> tuple[str, list[tuple[int, int, str]], list[int], list[int]]:
    """The text with its `name_words`, their starts and their `_reach`, from one pass of a split, less the words no
    reading takes: one that is not capitalised (an inner word, or a word of letters without case) and goes on no
    name of a word kept before it starts no name, joins none, and is not the capitalised word before a name that
    `_read_at` asks of ("the", "of" and "and" between lower-case words: most of the inner words). The word after one
    left out goes on no name before it, as in `_reach`: every word a run of joined words takes is kept, and each
    kept word reaches as far. (The text a match skips before a word is the gap between that word and the one
    before it.)"""
    if text.isascii():
        words, starts, joins = _ascii_read_words(text)
        return text, words, starts, _joined_reach(joins)
    words = []
    starts = []
    joins = []
    at = 0
    dropped = False  # whether the word before was left out
    # (the inner words that can go on no name skipped by the split itself: no pair made for each)
    pairs: list[tuple[str, str]] = _READ_SPLIT.findall(text)
    for skipped, word in pairs:
        at += len(skipped)
        if word:
            upper = word[0].isupper()
            joined = not dropped and len(skipped) < 2 and skipped in _REACH_GAPS and (upper or word.lower() in _INNER)
            dropped = not (upper or joined)
            if not dropped:
                words.append((at, at + len(word), word))
                starts.append(at)
                joins.append(joined)
            at += len(word)
    return text, words, starts, _joined_reach(joins)


def _joined_reach(joins: list[bool]) -> list[int]:
    """Each word's reach (`_reach`) from whether each word joins the one before it."""
    reach = [1] * len(joins)
    for k in range(len(joins) - 2, -1, -1):
        if joins[k + 1]:
            reach[k] = reach[k + 1] + 1
    return reach


def _ascii_read_words(text: str) -> tuple[list[tuple[int, int, str]], list[int], list[bool]]:
    """`_read_words`' words of an ASCII text, their starts and whether each joins the word before it, as
    `_read_split_pattern` over ASCII characters splits it: each capitalised word that opens a word
    (`_ASCII_CAPITAL_SPLIT`, `_opens_word`), and the inner words right after a word read (after one space), or at the
    start of the text (after a space or hyphen). Every word so read is kept (an inner word read so joins the word
    before it), and joins the one before where the text between them is a space or nothing (or a hyphen, at the
    start)."""
    words: list[tuple[int, int, str]] = []
    starts: list[int] = []
    joins: list[bool] = []
    read = _inner_words_at(text, 0, words, starts, joins)  # where the last word read ends
    n = len(text)
    at = 0
    for skipped, word in _ASCII_CAPITAL_SPLIT.findall(text):
        at += len(skipped)
        if not word:
            break  # (the end)
        start, at = at, at + len(word)
        # (a capital read before, as an inner word, or inside a word: no word of its own; the characters before it
        # looked at only where one goes on a word; `isalpha` of an ASCII character: whether it is an ASCII letter)
        if start < read or (start and (text[start - 1].isalpha()
                                       or (text[start - 1] in _ASCII_GOES_ON_MARKS and not _opens_word(text, start)))):
            continue
        words.append((start, at, word))
        starts.append(start)
        joins.append(start - read < 2 and text[read:start] in _REACH_GAPS)
        read = at
        # (an inner word after it: a space, then one of their first letters)
        if at + 1 < n and text[at] == " " and text[at + 1] in _INNER_FIRSTS:
            read = _inner_words_at(text, at, words, starts, joins)
    return words, starts, joins


def _inner_words_at(text: str, at: int, words: list[tuple[int, int, str]], starts: list[int], joins: list[bool]
                    ) -> int:
    """The inner words the split reads from `at` (the end of a word read, or the start of the text), added to the
    lists: each after a space (or, at the start, a hyphen or nothing), a word (its letters and the characters going
    on it) whose lower case is one of `_INNER`. Where the last word read ends."""
    n = len(text)
    while True:
        nxt = at + 1 if at < n and text[at] in " -" else at
        if nxt >= n or text[nxt] not in _INNER_FIRSTS:
            return at
        end = nxt + 1
        while end < n and end - nxt <= _INNER_LONGEST and (text[end].isalpha() or text[end] in _ASCII_GOES_ON_MARKS):
            end += 1
        word = text[nxt:end]
        if end - nxt > _INNER_LONGEST or word.lower() not in _INNER:
            return at
        words.append((nxt, end, word))
        starts.append(nxt)
        joins.append(True)
        at = end


def _opens_word(text: str, at: int) -> bool:
    """Whether the letter at `at` of an ASCII text opens a word of the split: the characters right before it that go
    on a word (letters, digits and marks) hold no letter (`isalpha`, of an ASCII character: an ASCII letter)."""
    q = at - 1
    while q >= 0 and text[q] in _ASCII_GOES_ON_MARKS:
        q -= 1
    return q < 0 or not text[q].isalpha()


def first_key_words(keys: Iterable[str]) -> frozenset[str]:
    """The first words of the keys (each key's words are joined by single spaces)."""
    return frozenset(k.split(" ", 1)[0] for k in keys if k)


def may_open(word_key: str, first_words: frozenset[str]) -> bool:
    """Whether a surface of several words whose first word has the key `word_key` may have a key starting with one
    of `first_words`. The surface's folded words start with the word's, and `key` drops only articles before the
    last: where the word's key starts with a word that is no article, so does the surface's; where it is empty or
    starts with an article (the word's own words all articles), the surface's key may start anywhere."""
    if not word_key:
        return True
    first = word_key.split(" ", 1)[0]
    return first in ARTICLES or first in first_words


def _listed(before: str, ending: tuple[str, bool] | None) -> bool:
    """Whether a name is written as a place: after "in", "at"..., or after a comma or bracket of a list of the
    areas holding a place ("Deou (Deou, Oudalan)"). `before`: the 12 characters before it (in its span); `ending`:
    `final_word` of the characters before it that end in them (`_may_end`)."""
    return (_may_end(ending, _LOCATIVE_ENDS) and _LOCATIVE.search(before) is not None) or after_list_mark(before)


def after_list_mark(before: str) -> bool:
    """Whether the text before a name ends in a comma or bracket: the name is one of a list of the areas holding a
    place ("(Pobe-Mengao, Soum)")."""
    return before.rstrip(" \u00a0").endswith((",", "("))


def _joined(text: str, words: list[tuple[int, int, str]]) -> bool:
    """Words that can form one name: adjacent, inner ones small words."""
    for (_, end, _w), (start, _, w) in itertools.pairwise(words):
        if text[end:start] not in (" ", "-", "") or (not w[0].isupper() and w.lower() not in _INNER):
            return False
    return True


def _reach(text: str, words: list[tuple[int, int, str]]) -> list[int]:
    """For each word, how many words from it on can form one name (`_joined` holds for every run of words up to
    that length, and for none longer): one pass over the pairs instead of a test per candidate run."""
    reach = [1] * len(words)
    for k in range(len(words) - 2, -1, -1):
        start, w = words[k + 1][0], words[k + 1][2]
        if text[words[k][1]:start] in (" ", "-", "") and (w[0].isupper() or w.lower() in _INNER):
            reach[k] = reach[k + 1] + 1
    return reach


def best(votes: dict[str, int], minimum: int = 1, *, strict: bool = False) -> str | None:
    """The country with the most evidence, when it has at least `minimum`; on a tie the first named, or none
    when `strict`."""
    # what `votes.most_common(2)` ranks, without its sort: the first country counted with the top count (a tie
    # keeps the order first counted), and whether another has that count too
    if not votes:
        return None
    counts = list(votes.values())
    top = max(counts)
    if top < minimum or (strict and counts.count(top) > 1):
        return None
    for country, n in votes.items():
        if n == top:
            return country
    return None  # not reached: some country has the top count
