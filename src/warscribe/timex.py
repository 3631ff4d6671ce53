"""Date expressions in news text ("on 26 May", "June 25 and June 26", "Tuesday", "last week", "early
February", "12 February 2020") and their resolution against the publication date.

Precision follows ACLED's time_precision: 1 a day, 2 a week ("last week", "this week"), 3 a month ("in
February", "early/mid/late February": a third of a month is wider than the week that precision 2 allows).
Month-level dates are written as the 1st ("early", plain month), 15th ("mid") or 21st ("late") of the month.
Without any year in reach the value is a partial ISO date: "--05-26" (day) or "--02" (month).
A bare number never becomes a date: "resolution 2254", "70%", "Division 25" and "over 400" do not name a
month next to them.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from warscribe.knowledge.patterns import first_letters, has_digit, lacks_words

_EXTRA_MONTHS = {"sept": 9}
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "a": 1}
_PARTS = {"early": 1, "beginning": 1, "start": 1, "mid": 15, "middle": 15, "late": 21, "end": 21}
MONTH_DAYS = frozenset(_PARTS.values())  # the days of the month a month-precision date is written on


@dataclass
class DateMention:
    """A date expression found in text; `kind` says how it resolves."""

    start: int
    end: int
    text: str
    kind: str  # date | month | weekday | relative | week | weekend
    month: int | None = None
    days: tuple[int, ...] = ()
    year: int | None = None
    weekday: int | None = None
    offset: int = 0  # relative days (yesterday = -1), weeks for kind "week", 1 for a weekday to come ("next Friday")
    part: int = 1  # day of month written for month-level dates
    strict: bool = False  # "last Tuesday": strictly before publication
    extra: dict = field(default_factory=dict)


@lru_cache(maxsize=1)
def _month_table() -> dict[str, int]:
    table = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
    table |= {name.lower(): i for i, name in enumerate(calendar.month_abbr) if name}
    return table | _EXTRA_MONTHS


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    # Month names must be capitalised ("May", not the verb "may"); abbreviations may carry a dot.
    names = sorted(_month_table(), key=len, reverse=True)
    month = "(?:" + "|".join(n.capitalize() + r"\.?" for n in names) + ")"
    day = r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?"
    year = r"(?:19|20)\d\d"
    join = r"\s*(?:and|&|-|–|to)\s*"
    wd = "(?:" + "|".join(d.capitalize() for d in _WEEKDAYS) + ")"
    lead = r"(?:(?:on|as of|since|by|until|from)\s+)?"
    # Look-aheads on what each kind's matches begin with (first letters or a digit): they change no match, but a
    # search leaves a word that begins none of them after one class test instead of trying every month's name.
    leads, months = ("on", "as of", "since", "by", "until", "from"), [n.capitalize() for n in names]
    at_day, at_month = first_letters([*leads, *"0123456789"]), first_letters([*leads, *months])
    at_part = first_letters(["early", "mid", "late", "the", "in", "during", "since", "until", "by", "throughout"])
    at_name = first_letters(months)
    at_weekday = first_letters(["last", "this", "past", "on", "next", "coming", *_WEEKDAYS])
    return [
        ("iso", re.compile(rf"\b(?P<y>{year})-(?P<mn>0?[1-9]|1[0-2])-(?P<d>0?[1-9]|[12]\d|3[01])\b")),
        ("dmy", re.compile(rf"\b{at_day}{lead}(?P<d>{day})(?P<d2>{join}{day})?\s*(?:of\s+)?(?P<m>{month})(?![a-z])"
                           rf"(?:,?\s*(?P<y>{year})\b)?")),
        ("mdy", re.compile(rf"\b{at_month}{lead}(?P<m>{month})\s+(?P<d>{day})(?![\d%])(?P<d2>{join}(?:(?P=m)\s+)?{day}"
                           rf"(?![\d%]))?(?:,?\s+(?P<y>{year})\b)?")),
        # "Apr 052017": a page's date line whose day and year the corpus ran together (two-digit day, four-digit year)
        ("mdy_glued", re.compile(rf"\b{at_name}(?P<m>{month})\s+(?P<d>0[1-9]|[12]\d|3[01])(?P<y>{year})\b")),
        # "30/11/2020", "05.02.2015", "23-04-2016": day first, as most outlets outside the US write it
        ("numeric", re.compile(rf"\b(?P<d>[0-2]?\d|3[01])(?P<sep>[/.-])(?P<mn>0?[1-9]|1[0-2])(?P=sep)(?P<y>{year})\b")),
        # (the part in any case: "Late March, media reported ..." opens a sentence)
        ("month", re.compile(rf"\b{at_part}(?:(?P<part>(?i:early|mid|late|the end of|the beginning of|the middle of|"
                             rf"the start of))[\s-]+|(?P<prep>(?i:in|during|since|until|by|throughout))\s+)"
                             rf"(?P<m>{month})(?![a-z])(?:,?\s+(?P<y>{year})\b)?")),
        ("month_year", re.compile(rf"\b{at_name}(?P<m>{month})(?![a-z]),?\s+(?P<y>{year})\b")),
        # "Tuesdays executions": a possessive whose apostrophe was lost (FA-KES strips them) still names the day
        # ("next Wednesday", "this coming Sunday": a day still to come, matched so that no bare weekday inside it is
        # read as the latest one gone)
        ("weekday", re.compile(rf"\b{at_weekday}(?:(?P<last>last|this past|past)\s+|(?P<on>on)\s+|"
                               rf"(?P<next>next|this coming|coming)\s+)?(?P<wd>{wd})(?P<s>s)?\b")),
        ("relative", re.compile(r"\b(?:(?P<yday>the day before yesterday|yesterday|last night)|"
                                r"(?P<today>today|tonight|this morning|this evening|earlier today)|"
                                r"(?P<n>\d+|one|two|three|four|five|six|seven|a)\s+days?\s+ago)\b", re.I)),
        # ("earlier this month": a month's precision, never a day; not "this month", as often to come: "for this
        # month's elections"; nor "in recent days", which yields to the day or weekend its clause goes on to tell:
        # "stepped up air attacks in recent days, killing 57 when it dropped bombs at the weekend"; nor "earlier in the
        # week", mostly the day of a protest's cause: "protest the killing of a man earlier in the week")
        ("week", re.compile(r"\b(?P<w>last week|earlier this week|this week|the past week|last month|"
                            r"earlier\s+this month|(?:at\s+)?the\s+(?:beginning|start)\s+of\s+the\s+week|"
                            r"(?:the|last|this past)\s+weekend)\b", re.I)),
    ]


# What every match of a kind of expression contains (a month name, a weekday name, a digit, a year's opening digits
# with a separator between digits, a word of the relative expressions): a text without it cannot hold one, and one
# cheap search (a character-set scan, a substring test) spares the whole pattern.
_NEEDS = {"iso": ("digit_sep",), "dmy": ("digit", "month"), "mdy": ("digit", "month"), "mdy_glued": ("digit", "month"),
          "numeric": ("digit_sep",),
          "month": ("month",), "month_year": ("digit", "month"), "weekday": ("weekday",),
          "relative": ("relative",), "week": ("week",)}
# Lower-case words, one of which every match of the case-blind kinds holds ("the day before yesterday",
# "3 days ago", "earlier this week").
_WORDS_OF = {"relative": ("yesterday", "last night", "today", "tonight", "this morning", "this evening", "ago"),
             "week": ("week", "last month", "this month")}


def _has_words(words: tuple[str, ...]) -> Callable[[str], object]:
    def test(chunk: str) -> object:
        # (substring tests of the lower-case form, made once for the chunk's tests, the count reader's and others:
        # `lacks_words` keeps the last text's)
        return not lacks_words(chunk, words)

    return test


def _holds_any(words: tuple[str, ...]) -> re.Pattern[str]:
    """A search for any of `words` as written (case-sensitive substrings)."""
    # (a month's or a weekday's name is a fixed string: the search of their plain alternation, which the regex
    # engine skips along by the names' first letters, costs a fifth of two dozen substring tests; a look-ahead
    # before it would take that skip away)
    return re.compile("|".join(map(re.escape, words)))


# Each need's own search, made once at import (not looked up in a table of tests for every text): a digit, a
# separator between digits ("2017-04-05", "05/04/2017"; most sentences with a figure have none), a month's or a
# weekday's name as the patterns write it, and the lower-case words of each case-blind kind (and of both)
# (the separator first: the search skips along by a set of three characters, not by a Unicode digit test at every one;
# the same texts hold a match as of "\d[/.-]\d")
_DIGIT_SEP = re.compile(r"[/.-](?<=\d.)\d")
_MONTH_NAME = _holds_any(tuple(n.capitalize() for n in sorted(_month_table(), key=len, reverse=True)))
_WEEKDAY_NAME = _holds_any(tuple(d.capitalize() for d in _WEEKDAYS))
# (guards of the two searches that cost most where they find nothing: every weekday's name ends in "day", and every
# match of the kinds a separator serves, "iso" and "numeric", holds a year's "19" or "20"; substring tests skip along a
# text far faster than a search, and most sentences hold neither)
_WEEKDAY_END = "day"
_YEAR_OPENINGS = ("19", "20")
_RELATIVE_WORDS = _WORDS_OF["relative"]
_WEEK_WORDS = _WORDS_OF["week"]
_ANY_WORD = tuple(w for words in _WORDS_OF.values() for w in words)


def _year_and_separator(text: str) -> bool:
    """Whether the text holds a year's opening digits ("19", "20") and a separator between digits (`_DIGIT_SEP`), as
    every match of "iso" and "numeric" does: the substring tests spare the separator's search in most texts."""
    return (_YEAR_OPENINGS[0] in text or _YEAR_OPENINGS[1] in text) and _DIGIT_SEP.search(text) is not None


