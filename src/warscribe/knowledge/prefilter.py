"""A compiled pattern behind a literal pre-check: the words one of which every match holds, read off the pattern's
own parse, searched first in one pass.

A pattern that opens with a word boundary or a look-ahead (most of ours: case-blind word lists) gives `re` no
prefix to skip by, so its search runs the matcher at every position of the text. Most texts hold none of the
words such a pattern needs ("death toll", "along with"); a search for those words alone, an alternation of plain
lower-case strings over the text's lower-case form, skips along the text with a class test per character and
answers "no match" at a fraction of the cost. Where one of them is there, the pattern runs as before: the results
are the pattern's own, always.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

from mypy_extensions import mypyc_attr

from warscribe.knowledge.patterns import LAST as _LAST
from warscribe.knowledge.patterns import SHORT, word_trie
from warscribe.knowledge.patterns import lower_form as _lower

# Beyond this many strings a set is too big to build (its product with the next element) and to test
_MOST = 200
# A pre-check on strings this short (“of”, “at”) passes nearly every text: the pattern is left as it is
_SHORTEST = 3

_Info = tuple[set[str] | None, set[str] | None]


def required_strings(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which every match of `pattern` holds (in any case), read off its parse:
    literal runs, alternations of them, repeats taken at least once; look-arounds and anchors, which consume
    nothing of the match, are passed over. None when no such set of at most `_MOST` strings is found."""
    _exact, need = _sequence(list(_p.parse(pattern.pattern, pattern.flags)))
    return frozenset(need) if need and "" not in need else None


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """The more selective of two sets of needed strings: the longer shortest string, then the fewer strings."""
    if a is None or b is None:
        return a if b is None else b
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _sequence(items: list[tuple[Any, Any]]) -> _Info:
    """(every string the items match in turn, when few and all known, else None; strings one of which every match
    holds, or None)."""
    run: set[str] | None = {""}  # the strings the elements since the last unknown one match
    whole = True
    need: set[str] | None = None
    for op, av in items:
        exact, inner = _element(op, av)
        if run is not None and exact is not None and len(run) * len(exact) <= _MOST:
            run = {x + y for x in run for y in exact}
            continue
        if run is not None and "" not in run:
            need = _better(need, run)
        whole, run = False, exact
        need = _better(need, inner)
    if run is not None and "" not in run:
        need = _better(need, run)
    return (run if whole else None), need


def _element(op: Any, av: Any) -> _Info:
    if op is _c.LITERAL:
        ch = chr(av)
        return ({ch.lower()}, None) if ch.isascii() else (None, None)
    if op is _c.IN:
        return _class(av), None
    if op is _c.SUBPATTERN:
        return _sequence(list(av[3]))
    if op is _c.BRANCH:
        return _branch(av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
        return _repeat(*av)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {""}, None  # consumes nothing
    return None, None  # any character, a category, a back reference: unknown


def _class(items: Any) -> set[str] | None:
    """A class of a few literal characters, as those characters (lower-case); None for any other class."""
    if len(items) > 4 or any(op is not _c.LITERAL or not chr(av).isascii() for op, av in items):
        return None
    return {chr(av).lower() for _op, av in items}


def _branch(alternatives: Any) -> _Info:
    exact: list[set[str] | None] = []
    need: list[set[str] | None] = []
    for alt in alternatives:
        e, n = _sequence(list(alt))
        exact.append(e)
        need.append(n if n is not None else e if e is not None and "" not in e else None)
    every = None if any(e is None for e in exact) else set().union(*exact)  # type: ignore[arg-type]
    some = None if any(n is None for n in need) else set().union(*need)  # type: ignore[arg-type]
    return (every if every is not None and len(every) <= _MOST else None,
            some if some is not None and len(some) <= _MOST else None)


def _repeat(low: int, high: int, body: Any) -> _Info:
    exact, need = _sequence(list(body))
    if low == 0:
        return (exact | {""} if high == 1 and exact is not None else {""} if high == 0 else None), None
    if low == high == 1:
        return exact, need
    return None, need if need is not None else exact if exact is not None and "" not in exact else None


@mypyc_attr(serializable=True)  # (compiled: a copy or an unpickling makes one without __init__, as in Python)
class Prefiltered:
    """A compiled pattern searched only where its text (the part searched) holds one of `required_strings`;
    search, finditer and findall answer as the pattern's own. Any other attribute is the pattern's: match and
    fullmatch too, which read from one position on and may stop at once (a pre-check would read to the end)."""

    __slots__ = ("_check", "_pattern", "fullmatch", "match", "sub")

    def __init__(self, pattern: re.Pattern[str], strings: frozenset[str]) -> None:
        self._pattern = pattern
        # the pattern's own methods that callers ask for most (some 9,600 times a pass over FA-KES), held: each
        # read through `__getattr__` would cost a Python call
        self.fullmatch, self.match, self.sub = pattern.fullmatch, pattern.match, pattern.sub
        # the strings as one case-sensitive trie over lower-case text: `re` skips along by their first characters,
        # one class test a character, and tries the strings at once where one may start (a space of a string
        # matches any spacing: a wider check, never a narrower one)
        self._check = re.compile(word_trie(strings, guard=False)).search

    def _absent(self, text: str, pos: int, endpos: int) -> bool:
        """Whether text[pos:endpos] surely holds no match: none of the strings is in its lower-case form."""
        seen, low = _LAST[0]
        if seen is not text:  # (the text the last pre-check or `lacks_words` read: most callers ask several in turn)
            if len(text) < SHORT and text.isascii():  # (`_lower` written out for a short text: no Python frame)
                _LAST[0] = (text, low := text.lower())
            else:
                low = _lower(text)
        return low is not None and self._check(low, pos, endpos) is None

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # (`_absent` written out: the most frequent call, spared a Python frame)
        seen, low = _LAST[0]
        if seen is not string:
            if len(string) < SHORT and string.isascii():
                _LAST[0] = (string, low := string.lower())
            else:
                low = _lower(string)
        if low is not None and self._check(low, pos, endpos) is None:
            return None
        return self._pattern.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(string, pos, endpos) else self._pattern.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [] if self._absent(string, pos, endpos) else self._pattern.findall(string, pos, endpos)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # (a copy or an unpickling asks before `_pattern` is set)
            raise AttributeError(name)
        return getattr(self._pattern, name)


def prefiltered(pattern: re.Pattern[str], head: str | None = None) -> re.Pattern[str]:
    """The pattern behind a pre-check on the strings one of which each match holds, or the pattern itself when it
    has none worth testing (too short, too many: the check would pass nearly every text). `head`: a pattern (same
    flags) every match of `pattern` begins with a match of, its opening words: the strings are read off it alone,
    sparing the parse of a long pattern at every start of a process (the death toll's: some 25 ms)."""
    strings = required_strings(pattern if head is None else re.compile(head, pattern.flags))
    if strings is None or min(map(len, strings)) < _SHORTEST:
        return pattern
    return Prefiltered(pattern, strings)  # type: ignore[return-value]
