"""The lexicon's token-pattern language and a matcher for it, indexed by first word.

A pattern is a sequence of space-separated elements: ``word``; ``a|b|c`` (any of these); ``word~`` (a verb
with its regular inflections); ``word~n`` (a noun and its plural); ``?word`` (optional); ``*N`` (up to N tokens
of anything). spaCy's Matcher handles this language too, but its gap operators cost about 0.1 s per long
article with a few hundred patterns; indexing patterns by their first word makes matching linear in the text.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final


class PatternError(ValueError):
    """A pattern that cannot be compiled; the message quotes it."""


# What an ASCII letter matches in a case-blind pattern besides its two cases (checked by a test against re).
_FOLD_EXTRAS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _folded(ch: str) -> str:
    """An ASCII letter as a case-sensitive class of every character it matches case-blind: within a case-blind
    pattern the same characters, but an alternation tests such a class before trying its branch (a case-blind
    letter costs a try of the branch each), so a word start leaves most branches at once. Any other character
    as it is."""
    if not (ch.isascii() and ch.isalpha()):
        return re.escape(ch)
    low = ch.lower()
    return f"(?-i:[{low}{low.upper()}{_FOLD_EXTRAS.get(low, '')}])"


# CPython's `re` before 3.11.5 mis-matches a possessive repeat of a group (python/cpython#106052 and #100061:
# "(?:ab?c)*+" matches "a"), and Debian 12's Python is 3.11.2: there `(?:...)*+` read no name after a text's first.
_POSSESSIVE_GROUPS_WORK: Final = sys.version_info >= (3, 11, 5)


def repeated(body: str, times: str = "*") -> str:
    """`body` repeated `times` ("*", "+" or "?") as often as it matches, never given back: `(?:body)*+`, or where the
    interpreter's possessive repeat of a group is broken, the atomic group that means the same, `(?>(?:body)*)`
    (slower: `re` keeps a state per turn). A possessive repeat of one character or class is sound on every
    release and needs no helper."""
    return f"(?:{body}){times}+" if _POSSESSIVE_GROUPS_WORK else f"(?>(?:{body}){times})"


def alternation(words: Iterable[str]) -> str:
    """The words as one regex alternation, longest first (so "sub-clan" wins over "sub"), or a pattern that never
    matches when there are none."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


def word_trie(words: Iterable[str], *, fold: bool = False, guard: bool = True) -> str:
    """The words as one pattern that shares their beginnings (spaces match any spacing): the same strings as
    their alternation, but a position that starts none of them is left after a few letters, not after every word
    (a case-blind alternation tries each word in turn). For a yes/no search only: which word a match reads may
    differ. `fold`: the first letters as case-blind classes (`_folded`), for a case-blind pattern (in a
    case-sensitive one it would match more), behind `_first_letters` (unless `guard` is false): a position that
    starts no word is left after one class test."""
    words = list(words)
    # (only a first letter is folded: the first alternation is the wide one, and the pattern stays short to compile)
    paths = ([r"\s+" if ch == " " else _folded(ch) if fold and i == 0 else re.escape(ch) for i, ch in enumerate(word)]
             for word in words)
    first = _first_letters(words) if fold and guard else ""
    return "(?:" + first + token_trie(paths) + ")"


def token_trie(paths: Iterable[Iterable[str]]) -> str:
    """Sequences of regex tokens as one pattern that shares their beginnings, each node's branches in sorted
    order; a sequence that ends where a longer one goes on makes the rest optional."""
    root: dict[str, dict] = {}
    for path in paths:
        node = root
        for tok in path:
            node = node.setdefault(tok, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict[str, dict]) -> str:
    alts = [tok + _emit(child) for tok, child in sorted(node.items()) if tok]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
    return body + "?" if "" in node else body


def starts_with(words: Iterable[str], then: str = "") -> str:
    """A look-ahead that holds where one of `words` (then `then`) begins. Put before a pattern every match of
    which begins so, it changes no match, but a search leaves each other position after a letter or two instead
    of trying every alternative there. Empty (no check) when some word is empty: then anything may begin."""
    words = list(words)
    if not words or any(not w for w in words):
        return ""
    # (a look-ahead may hold where more than the words begin: the case-blind classes serve in any pattern)
    return f"{_first_letters(words)}(?={word_trie(words, fold=True, guard=False)}{then})"