def _weekday_named(text: str) -> re.Match[str] | None:
    """`_WEEKDAY_NAME.search(text)`, after a substring test for the ending every weekday's name shares."""
    return _WEEKDAY_NAME.search(text) if _WEEKDAY_END in text else None


@lru_cache(maxsize=1)
def _needs() -> dict[str, Callable[[str], object]]:
    """Each need's test: truthy when a text holds it (`_present` asks the same searches directly)."""
    out: dict[str, Callable[[str], object]] = {"digit": has_digit, "digit_sep": _year_and_separator,
                                               "month": _MONTH_NAME.search, "weekday": _weekday_named}
    return out | {kind: _has_words(words) for kind, words in _WORDS_OF.items()}


@lru_cache(maxsize=1)
def _needed_patterns() -> list[tuple[str, re.Pattern[str], tuple[str, ...]]]:
    """`_patterns` with each kind's needs beside it (looked up once, not for every text)."""
    return [(kind, pattern, _NEEDS.get(kind, ())) for kind, pattern in _patterns()]


# The needs in the order `_present` tests them (a digit's separator only where a digit is, the case-blind words of
# both kinds behind one test of them all), and the kinds of expression to search for each set of needs held (at most
# one entry per subset of `_NEEDS_ORDER`, made once when first met, in `_patterns` order)
_NEEDS_ORDER = ("digit", "digit_sep", "month", "weekday", "relative", "week")
_KINDS: dict[tuple[bool, ...], tuple[tuple[str, re.Pattern[str]], ...]] = {}