def first_letters(words: Iterable[str]) -> str:
    """`starts_with` less its trie: a look-ahead on the words' first letters alone. Put before a pattern every match
    of which begins with one of the words, it changes no match; a search leaves most positions after one class
    test, and the pattern stays short to compile (a process compiles each pattern once: a trie doubles a word
    list's pattern)."""
    return _first_letters(list(words))


def _first_letters(words: list[str]) -> str:
    """A look-ahead for one class of every character the words' first letters match case-blind (`_folded`):
    before the trie it changes no match, but a position that starts no word is left after one class test
    instead of one per first letter of the trie. Empty where a word is empty or begins with a space."""
    chars: set[str] = set()
    for word in words:
        ch = word[:1]
        if not ch or ch.isspace():
            return ""
        low = ch.lower()
        chars.update(low + low.upper() + _FOLD_EXTRAS.get(low, "") if ch.isascii() and ch.isalpha() else ch)
    cls = "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"
    # Every case of an ASCII letter is in the class, and an ASCII character that is none has no other case: the
    # class is tested case-sensitively, without lower-casing the character (in a case-blind pattern too). Any
    # other first letter leaves it to the pattern's flags.
    return f"(?=(?-i:{cls}))" if all(w[0].isascii() for w in words) else f"(?={cls})"


# The characters besides ASCII letters that an ASCII letter of a case-blind pattern matches (the dotted and dotless
# I, the Kelvin sign, the long s): in a text without them, a case-blind match of lower-case ASCII words lies where
# the text's lower-case form holds those words (lower() maps no other character to an ASCII letter, nor any other
# to more than one character).
_CASE_BLIND_EXTRAS = ("\u0130", "\u0131", "\u212a", "\u017f")

# The lower-case forms of the long texts last lowered (a document's text, asked of by every stage in turn), by
# identity, each held with its text (so its id stays its own), the most recently asked last: one lower-case form of
# a document serves every pre-check (`prefilter`) and every `lacks_words`, and the document's stays while slices of
# it come and go (the least recently asked leaves first)
_LOWER: dict[int, tuple[str, str | None]] = {}
_KEEP = 8
# An ASCII text shorter than this (a sentence, a mention's context) is lowered afresh each time, never remembered
SHORT = 256
# the last text lowered or found in `_LOWER`, with its lower-case form, as one tuple (threads see either pair
# whole), in a one-place list that `prefilter` reads too: a text asked of several times in turn is looked up once
LAST: list[tuple[str | None, str | None]] = [(None, None)]


def lower_form(text: str) -> str | None:
    """The text's lower-case form (same offsets), or None when it holds a character besides an ASCII letter's own
    two that a case-blind ASCII letter matches (lower() maps it elsewhere, or to two characters). A long text's is
    remembered (`_LOWER`): a document is lowered once for all the tests that read it."""
    # an ASCII text (a flag of the string: no character read; none of the extras is there) that is short: lowered
    # again at less cost than it is remembered (most texts asked of)
    if len(text) < SHORT and text.isascii():
        LAST[0] = (text, low := text.lower())
        return low
    key = id(text)
    kept = _LOWER.pop(key, None)
    if kept is None or kept[0] is not text:
        kept = (text, text.lower() if text.isascii() or not any(map(text.__contains__, _CASE_BLIND_EXTRAS))
                else None)
        if len(_LOWER) >= _KEEP:
            _LOWER.pop(next(iter(_LOWER)), None)  # the least recently asked
    _LOWER[key] = LAST[0] = kept  # (last in the order: the most recently asked)
    return kept[1]


def fewest_words(words: tuple[str, ...]) -> list[str]:
    """The words that hold none of the others (the first of equal ones; no empty word): a text holds one of `words`
    exactly when it holds one of these ("airstrike" in a text wherever "airstrikes" is, "condemn" wherever
    "condemned" is), with fewer substring tests or a smaller trie."""
    kept: list[str] = []
    for i, word in enumerate(words):
        if word and not any(other in word and (other != word or j < i)
                            for j, other in enumerate(words) if j != i and other):
            kept.append(word)
    return kept