def _present(chunk: str) -> tuple[bool, ...]:
    """Which needs (`_NEEDS_ORDER`) the chunk holds, as `_needs` tests them: a need implied by another (a digit by a
    digit's separator) or ruled out with others (all the case-blind words absent) is not tested again."""
    return _present_from(chunk)[0]


def _present_from(chunk: str) -> tuple[tuple[bool, ...], int, int]:
    """`_present`, with where the searches of the month kinds (`_MONTH_KINDS`) and of the weekday may start: no match
    of theirs begins before `_lead_start` of the first month's or weekday's name written (0 where none is)."""
    digit = has_digit(chunk)
    sep = digit and _year_and_separator(chunk)  # ("\d[/.-]\d" holds a digit: none without one)
    words = not lacks_words(chunk, _ANY_WORD)
    month = _MONTH_NAME.search(chunk)
    weekday = _weekday_named(chunk)
    present = (digit, sep, month is not None, weekday is not None,
               words and not lacks_words(chunk, _RELATIVE_WORDS), words and not lacks_words(chunk, _WEEK_WORDS))
    return (present, 0 if month is None else _lead_start(chunk, month.start(), _MONTH_LEAD_MOST),
            0 if weekday is None else _lead_start(chunk, weekday.start(), _WEEKDAY_LEAD_MOST))