def word_character(char: str) -> bool:
    """Whether the character is one `\\w` matches in a pattern of text (Unicode): a letter, a digit or "_"."""
    return char.isalnum() or char == "_"


def space_start(text: str, lo: int, end: int) -> int:
    """Where the run of white space that ends at `end` begins, not before `lo` (`end` where none does)."""
    while lo < end and text[end - 1].isspace():
        end -= 1
    return end


def ascii_letter(code: int) -> bool:
    """Whether a code point (`ord` of a character: compiled, no method call) is an ASCII letter."""
    return 97 <= code <= 122 or 65 <= code <= 90


def lacks_words(text: str, words: Iterable[str]) -> bool:
    """Whether `text` surely holds no case-blind match of a pattern each match of which holds one of `words`
    (lower-case ASCII, spelled as the pattern spells them: a literal space for a space): none of them is in its
    lower-case form. Most texts lack a rare phrase; substring tests spare a regex search, which tries every
    position. The lower-case form is the one `lower_form` keeps (a document's, asked of again and again)."""
    seen, low = LAST[0]
    if seen is not text:
        if len(text) < SHORT and text.isascii():  # (`lower_form` written out for a short text: no Python frame)
            LAST[0] = (text, low := text.lower())
        else:
            low = lower_form(text)
    if low is None:
        return False
    # (a plain loop: compiled, a substring test per word with no bound method, map object or any() call made)
    lacks = True
    for word in words:
        if word in low:
            lacks = False
            break
    return lacks


_ASCII_DIGITS = tuple("0123456789")
_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """Whether `text` holds a digit (what `\\d` matches): in an ASCII text (most), ten substring tests, which skip
    along the text far faster than a search asking each character's Unicode category."""
    if text.isascii():
        return any(map(text.__contains__, _ASCII_DIGITS))  # (no Python frame per digit)
    return _DIGIT.search(text) is not None


def verb_forms(word: str) -> set[str]:
    """A verb with its regular inflections (and doubled-consonant variants; extra forms are harmless)."""
    forms = {word}
    if word.endswith("e"):
        forms |= {word + "s", word + "d", word[:-1] + "ing"}
    elif re.search(r"[^aeiou]y$", word):
        forms |= {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    elif re.search(r"(s|sh|ch|x|z)$", word):
        forms |= {word + "es", word + "ed", word + "ing"}
    else:
        forms |= {word + "s", word + "ed", word + "ing"}
        if re.search(r"[^aeiou][aeiou][^aeiouwxy]$", word):
            forms |= {word + word[-1] + "ed", word + word[-1] + "ing"}
    return forms


def noun_forms(word: str) -> set[str]:
    if re.search(r"(s|sh|ch|x|z)$", word):
        return {word, word + "es"}
    if re.search(r"[^aeiou]y$", word):
        return {word, word[:-1] + "ies"}
    return {word, word + "s"}


def _alternatives(token: str) -> frozenset[str]:
    out: set[str] = set()
    for alt in token.split("|"):
        if alt.endswith("~n"):
            out |= noun_forms(alt[:-2])
        elif alt.endswith("~"):
            out |= verb_forms(alt[:-1])
        else:
            out.add(alt)
    return frozenset(out)


@dataclass(frozen=True)
class _Element:
    words: frozenset[Hashable] | None  # None: a gap of up to `gap` tokens
    optional: bool = False
    gap: int = 0


@dataclass(frozen=True)
class Pattern:
    elements: tuple[_Element, ...]
    payload: Any

    @property
    def first_words(self) -> frozenset[Hashable]:
        words = self.elements[0].words
        assert words is not None
        return words


def compile_pattern(text: str, payload: Any = None) -> Pattern:
    elements = []
    for token in text.split():
        if re.fullmatch(r"\*\d", token):
            elements.append(_Element(None, gap=int(token[1:])))
        elif token.startswith("?") and len(token) > 1:
            elements.append(_Element(_alternatives(token[1:]), optional=True))
        else:
            elements.append(_Element(_alternatives(token)))
    if not elements or elements[0].words is None or elements[0].optional:
        raise PatternError(f"pattern {text!r} must start with a word")
    return Pattern(tuple(elements), payload)


def keyed(pattern: Pattern, key: Callable[[str], Hashable]) -> Pattern:
    """The pattern with each word as `key` maps it (spaCy's id of a string: a matcher of such patterns reads a Doc's
    array of lower-case ids, no string made per token); its gaps and optional marks as they are."""
    return Pattern(tuple(e if e.words is None else _Element(frozenset(key(str(w)) for w in e.words), e.optional, e.gap)
                         for e in pattern.elements), pattern.payload)


def _match_from(elements: Sequence[_Element], k: int, words: Sequence[Hashable], i: int) -> int | None:
    """The end of the longest match of elements[k:] starting at token i, or None."""
    return _match_rest(elements, len(elements), k, words, len(words), i)


def _match_rest(elements: Sequence[_Element], size: int, k: int, words: Sequence[Hashable], count: int,
                i: int) -> int | None:
    """`_match_from` with both lengths passed down the recursion (read once, not at every step)."""
    if k == size:
        return i
    el = elements[k]
    if el.words is None:
        best = None
        for skip in range(el.gap, -1, -1):  # longest first
            if i + skip <= count:
                end = _match_rest(elements, size, k + 1, words, count, i + skip)
                if end is not None and (best is None or end > best):
                    best = end
        return best
    if i < count and words[i] in el.words:
        end = _match_rest(elements, size, k + 1, words, count, i + 1)
        if end is not None:
            return end
    return _match_rest(elements, size, k + 1, words, count, i) if el.optional else None


_Gapped = tuple[tuple[frozenset[Hashable], ...], int, tuple[frozenset[Hashable], ...], int]


def _gapped(elements: tuple[_Element, ...]) -> _Gapped | None:
    """A pattern of words, one gap, then words (none optional: "open~ *2 fire", "opened fire *3 on"), as the words
    after the first and before the gap, the gap, the words after it and their count, which `PatternMatcher` reads
    in loops rather than down `_match_rest`'s recursion; None for any other pattern."""
    gaps = [k for k, e in enumerate(elements) if e.words is None]
    if len(gaps) != 1 or gaps[0] == len(elements) - 1 or any(e.optional for e in elements):
        return None
    at = gaps[0]
    after = tuple(e.words for e in elements[at + 1:])
    # (with the count of the words after the gap: read once here, not at every match tried)
    return tuple(e.words for e in elements[1:at]), elements[at].gap, after, len(after)  # type: ignore[return-value, misc]


_Probe = tuple[frozenset[Hashable], int]


def _probe(elements: tuple[_Element, ...]) -> _Probe | None:
    """For a pattern `PatternMatcher` reads down `_match_rest`'s recursion: the words of one element after the first
    that every match holds (not optional, no gap; the one of fewest words), and how many tokens a match takes at
    most. A start whose reach holds none of those words has no match: one set test answers for the recursion.
    None when every element after the first is optional or a gap."""
    needed = [e.words for e in elements[1:] if e.words is not None and not e.optional]
    if not needed:
        return None
    longest = sum(e.gap if e.words is None else 1 for e in elements)
    return min(needed, key=len), longest


_Gate = tuple[frozenset[Hashable], int]


def _bare(entry: tuple, second_known: bool) -> bool:
    """Whether a `PatternMatcher` entry matches wherever its list is read, with no test: a pattern of one word, or
    of two in the list a second word picked (which it takes)."""
    plain = entry[3]
    return plain is not None and len(plain) <= (1 if second_known else 0)


def _gate(entries: tuple, second_known: bool = False) -> _Gate | None:
    """For a list of `PatternMatcher` entries sharing a start: the words one of which each entry that is not `_bare`
    needs in the tokens after its first word (the next word of a pattern of words only: its second, or its third in
    the list a second word picked, `second_known`; the first word after the gap of a pattern with one; its
    `_probe`'s words for any other), and how far after the start the farthest of them may lie. A start with none of
    those words in that reach has no match but of the bare entries: one set test spares a test per entry. None for
    a list of fewer than two such entries (an entry's own test says as much) or with one of no known kind."""
    needed: set[str] = set()
    reach = 0
    tested = 0
    for entry in entries:
        if _bare(entry, second_known):
            continue
        tested += 1
        _elements, _payload, _need, plain, gapped, probe = entry
        if plain:  # the word right after the start, or after the second where that is known
            needed |= plain[1] if second_known else plain[0]
            reach = max(reach, 3 if second_known else 2)
        elif gapped is not None:  # the first word after the gap, `gap` tokens after the words before it at most
            lead, gap, after, _size = gapped
            needed |= after[0]
            reach = max(reach, len(lead) + gap + 2)
        elif probe is not None:  # a needed word among the tokens a match may take
            needed |= probe[0]
            reach = max(reach, probe[1])
        else:
            return None
    return (frozenset(needed), reach) if tested >= 2 else None


class PatternMatcher:
    """Finds every pattern's longest match at every start position of a lower-cased token list (the words, or the
    ids of the words where the patterns were `keyed` by them)."""

    def __init__(self, patterns: Sequence[Pattern]) -> None:
        # first word -> (elements, payload, the words one of which must come second, or None when any may, the
        # words after the first of a pattern of words only, the words before and after the gap and the gap of a
        # pattern of words, one gap and words, and for any other pattern its `_probe`)
        self._by_first: dict[Hashable, list[tuple[tuple[_Element, ...], Any, frozenset[Hashable] | None,
                                             tuple[frozenset[Hashable], ...] | None,
                                             _Gapped | None, _Probe | None]]] = {}
        for p in patterns:
            second = p.elements[1] if len(p.elements) > 1 else None
            need = second.words if second is not None and not second.optional else None
            # a pattern of words only (no gap, none optional): the words after the first, matched in a loop
            plain = tuple(e.words for e in p.elements[1:]) \
                if all(e.words is not None and not e.optional for e in p.elements) else None
            gapped = _gapped(p.elements)
            probe = _probe(p.elements) if plain is None and gapped is None else None
            for word in p.first_words:
                self._by_first.setdefault(word, []).append(
                    (p.elements, p.payload, need, plain, gapped, probe))  # type: ignore[arg-type]
        # first word -> (second word -> the patterns, in order, that can take it; the patterns taking any second
        # word), each list with its `_gate`: the second word picks its list in one look-up, not a test per pattern
        # (most fail it); native objects, read by `__call__` (typed fields: no tuple unpacked per pattern tried)
        self._starts: dict[Hashable, _Start] = {}
        for word, entries in self._by_first.items():
            seconds = set().union(*(e[2] for e in entries if e[2] is not None))
            table = {s: _Group(tuple(e for e in entries if e[2] is None or s in e[2]), True) for s in seconds}
            self._starts[word] = _Start(table, _Group(tuple(e for e in entries if e[2] is None), False))

    def __call__(self, words: list[Any]) -> list[tuple[Any, int, int]]:
        """(payload, start, end) of every pattern's longest match at each start, by start, then in pattern order."""
        found: list[tuple[Any, int, int]] = []
        starts = self._starts
        count = len(words)
        # (a plain loop with typed locals: compiled, a look-up per word and no generator frame)
        for i in range(count):
            start = starts.get(words[i])
            if start is None:
                continue
            # only the patterns that can take the second word: for the others _match_from would answer None
            group = start.default if i + 1 >= count else start.table.get(words[i + 1], start.default)
            if group.reach and not _any_in(group.needed, words, i + 1, min(i + group.reach, count)):
                # no word that one of them needs next is in reach: none matches here but those that need none
                for entry in group.bare:
                    found.append((entry.payload, i, i + 1 + len(entry.words)))
                continue
            for entry in group.entries:
                kind = entry.kind
                end = i + 1
                if kind == _PLAIN:  # each word in turn
                    for allowed in entry.words:
                        if end >= count or words[end] not in allowed:
                            end = -1
                            break
                        end += 1
                elif kind == _GAPPED:
                    # the words before the gap each in turn, then the longest skip after which the words follow (the
                    # end grows with the skip: the first found from the longest is the longest)
                    pos = i + 1
                    for allowed in entry.words:
                        if pos >= count or words[pos] not in allowed:
                            pos = -1
                            break
                        pos += 1
                    end = -1
                    # (none of the words after the gap's first in reach: no skip finds them)
                    if pos < 0 or not _any_in(entry.after[0], words, pos, min(pos + 1 + entry.gap, count)):
                        continue
                    after = entry.after
                    size = len(after)
                    at = min(pos + entry.gap, count - size)
                    while at >= pos:
                        k = 0
                        while k < size and words[at + k] in after[k]:
                            k += 1
                        if k == size:
                            end = at + size
                            break
                        at -= 1
                else:
                    # (a word the pattern needs is nowhere in its reach: no match)
                    if entry.probe_reach and not _any_in(entry.probe_words, words, i + 1,
                                                         min(i + entry.probe_reach, count)):
                        continue
                    rest = _match_rest(entry.elements, len(entry.elements), 1, words, count, i + 1)
                    end = -1 if rest is None else rest
                if end >= 0:
                    found.append((entry.payload, i, end))
        return found


def _any_in(allowed: frozenset[Hashable], words: list[Any], start: int, stop: int) -> bool:
    """Whether one of words[start:stop] is in `allowed` (`stop` at most the words' count): compiled, a loop of set
    tests, no slice made and no method called (`isdisjoint` is a Python method call there)."""
    found = False
    for j in range(start, stop):
        if words[j] in allowed:
            found = True
            break
    return found


# The kinds of `_Entry`: a pattern of words only; of words, one gap and words; any other (Final: compiled, each a
# constant in the code, not a look-up of the module's globals per entry tried)
_PLAIN: Final = 0
_GAPPED: Final = 1
_GENERAL: Final = 2


class _Entry:
    """A `PatternMatcher` entry (elements, payload, need, plain, gapped, probe) as its `__call__` reads it."""

    __slots__ = ("after", "elements", "gap", "kind", "payload", "probe_reach", "probe_words", "words")

    def __init__(self, entry: tuple) -> None:
        elements, payload, _need, plain, gapped, probe = entry
        self.elements: tuple[_Element, ...] = elements
        self.payload: Any = payload
        self.kind: int = _PLAIN if plain is not None else _GAPPED if gapped is not None else _GENERAL
        # words only: the words after the first; one gap: the words after the first and before the gap
        self.words: list[frozenset[Hashable]] = list(plain if plain is not None else gapped[0] if gapped is not None
                                                else ())
        self.gap: int = gapped[1] if gapped is not None else 0
        self.after: list[frozenset[Hashable]] = list(gapped[2]) if gapped is not None else []
        # any other: its `_probe`'s words and reach (0: no probe)
        self.probe_words: frozenset[Hashable] = probe[0] if probe is not None else frozenset()
        self.probe_reach: int = probe[1] if probe is not None else 0


class _Group:
    """A list of entries sharing a start, with its `_gate`'s words and reach (0: no gate) and its `_bare` entries
    (what it matches where the gate fails). `second_known`: the list a second word picked."""

    __slots__ = ("bare", "entries", "needed", "reach")

    def __init__(self, entries: tuple, second_known: bool) -> None:
        gate = _gate(entries, second_known)
        self.entries: list[_Entry] = [_Entry(e) for e in entries]
        self.bare: list[_Entry] = [_Entry(e) for e in entries if _bare(e, second_known)]
        self.needed: frozenset[Hashable] = gate[0] if gate is not None else frozenset()
        self.reach: int = gate[1] if gate is not None else 0


class _Start:
    """A first word's lists of entries: by the second word, and the one for any second word."""

    __slots__ = ("default", "table")

    def __init__(self, table: dict[Hashable, _Group], default: _Group) -> None:
        self.table: dict[Hashable, _Group] = table
        self.default: _Group = default