# The kinds whose every match holds a month's name as `_MONTH_NAME` finds it, and the most characters other than white
# space and hyphens that such a match holds before the name ("until 31st and 31st of": a lead word, a day, a joining
# word, a day and "of"; "the beginning of"), as a weekday's match before the weekday's name ("this coming")
_MONTH_KINDS = frozenset({"dmy", "mdy", "mdy_glued", "month", "month_year"})
_MONTH_LEAD_MOST = 18
_WEEKDAY_LEAD_MOST = 10


def _lead_start(text: str, at: int, most: int) -> int:
    """The first index from which text[index:at] holds no more than `most` characters besides white space (what
    `\\s` matches) and hyphens: a search of a kind from there finds the same matches as one from the text's start,
    as each of its matches holds a name at `at` or after, with at most `most` such characters before that name (a
    search from a later index still reads the characters before it for `\\b`)."""
    left = most
    while at > 0:
        ch = text[at - 1]
        if not (ch.isspace() or ch == "-"):
            if left == 0:
                break
            left -= 1
        at -= 1
    return at


def _kinds_for(present: tuple[bool, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    held = {name for name, holds in zip(_NEEDS_ORDER, present, strict=True) if holds}
    return tuple((kind, pattern) for kind, pattern, needs in _needed_patterns() if held.issuperset(needs))


def _name_led_matches(pattern: re.Pattern[str], names: re.Pattern[str], chunk: str, at: int,
                      most: int) -> list[re.Match[str]]:
    """`pattern.finditer(chunk)` of a kind each match of which holds a name `names` finds, with at most `most`
    characters besides white space and hyphens before it (`_lead_start`), searched from `at` (the first name's lead
    start). After each match the next name is looked for first: where none follows, no later match can begin and no
    search runs on to the chunk's end; where one does, none begins before its lead start."""
    out: list[re.Match[str]] = []
    while True:
        m = pattern.search(chunk, at)
        if m is None:
            return out
        out.append(m)
        end = m.end()  # (no match is empty: the next begins at its end or after)
        name = names.search(chunk, end)
        if name is None:
            return out
        at = max(end, _lead_start(chunk, name.start(), most))


# The month kinds whose every match begins with the month's name ("Apr 052017", "March 2016"): each tried at the names
# alone (`_matches_at_names`), not searched for along the chunk
_NAME_OPENED_KINDS = frozenset({"mdy_glued", "month_year"})


def _matches_at_names(pattern: re.Pattern[str], chunk: str, names: list[int]) -> list[re.Match[str]]:
    """`pattern.finditer(chunk)` of a kind each match of which begins where a month's name does (`names`: every such
    place, as no name begins inside another's capitalised name): the pattern matched at each name, left to right,
    none inside the match before."""
    out: list[re.Match[str]] = []
    end = 0
    for at in names:
        if at < end:
            continue
        m = pattern.match(chunk, at)
        if m is not None:
            out.append(m)
            end = m.end()
    return out


# What every date or month expression (`find_dates` kinds "date" and "month") holds: a month's name or its abbreviation
# as written ("May", "Sept."), a digit, a separator and a digit ("2017-04-05", "05/04/2017"), or "month" in any case
# ("last month", "earlier this month"): a text this finds nothing in needs no search of the date patterns
DATE_OR_MONTH = re.compile("|".join(calendar.month_abbr[1:]) + r"|\d[/.-]\d|(?i:month)")


@lru_cache(maxsize=1)
def _month_before_dot() -> re.Pattern[str]:
    """A month's name as the patterns write it (capitalised), right before the end of a search's window."""
    return re.compile("(?:" + "|".join(n.capitalize() for n in _month_table()) + ")$")


def stop_in_date(text: str, at: int) -> bool:
    """Whether the sentence stop at `at` ("." "!" "?" before a space) may lie inside a date expression: only a
    month's abbreviation may carry a dot ("Sept. 5"); no expression holds any other stop, nor a space after one."""
    return text[at] == "." and _month_before_dot().search(text, max(0, at - 9), at) is not None


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Date expressions in text[start:end], left to right; of overlapping ones the longest wins."""
    found = _chunk_dates(text[start:None if end is None else end])
    if not start:
        return list(found)
    # (each field passed as `replace` would pass it, without its walk over the fields per date)
    return [DateMention(d.start + start, d.end + start, d.text, d.kind, d.month, d.days, d.year, d.weekday, d.offset,
                        d.part, d.strict, d.extra) for d in found]


@lru_cache(maxsize=2048)
def _chunk_dates(chunk: str) -> tuple[DateMention, ...]:
    """`find_dates` of a whole string, offsets relative to it. Remembered for the latest sentences: the count
    reader masks a sentence's dates and the time stage reads the same sentence's again (what is found in a slice
    depends on the slice alone)."""
    found: list[DateMention] = []
    present, month_at, weekday_at = _present_from(chunk)
    kinds = _KINDS.get(present)
    if kinds is None:
        kinds = _KINDS[present] = _kinds_for(present)
    names: list[int] | None = None  # (where the month names begin, found once for the kinds opened by one)
    for kind, pattern in kinds:
        # (a month's or a weekday's kind searched from just before each name it needs: no match begins earlier)
        matches: Iterable[re.Match[str]]
        if kind in _NAME_OPENED_KINDS:
            if names is None:
                names = [name.start() for name in _MONTH_NAME.finditer(chunk, month_at)]
            matches = _matches_at_names(pattern, chunk, names)
        elif kind in _MONTH_KINDS:
            matches = _name_led_matches(pattern, _MONTH_NAME, chunk, month_at, _MONTH_LEAD_MOST)
        elif kind == "weekday":
            matches = _name_led_matches(pattern, _WEEKDAY_NAME, chunk, weekday_at, _WEEKDAY_LEAD_MOST)
        else:
            matches = pattern.finditer(chunk)
        for m in matches:
            mention = _build(kind, m, 0)
            if mention is not None:
                found.append(mention)
    if not found:
        return ()  # (most chunks: no sort, no merge)
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[DateMention] = []
    for d in found:
        if out and d.start < out[-1].end:
            continue
        out.append(d)
    return tuple(_merge_pairs(chunk, out))


# The kinds of expression that name a day of a month, those of them that write the month as a number, and those
# that may name a second day ("June 25 and 26"): the groups `_build` reads of each (`_patterns`)
_DAY_KINDS = frozenset({"iso", "numeric", "dmy", "mdy", "mdy_glued"})
_NUMBERED_KINDS = frozenset({"iso", "numeric"})
_TWO_DAY_KINDS = frozenset({"dmy", "mdy"})


def _build(kind: str, m: re.Match[str], offset: int) -> DateMention | None:
    """The date mention a match of a kind's pattern makes, or None where it names no real day. Its groups are read
    by name, those the kind's pattern has, in one call (no dict of every group made per match)."""
    s, e = m.start() + offset, m.end() + offset
    text = m.group()
    if kind in _DAY_KINDS:
        d2: str | None = None
        if kind in _NUMBERED_KINDS:
            y, d, mn = m.group("y", "d", "mn")
            month = int(mn)
        else:
            y, d, name = m.group("y", "d", "m")
            month = _month_table()[name.rstrip(".").lower()]
            d2 = m.group("d2") if kind in _TWO_DAY_KINDS else None
        year = int(y) if y else None
        days = [_num(d)]
        if d2:
            days.append(_num(re.sub(r"^\D+", "", d2.strip(" -–&"))))
        if not all(_valid(year or 2000, month, day) for day in days):
            return None
        return DateMention(s, e, text, "date", month, tuple(days), year)
    if kind in ("month", "month_year"):
        y, name = m.group("y", "m")
        told = m.group("part") if kind == "month" else None
        # "the end of July": the word of the part, not the "of" that closes the phrase
        part = next((_PARTS[w] for w in (told or "").lower().split() if w in _PARTS), 1)
        return DateMention(s, e, text, "month", _month_table()[name.rstrip(".").lower()], (), int(y) if y else None,
                           part=part)
    if kind == "weekday":
        plural, on, last, coming, wd = m.group("s", "on", "last", "next", "wd")
        if plural and (on or last):
            return None  # "on Fridays": every Friday, no one day
        return DateMention(s, e, text, "weekday", weekday=_WEEKDAYS[wd.lower()], strict=bool(last),
                           offset=1 if coming else 0)
    if kind == "relative":
        yday, today, n = m.group("yday", "today", "n")
        if yday:
            back = 2 if yday.lower().startswith("the day before") else 1
            return DateMention(s, e, text, "relative", offset=-back)
        if today:
            return DateMention(s, e, text, "relative", offset=0)
        n = n.lower()
        return DateMention(s, e, text, "relative", offset=-(int(n) if n.isdigit() else _NUMBERS[n]))
    w = " ".join(m.group("w").lower().split())
    if w.endswith("weekend"):  # "at the weekend", "over the weekend": the latest Saturday and Sunday, as one
        return DateMention(s, e, text, "weekend")
    if w == "last month":
        return DateMention(s, e, text, "month", offset=-1)
    if w == "earlier this month":
        return DateMention(s, e, text, "month", offset=0)
    return DateMention(s, e, text, "week", offset=-1 if w in ("last week", "the past week") else 0)


_DIGITS = re.compile(r"\d+")  # (compiled once: re.match looks the pattern up at every call)


def _num(token: str) -> int:
    return int(_DIGITS.match(token).group())  # type: ignore[union-attr]


# the days of each month of a common year (2001), by its number (0 holds none)
_MONTH_DAYS: tuple[int, ...] = (0, *(calendar.monthrange(2001, month)[1] for month in range(1, 13)))


def _valid(year: int, month: int, day: int) -> bool:
    """Whether the day is one of the month's in that year (no year: 2000's, a leap year), as `calendar.monthrange`
    counts them: read from a table and the leap rule, with no call into the calendar module (pure Python, slow
    from compiled code) for each date built."""
    if not 1 <= month <= 12:
        return False
    if not year:
        year = 2000
    last = _MONTH_DAYS[month]
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        last += 1  # (calendar.isleap's rule)
    return 1 <= day <= last


def _merge_pairs(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """'June 25 and June 26': two day dates joined by 'and' are one expression naming two days."""
    out: list[DateMention] = []
    for d in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.kind == d.kind == "date" and prev.month == d.month
                and re.fullmatch(r"\s*(?:and|&|,)\s*", text[prev.end:d.start])):
            out[-1] = DateMention(prev.start, d.end, text[prev.start:d.end], "date", prev.month,
                                  prev.days + d.days, prev.year or d.year)
            continue
        out.append(d)
    return out


def resolve(mention: DateMention, published: date | None) -> list[tuple[str, int]]:
    """(value, precision) for each day an expression names; [] when it cannot be placed in time or would
    fall after publication."""
    return _RESOLVERS[mention.kind](mention, published)


def _resolve_date(m: DateMention, published: date | None) -> list[tuple[str, int]]:
    assert m.month is not None
    out = []
    for day in m.days:
        if m.year is not None:
            value = date(m.year, m.month, day)
            if published is None or value <= published:
                out.append((value.isoformat(), 1))
        elif published is not None:
            out.append((_latest(m.month, day, published).isoformat(), 1))
        else:
            out.append((f"--{m.month:02d}-{day:02d}", 1))
    return out


def _latest(month: int, day: int, published: date) -> date:
    """The latest such month/day on or before publication (29 February falls back to the 28th)."""
    for year in (published.year, published.year - 1, published.year - 2, published.year - 3, published.year - 4):
        if _valid(year, month, day) and date(year, month, day) <= published:
            return date(year, month, day)
    return date(published.year - 1, month, min(day, 28))


def _resolve_month(m: DateMention, published: date | None) -> list[tuple[str, int]]:
    if m.month is None:  # "last month", "earlier this month"
        if published is None:
            return []
        first = published.replace(day=1) - timedelta(days=1) if m.offset else published
        return [(first.replace(day=1).isoformat(), 3)]
    if m.year is not None:
        value = date(m.year, m.month, m.part)
        if published is not None and value > published:
            value = value.replace(day=1)
            if value > published:
                return []
        return [(value.isoformat(), 3)]
    if published is None:
        return [(f"--{m.month:02d}", 3)]
    value = _latest(m.month, 1, published)
    part_day = value.replace(day=m.part)
    return [((part_day if part_day <= published else value).isoformat(), 3)]


def _resolve_weekday(m: DateMention, published: date | None) -> list[tuple[str, int]]:
    if published is None or m.weekday is None or m.offset > 0:
        return []  # (offset 1: "next Wednesday", after publication: no event's day)
    back = (published.weekday() - m.weekday) % 7
    if back == 0 and m.strict:
        back = 7
    return [((published - timedelta(days=back)).isoformat(), 1)]


def _resolve_relative(m: DateMention, published: date | None) -> list[tuple[str, int]]:
    if published is None:
        return []
    return [((published + timedelta(days=m.offset)).isoformat(), 1)]


def _resolve_week(m: DateMention, published: date | None) -> list[tuple[str, int]]:
    """'last week': the Monday of the week before publication; 'this week': this week's Monday."""
    if published is None:
        return []
    monday = published - timedelta(days=published.weekday()) + timedelta(weeks=m.offset)
    return [(monday.isoformat(), 2)]


def _resolve_weekend(m: DateMention, published: date | None) -> list[tuple[str, int]]:
    """'over the weekend': the publication day when it falls on the weekend (ACLED codes such a report's weekend
    on its own day), else the Saturday of the latest weekend, at a week's precision."""
    if published is None:
        return []
    back = 0 if published.weekday() >= calendar.SATURDAY else (published.weekday() - calendar.SATURDAY) % 7
    return [((published - timedelta(days=back)).isoformat(), 2)]


# Each kind's resolver (a table made once, not at every call)
_RESOLVERS: dict[str, Callable[[DateMention, date | None], list[tuple[str, int]]]] = {
    "date": _resolve_date, "month": _resolve_month, "weekday": _resolve_weekday, "relative": _resolve_relative,
    "week": _resolve_week, "weekend": _resolve_weekend}


def parse_published(value: str | None) -> date | None:
    """A document's publication date (YYYY-MM-DD, time part ignored), or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
