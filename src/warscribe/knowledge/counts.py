"""Casualty, injury and arrest counts in a sentence ("Four soldiers were killed", "killing 2 soldiers",
"over 60", "dozens", "several"), read with ACLED's conservative conventions."""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from warscribe.cleaning.cues import load_cues
from warscribe.knowledge import located
from warscribe.knowledge.lexicon import LEXICON_DIR, Lexicon, Numbers
from warscribe.knowledge.patterns import (
    fewest_words,
    first_letters,
    has_digit,
    lacks_words,
    starts_with,
    token_trie,
    word_trie,
)
from warscribe.knowledge.prefilter import prefiltered
from warscribe.timex import find_dates


@dataclass(frozen=True)
class Count:
    """A count found in text: `value` people met `outcome` (death, injury, arrest, abduction, casualty)."""

    start: int
    end: int
    outcome: str
    value: int
    vague: bool  # no real number was given ("several", "killed" alone)
    victims: str | None  # civilians | protesters | state | armed
    victim_words: str
    floor: bool = False  # an indefinite amount's figure ("dozens" = 12): a bound, not a count
    definite: bool = False  # no number, the dead the definite subject of the sentence: a toll told before


@dataclass(frozen=True)
class _Rules:
    """counting.yaml compiled: numbers that are not counts, background tolls, declared figures."""

    not_counts: tuple[re.Pattern[str], ...]
    background: re.Pattern[str]
    max_event_toll: int
    declared: re.Pattern[str]
    bare_death: re.Pattern[str]
    one_after: re.Pattern[str]
    one_before: re.Pattern[str]
    verbs_before: tuple[str, ...]
    no_fatalities: frozenset[str]
    cause: re.Pattern[str]
    elsewhere: re.Pattern[str]
    survived: re.Pattern[str]
    toll_reaches: tuple[str, ...]
    people_only: frozenset[str]
    joined: re.Pattern[str]
    never_verbs: frozenset[str]
    not_toll_figures: frozenset[str] = frozenset()
    earlier: re.Pattern[str] = re.compile("(?!)")
    referenced: re.Pattern[str] = re.compile("(?!)")
    # a word each match of `elsewhere` holds as written (None: no such word for some phrase), see `_literal_words`
    elsewhere_words: tuple[str, ...] | None = None
    # the same for `declared`, and for `cause` its two lists (a match holds a word of each: a text lacking either
    # list holds none; FA-KES: 501 of 505 sentences with a digit lack the first, 504 of 519 with an outcome the second)
    declared_words: tuple[str, ...] | None = None
    cause_words: tuple[tuple[str, ...] | None, ...] = (None,)
    # the indices of `not_counts` whose every match ends with digits and commas, "#?\d[\d,]*" or "\d+" (see
    # `_digits_end`)
    digit_ended: frozenset[int] = frozenset()
    # `background` over a space and the lower-case form of an ASCII text (see `_background_gate`)
    background_gate: re.Pattern[str] | None = None
    # the `_literal_words` of `earlier` and of `referenced`'s openers (a text lacking them holds no match of either)
    earlier_words: tuple[str, ...] | None = ()
    referenced_words: tuple[str, ...] | None = ()
    # `not_counts[0]` (a label's number) over a space and the lower-case form of an ASCII text (see `_label_gate`)
    label_gate: re.Pattern[str] | None = None
    # the indices of `not_counts` whose matches begin where a run of digits does (a unit's number, `_DIGIT_LED`'s),
    # and those patterns with `_BARE_YEAR` as one search (see `_digit_runs`)
    digit_led: frozenset[int] = frozenset()
    digit_runs: re.Pattern[str] | None = None
    # where a match of `bare_death` may begin, over a text's `_scout_form` (see `_scout`): its phrases' own words
    bare_death_scout: re.Pattern[str] | None = None
    # `digit_runs` for an ASCII text: its first digit read as [0-9], a class a search skips along by with a bitmap's
    # test, not a look-up of each character's Unicode category (`\d` matches those ten alone in an ASCII text)
    digit_runs_ascii: re.Pattern[str] | None = None


@lru_cache(maxsize=1)
def _raw_rules() -> dict[str, Any]:
    return located.data_file(LEXICON_DIR / "counting.yaml")


@lru_cache(maxsize=1)
def _bare_one_stops() -> frozenset[str]:
    """The words that end the phrase after a death word before its noun of people (counting.yaml `bare_one_stops`)."""
    return frozenset(_raw_rules().get("bare_one_stops") or ())


# A person's name: two or three capitalised words, the last one closing the phrase (a bracket or a stop after it,
# no further word: "Free Syrian Army fighters" and "Ahmad Ali in Duma" are no name here), case-sensitive even in a
# pattern compiled to ignore case.
_NAME = r"(?-i:[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})(?![\w'’-])(?=\s*[(,;.]|\s*$)"


def _phrase(text: str, number: str, lower: bool = False) -> str:
    """A phrase of counting.yaml as a pattern: spaces match any spacing, placeholders their class. `lower`: the
    phrase and the month names in lower case, for a case-sensitive search of lower-case text."""
    text = text.lower() if lower else text
    out = re.escape(text).replace(r"\ ", r"\s+")
    for key, pattern in _escaped_holders(number, lower):
        out = out.replace(key, pattern)
    return out


@lru_cache(maxsize=8)
def _escaped_holders(number: str, lower: bool) -> tuple[tuple[str, str], ...]:
    """`_holders` as `_phrase` replaces them, each placeholder escaped: made once for the few hundred phrases of
    counting.yaml, not a dict and the month names' join per phrase (a few ms of every start-up)."""
    return tuple((re.escape(key), pattern) for key, pattern in _holders(number, lower).items())


@lru_cache(maxsize=8)
def _holders(number: str, lower: bool) -> dict[str, str]:
    """The placeholders of counting.yaml's phrases and their patterns (`lower`: the month names in lower case).
    Made once for each form (read, never changed, by every phrase's `_phrase` and `_phrase_path`)."""
    months = "|".join(m.lower() if lower else m for m in calendar.month_name if m)
    return {"{year}": r"(?:19|20)\d\d", "{month}": f"(?:{months})", "{n}": number, "{word}": r"[A-Za-z]+",
            "{name}": _NAME}


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    raw = _raw_rules()
    nc = raw["not_counts"]
    number = r"(?:\d+|[a-z]+)"
    labels = "|".join(_phrase(w, number) for w in sorted(nc["labels"], key=len, reverse=True))
    units = "|".join(_phrase(w, number) for w in sorted(nc["units"], key=len, reverse=True))
    signs = "|".join(re.escape(w) for w in nc["signs"])
    ages = "|".join(_phrase(w, number) for w in nc["ages"])
    # (these two end every match with digits and commas: `_Rules.digit_ended`)
    label_numbers = re.compile(rf"\b{_begins(nc['labels'])}(?:{labels})\.?\s*(?:no\.?\s*)?#?\d[\d,]*", re.I)
    ages_told = prefiltered(re.compile(rf"\b{_begins(nc['ages'])}(?:{ages})\s+\d+", re.I))
    # (the patterns that begin with a digit written as that digit and what follows it, for `_digit_runs`)
    units_after = rf"[\d,.]*\s*{_begins(nc['units'])}(?:{units})(?!\w)"
    digit_led = [re.compile(rf"\d{units_after}", re.I), *(re.compile(r"\d" + after) for after in _DIGIT_LED)]
    not_counts = (
        label_numbers,  # "Battalion 46", "Route 5" (first: `_Rules.label_gate` stands for it)
        digit_led[0],  # "70%", "12-year-old", "5 km"
        re.compile(rf"(?:{signs})\s*\d[\d,.]*"),  # "$5", "No. 3"
        ages_told,  # "aged 12"
        *digit_led[1:],  # times ("10:30", "21h"), "25/09", "46th", phone and ID numbers
    )
    # (the phrases once each in the data file's order, not a set's: a set's order changes with each process's string
    # hashing, and so did the pattern's text, which recache then never found in its store; any order finds the same
    # texts, whose search asks only whether one is there)
    background = "|".join(_phrase(w, number) for w in sorted(dict.fromkeys(raw["background"]), key=len, reverse=True))
    declared = "|".join(_phrase(w, number) for w in raw["declared"])
    bare = "|".join(_phrase(w, number) for w in sorted(raw["bare_death"], key=len, reverse=True))
    one_after = "|".join(_phrase(w, number) for w in sorted(raw["one_victim_after"], key=len, reverse=True))
    one_before = "|".join(_phrase(w, number) for w in sorted(raw["one_victim_before"], key=len, reverse=True))
    cause = raw["cause"]
    before, quals, death_words = (_phrases(cause[k], number) for k in ("before", "qualifiers", "deaths"))
    cause_re = re.compile(rf"\b{_begins(cause['before'])}(?:{before})\s+(?:(?:the|a|an|his|her|their)\s+)?"
                          rf"(?:(?:{quals})\s+)?"
                          rf"(?:{death_words})\b", re.I)
    elsewhere = re.compile(rf"\b{_begins(cause['elsewhere'])}(?:{_phrases(cause['elsewhere'], number)})\b", re.I)
    return _Rules(not_counts, re.compile(rf"\b{_begins(raw['background'])}(?:{background})(?![\w-])", re.I),
                  int(raw["max_event_toll"]),
                  re.compile(rf"\b{_begins(raw['declared'])}(?:{declared})\s+(?P<num>\d+)", re.I),
                  re.compile(rf"\b{_begins(raw['bare_death'])}(?:{bare})\b", re.I),
                  re.compile(rf"\s+(?:{one_after})\b", re.I),
                  re.compile(rf"\b{_begins(raw['one_victim_before'])}(?:{one_before})\s+$", re.I),
                  tuple(raw["verbs_before"]), frozenset(raw["no_fatalities"]), cause_re, elsewhere,
                  prefiltered(re.compile(rf"\b{_begins(raw['survived'])}(?:{_phrases(raw['survived'], number)})\b",
                                         re.I)),
                  tuple(raw["toll_reaches"]), frozenset(raw["people_only_verbs"]),
                  re.compile(rf"[^.;:]{{0,60}}?\b(?:{_phrases(raw['joined_after'], number)})\s+", re.I),
                  frozenset(raw["never_verbs"]), frozenset(w.lower() for w in raw.get("not_toll_figures") or ()),
                  # (up to six words between: "days after a deadly airstrike on Monday killed 12")
                  earlier=re.compile(
                      rf"\b(?:{_phrases(raw.get('earlier_event') or [], number)})\s+(?:[\w'’-]+\s+){{0,6}}$",
                      re.I) if raw.get("earlier_event") else re.compile("(?!)"),
                  referenced=_referenced_event(raw.get("referenced_event") or {}, number),
                  elsewhere_words=_literal_words(cause["elsewhere"]),
                  declared_words=_literal_words(raw["declared"]),
                  cause_words=(_fewest(_literal_words(cause["before"])), _fewest(_literal_words(cause["deaths"]))),
                  digit_ended=frozenset(i for i, p in enumerate(not_counts) if p is label_numbers or p is ages_told),
                  background_gate=_background_gate(raw["background"], number),
                  earlier_words=_fewest(_literal_words(raw.get("earlier_event") or [])),
                  referenced_words=_referenced_words(raw.get("referenced_event") or {}),
                  label_gate=_label_gate(nc["labels"]),
                  digit_led=frozenset(i for i, p in enumerate(not_counts) if any(p is d for d in digit_led)),
                  digit_runs=_digit_runs([f"(?i:{units_after})", *_DIGIT_LED, _BARE_YEAR_AFTER_DIGIT]),
                  digit_runs_ascii=_digit_runs([f"(?i:{units_after})", *_DIGIT_LED, _BARE_YEAR_AFTER_DIGIT], "[0-9]"),
                  # (`bare_death` opens with `\b` and `_begins` of its phrases: a scout of the phrases themselves)
                  bare_death_scout=_scout(list(raw["bare_death"]), ""))


def _label_gate(labels: list[str]) -> re.Pattern[str] | None:
    """`not_counts`' label numbers ("Battalion 46", "Route 5") for a case-sensitive search of a space and the
    lower-case form of an ASCII text (`_label_spans`): a character that is no word character (the one before the
    label, which tells its word boundary), the labels' trie in lower case, then the number. A search skips along by
    the opening class, where the case-blind pattern tries the boundary and its look-aheads at every position. The
    labels that may begin at a place make a chain (each a beginning of the next): the trie tries them longest first,
    as the alternation does, and the matches are the same. None when a label is not ASCII, does not begin with a
    letter or holds a placeholder or a space."""
    if not labels or any(not w.isascii() or not w[:1].isalpha() or "{" in w or " " in w for w in labels):
        return None
    trie = word_trie(w.lower() for w in labels)
    return re.compile(rf"{_ASCII_NON_WORD}{trie}\.?\s*(?:no\.?\s*)?#?\d[\d,]*")


def _label_spans(gate: re.Pattern[str], low: str, end: int) -> list[tuple[int, int]]:
    """The spans in a text of the label numbers its `_spaced_lower` form `low` holds, searched up to `end` of the text
    (`_label_gate`): those of the case-blind pattern's search, left to right, each from where the last ended."""
    spans: list[tuple[int, int]] = []
    at = 0
    # (in `low` a match holds the character before the text's, one place on: its span there is the text's less one
    # at its end, and the next search starts where the last match ended in the text, at that match's last character,
    # which may be the character before a label's, a comma: "Route 5,Road 7")
    while (m := gate.search(low, at, end + 1)) is not None:
        spans.append((m.start(), m.end() - 1))
        at = m.end() - 1
    return spans


# `not_counts`' patterns that begin with a digit, each after that digit (the look-behind after it saying what a \b or
# a look-behind before it would: a search of the whole pattern leaves every position holding no digit at once)
_DIGIT_LED = (
    r"(?<!\w\d)(?:\d?[:.]\d{2}\b|\d?h\d{0,2}\b)",  # times: "10:30", "21h"
    r"(?<!\w\d)(?:\d*(?:/\d+)+\b|\d*(?:st|nd|rd|th)\b)",  # "25/09", "46th"
    r"(?<![\d,.]\d)(?:(?<=0)\d+\b|\d{6,}\b)",  # phone and ID numbers, never written as tolls
)


def _digit_runs(afters: list[str], digit: str = r"\d") -> re.Pattern[str] | None:
    """Patterns that each begin with a digit, given as what follows that digit, searched at once: the first digit of
    each run of digits, then each pattern's match there (if any) as a look-ahead's group, one group a pattern, in
    turn. `_digit_run_spans` reads their spans as each pattern's own search finds them, provided every match of a
    pattern begins with a digit no digit precedes, or else may begin one digit earlier too (a unit's number:
    "[\\d,.]*" reads the digit before), and none is empty or ends before a digit (where the next would begin). None
    when a pattern holds a group of its own (the groups would not be one a pattern). `digit`: how the first digit is
    read (`[0-9]` for ASCII texts alone)."""
    tries = "".join(f"(?:(?=({after}))|)" for after in afters)
    runs = re.compile(rf"{digit}(?<!\d\d){tries}")
    return runs if runs.groups == len(afters) else None


def _digit_run_spans(runs: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The spans of the matches of the patterns `runs` was built of (`_digit_runs`) in `text`: one search over the
    text's runs of digits, each pattern's match taken where it begins at or after the end of its last (as its own
    search, left to right, takes them), where each pattern's search scanned the whole text on its own."""
    spans: list[tuple[int, int]] = []
    ends = [0] * runs.groups
    for m in runs.finditer(text):
        start = m.start()
        regs = m.regs
        for k in range(runs.groups):
            end = regs[k + 1][1]
            if end >= 0 and start >= ends[k]:
                spans.append((start, end))
                ends[k] = end
    return spans


# What `\W` matches in an ASCII text (Python's word characters there: ASCII letters, digits, "_"), as a class: the
# gates read only ASCII texts (`_spaced_lower`), and a search that opens with it tests each character against the
# class's bitmap instead of looking it up in Unicode's tables (a third of a gate's search on FA-KES)
_ASCII_NON_WORD = "[^0-9A-Z_a-z]"

# The placeholders of `_phrase` whose every match begins with a word character
_WORD_HOLDERS = ("{n}", "{year}", "{month}", "{word}")


def _background_gate(phrases: list[str], number: str) -> re.Pattern[str] | None:
    """The `background` pattern for a case-sensitive search of a space and the lower-case form of an ASCII text
    (`_background_in`): a character that is no word character, then the phrases in lower case. The same places as the
    case-blind search of the text, when every phrase is ASCII and begins with a word character (a letter, a digit or
    `_WORD_HOLDERS`): the character before a phrase then tells its word boundary, and a search skips along by it (the
    pattern opens with a class) instead of trying every position, reading no letter case-blind. None when a phrase
    is not so or holds the case-sensitive {name}."""
    if any(not p.isascii() or "{name}" in p or not (p[:1].isalnum() or p.startswith(_WORD_HOLDERS)) for p in phrases):
        return None
    low = [p.lower() for p in phrases]
    # (the phrases as a trie, not an alternation tried phrase by phrase at each place a first word begins: a yes/no
    # search finds a match where either does, whichever phrase it reads)
    # (no `_begins` look-ahead before it: the trie leaves a place at the first letter that begins no phrase as soon,
    # and where one does ("in", "the", "of") the look-ahead read the phrases' first words once more before the trie
    # read them again: half of the gate's search on FA-KES)
    trie = token_trie(_phrase_path(w, number) for w in sorted(set(low)))
    return re.compile(rf"{_ASCII_NON_WORD}(?:{trie})(?![\w-])")


def _phrase_path(text: str, number: str) -> list[str]:
    """`_phrase(text, number, lower=True)` as a list of tokens (a character, a run of spaces, a placeholder's
    pattern) for `token_trie`: their concatenation is that pattern."""
    holders = _holders(number, lower=True)
    text = text.lower()
    path: list[str] = []
    at = 0
    while at < len(text):
        key = next((k for k in holders if text.startswith(k, at)), None)
        if key is not None:
            path.append(holders[key])
            at += len(key)
        else:
            path.append(r"\s+" if text[at] == " " else re.escape(text[at]))
            at += 1
    return path


def _background_in(text: str, low: str | None, start: int, end: int) -> bool:
    """Whether a background phrase (counting.yaml `background`) stands in text[start:end]; `low`: a space and the
    text's lower-case form when the text is ASCII (else None), for `_Rules.background_gate`."""
    rules = _rules()
    if low is None or rules.background_gate is None:
        return rules.background.search(text, start, end) is not None
    # (the gate reads the character before a phrase: one place on in `low`, the leading space before the text's start)
    return rules.background_gate.search(low, start, end + 1) is not None


def _referenced_event(raw: dict[str, Any], number: str) -> re.Pattern[str]:
    """counting.yaml `referenced_event`: an opener, a noun phrase of up to five words and a relative word, right
    before a count ("before an April 4 attack that killed dozens"); no stop or comma between."""
    if not raw.get("opens") or not raw.get("relatives") or not raw.get("determiners"):
        return re.compile("(?!)")
    opens, relatives = _phrases(raw["opens"], number), _phrases(raw["relatives"], number)
    determiners = _phrases(raw["determiners"], number)
    return re.compile(rf"\b(?:{opens})\s+(?:{determiners})\s+(?:[\w'’-]+\s+){{1,5}}?"
                      rf"(?:{relatives})\s+(?:[\w'’-]+\s+)?$", re.I)


def _referenced_words(raw: dict[str, Any]) -> tuple[str, ...] | None:
    """`_literal_words` of `_referenced_event`'s openers, every match's first words (none when it matches nothing)."""
    if not raw.get("opens") or not raw.get("relatives") or not raw.get("determiners"):
        return ()
    return _fewest(_literal_words(raw["opens"]))


def _literal_words(phrases: list[str]) -> tuple[str, ...] | None:
    """For each phrase of counting.yaml, its longest word outside the placeholders, lower-case: every match of the
    phrase's pattern (`_phrase`) holds it as written, so a text lacking all of them (`lacks_words`) holds no match.
    None when a phrase has no such word."""
    out = []
    for phrase in phrases:
        words = [w for w in phrase.lower().split() if "{" not in w and "}" not in w]
        if not words:
            return None
        out.append(max(words, key=len))
    return tuple(out)


def _fewest(words: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """`_literal_words` less the words that hold another of them (or repeat one): a text holds one of the words left
    exactly when it holds one of all (one holding a longer word holds the shorter in it), with fewer substring tests
    (`_may_hold`: "condemn" stands for "condemned" and "condemning", "killing" for "killings")."""
    return None if words is None else tuple(fewest_words(words))


def _may_hold(text: str, words: tuple[str, ...] | None) -> bool:
    """Whether `text` may hold a match of a pattern whose every match holds one of `words` (`_literal_words`; None:
    any text may)."""
    return words is None or not lacks_words(text, words)


def _one_before(text: str, at: int) -> bool:
    """Whether the words before a death word make its subject one person ("... was killed", "the man had been shot
    dead"), not a plural pronoun before them ("They had been shot dead": counting.yaml `plural_subjects`)."""
    found = _rules().one_before.search(text, 0, at)
    if found is None:
        return False
    before = text[max(0, found.start() - 20):found.start()].split()
    return not before or before[-1].strip("\"'“‘(").lower() not in _raw_rules().get("plural_subjects", ())


def _begins(phrases: list[str]) -> str:
    """A look-ahead for what the phrases' patterns begin with: their words before the first placeholder (none
    when a phrase begins with one). It changes no match; a case-blind search then leaves most positions at once
    instead of trying every phrase at each (see patterns.starts_with)."""
    return starts_with(p.split("{", 1)[0] for p in phrases)


def _phrases(words: list[str], number: str) -> str:
    return "|".join(_phrase(w, number) for w in sorted(words, key=len, reverse=True))


def no_fatalities(sub_event_type: str) -> bool:
    """Whether ACLED's definition of this sub-event type excludes fatalities (a peaceful protest, an arrest)."""
    return sub_event_type in _rules().no_fatalities


# (the auxiliaries as a trie: no two of them match at one place, and a word leaves most at its first letter)
_AUX_WORDS = ("were", "was", "have been", "has been", "had been", "are", "is", "been", "being", "got", "reportedly",
              "also", "all", "later", "more")
# (its last part reads an "and": `_after_matches` leaves it out where the text after a place holds none)
# (the letters taken whole, three or more, then "ed" read back at their end: only a whole run can end in "ed" before
# the white space, and a run given back letter by letter to find one, at every try of each length of the counted
# phrase, was a tenth of `after`'s matching on FA-KES) ("1 civilian was kidnapped and killed")
# (the outcomes it leaves to `told` as one case-blind trie: a word leaves them at its first letter, where their
# case-blind alternation tried each in turn)
_AUX_AND = (rf"(?:(?!{word_trie(('killed', 'wounded', 'injured'), fold=True)}\b)(?=[a-z]{{3}})[a-z]++(?<=ed)"
            r"\s+and\s+)?")
_AUX_BE = rf"(?:{word_trie(_AUX_WORDS, fold=True)}\s+){{0,3}}"
_AUX = _AUX_BE + _AUX_AND
# The words no word of a victim noun phrase is (`_np_word`)
_NP_STOPS = ("and", "or", "but", "while", "after", "before", "when", "in", "on", "at")


def _np_word(stops: Iterable[str]) -> str:
    """A word of a victim noun phrase that is none of `stops`; quoted words and short asides count ("4 'Arbakis'",
    "1 officer (police)")."""
    # (the stops as a trie in the look-ahead, first letters as case-blind classes (`word_trie`): a word leaves it at
    # its first letter, where their case-blind alternation entered each stop in turn at every word of every try of
    # `after`; the same words turned down)
    # (the word's run of characters taken whole, never given back: white space must follow it or its closing quote,
    # and a character given back is one of the run, no space, nor a quote with space after it that the run did not
    # reach, so every try that gives one back fails; the same matches, without those tries at each word of each try)
    return (rf"(?:(?!{word_trie(stops, fold=True)}\b)"
            r"(?:\([^()]{1,40}\)|['‘“\"]?[A-Za-z][\w'’-]*+['’”\"]?)\s+)")


_NP_WORD = _np_word(_NP_STOPS)
# Words that end a victim noun phrase after a number ("killing 2 soldiers in ...").
# ("killing 21 people including five children and a medic": the list after "including" is part of the 21, so its
# "and a medic" is no second count)
_NP_STOP = (r"(?:in|near|at|on|after|and|with|by|from|during|when|while|as|to|for|across|inside|outside|south|"
            r"north|east|west|who|which|that|were|was|had|have|the|including)\b")
_VICTIM_NP = rf"(?:(?!{_NP_STOP})[A-Za-z][\w'’-]*(?:\s+|(?=[^\w\s])|$)){{1,5}}"


# Where a clause ends: a toll's "since 2011" must share the count's clause to make it background.
# (A stop or a comma followed by a space, written as one class first, the comma's space after it: the matches of
# "[.;:!?()\[\]—–]|,\s", but a search skips along by the class instead of trying both choices at every position.)
_CLAUSE_END = re.compile(r"[.;:!?()\[\]—–,](?:(?<=,)\s|(?<!,))")
# An auxiliary written in lower case or as a sentence's first word: "IS" in capitals is the Islamic State ("an
# Islamic State (IS) car bomb killed 20 people" is active, its object the count).
_PASSIVE = re.compile(r"\b(?:[Ww]ere|[Ww]as|[Bb]een|[Aa]re|[Ii]s|[Gg]ot|[Bb]eing)\b")
_MASK = "x"  # stands in for a digit that counts something else; a letter, so "a 12-year-old" stays one word

_NEGATED = re.compile(r"\bno\s*$", re.I)


def _negated(text: str, end: int) -> bool:
    """Whether "no" ends `text[:end]` (spaces aside): `_NEGATED` searched only where a match can start, the
    "no" right before the trailing spaces, instead of from the start of the text."""
    k = end
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return _NEGATED.search(text, max(0, k - 2), end) is not None


_NEGATED_NEAR = re.compile(r"\b(?:no|not|nobody|none|never|without|nearly|almost)\b[^,.;]{0,25}$", re.I)
# How far before its end a match of _NEGATED_NEAR can begin (its longest word and 25 characters, with room): a
# search back from a point needs only that much text, not all of it (\b still reads the character before)
_NEGATED_REACH = 40


@dataclass(frozen=True)
class _Patterns:
    after: re.Pattern[str]  # NUMBER ... OUTCOME
    before: re.Pattern[str]  # OUTCOME-verb NUMBER NP
    toll: re.Pattern[str]  # death toll ... NUMBER
    any_outcome: re.Pattern[str]  # some outcome word, anywhere
    object_after: re.Pattern[str]  # an object right after a verb: a number, an article, a pronoun
    counted: re.Pattern[str]  # NUMBER NP, with no outcome: "eight IS members" after "along with"
    listed: re.Pattern[str]  # NUMBER NP ending a text: an item of a list of victims told before its last items
    subject: re.Pattern[str]  # NUMBER, up to three words, a noun of people: a clause's counted subject
    last_told: re.Pattern[str]  # a word that can close a match of `after` (see `_after_reach`)
    # `last_told` read backwards: over the reversed lower-case form of an ASCII text, its first match is the last
    # closing word (see `_last_told_back`)
    last_told_back: re.Pattern[str] | None = None
    # `any_outcome` over the lower-case form of an ASCII text (see `_word_gate`)
    any_outcome_gate: re.Pattern[str] | None = None
    # where a match of `after`, of `before` may begin, over the lower-case form of an ASCII text (see `_scout`)
    after_scout: re.Pattern[str] | None = None
    before_scout: re.Pattern[str] | None = None
    # `after` with its parts that need a word after the place left out, by `_after_matches`' index: all of it,
    # without what reads an "and" (none after the place), without `including` (no "including" nor "among"), without
    # both
    after_lighter: tuple[re.Pattern[str], ...] = ()


# How a match of `toll` begins (its pre-check's strings are read off these words: see `prefiltered`)
_TOLL_HEAD = r"\bdeath\s+toll\s+"


def _alt(words: list[str]) -> str:
    """The words as one choice of a case-blind pattern, spaces matching any spacing: their trie (`word_trie`, first
    letters as case-blind classes), where the alternation of the words longest first tried each word in turn at
    every place (a case-blind branch is entered to test its first letter). The same matches: the words that match
    at one place make a chain, each a beginning of the next, and both try them longest first. No words: the empty
    choice, as their alternation was."""
    return word_trie(words, fold=True) if words else ""


def _compound(numbers: Numbers) -> str:
    """Number words that make one figure together ("thirty-five", "one hundred and twenty"): tried before the
    single words, so "Thirty-five people" is never read from its "five"."""
    c = numbers.compounds
    if not all(c.get(k) for k in ("units", "teens", "tens", "scales")):
        return ""
    units, tens = _alt(list(c["units"])), _alt(list(c["tens"]))
    below_100 = rf"(?:{tens})(?:(?:-|\s+)(?:{units}))?|{_alt(list(c['teens']))}|{units}"
    return (rf"(?:(?:{units}|a)\s+(?:{_alt(list(c['scales']))})(?:\s+and\s+(?:{below_100}))?|"
            rf"(?:{tens})(?:-|\s+)(?:{units}))(?![\w-])|")


def _patterns(numbers: Numbers) -> _Patterns:
    quantity = _compound(numbers) + _alt(list(numbers.words) + list(numbers.indefinite))
    # The look-aheads before the long alternations change no match: each attempt leaves them after a letter or
    # two instead of trying every word (see patterns.starts_with).
    # up to two modifiers: "killed an estimated at least 50 militants" (one read "an" as the count)
    number = (rf"(?:{starts_with(numbers.modifiers)}(?:{_alt(list(numbers.modifiers))})\s+){{0,2}}"
              rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|(?<![\w-]){starts_with([*numbers.words, *numbers.indefinite])}"
              rf"(?:{quantity}))(?:\s+of)?(?:\s+more)?")
    outcomes = _alt(list(numbers.outcomes))
    # (a headline drops the "and": "175 Terrorists Killed Injured in ...", "12 killed, wounded")
    # (only before a place, a cause or the clause's end: "3 killed injured 4 others" counts both apart)
    combined = (r"(?P<both>(?:killed|dead)(?:\s+(?:and|or|&)\s+(?:wounded|injured)|,?\s+(?:wounded|injured)"
                r"(?=\s*(?:[.,;:]|$|(?:in|near|at|on|by|after|during|as|when|while)\b))))")
    # "seven people, including four women and two children, were killed": the count is the seven.
    # ("287 IS fighters, among them 26 minors, had been killed": the whole is the toll, its part none; a head of up
    # to four words, none an outcome or auxiliary ("IS" may be a group): "Four civilians were killed including a
    # child" has none; "Five civilians of one family, including a child, were killed" has four)
    # (each head word's run taken whole, as `_NP_WORD`'s: a comma or white space must follow it)
    head = rf"(?!(?:{word_trie(numbers.outcomes, fold=True)}|were|was|been|had|have|and|or)\b)[A-Za-z][\w'’-]*+"
    including = (rf"(?:(?P<head>(?:{head}\s+){{0,3}}?{head}),?\s+(?:including|among\s+them)\s+"
                 r"[^,.;:]{1,60}?,?\s+)?")
    # "1 policeman and 2 civilians were killed": both numbers count.
    # (the outcomes as a trie: in a look-ahead only whether one of them begins counts, and a word then leaves most
    # of them at its first letter instead of trying each)
    # (nor a scale: "one hundred and twenty" is one figure, not "one hundred" and "twenty")
    np0_word = _np_word([*_NP_STOPS, *numbers.outcomes, "were", "was", "are", "is",
                         *numbers.compounds.get("scales", ())])
    # (no number word inside the first item: "a man a woman and two children" lists three items, see _listed_before)
    # ("a four-year-old boy and four rustlers": a number word joined by a hyphen is a word of the item)
    # (the number words as a trie wherever a look-around only asks whether one of them is there: a word then leaves
    # most of them at its first letter instead of trying each of some forty in turn, case-blind)
    number_words = word_trie(numbers.words, fold=True)
    item_word = rf"(?:(?!{number_words}(?![\w-])){np0_word})"
    # "a woman and two children were killed", "a man and his two sons": both count (but not "a gun battle ensued
    # and 4 ...", see _after).
    # ("Another man and a woman were killed": a word that opens one person, counting.yaml `one_first`)
    ones = "".join(f"|{re.escape(w)}" for w in _raw_rules().get("one_first") or ())
    first = (rf"(?:(?P<num0>\d{{1,3}}(?:,\d{{3}})+|\d+|{starts_with(numbers.words)}"
             rf"(?:{_alt(list(numbers.words))}){ones})\s+"
             rf"(?P<np0>{item_word}{{1,4}}?),?\s*and\s+(?:(?:{_ONE_OWNED})\s+)?)?")
    # Every match begins with a number or a modifier, then a space: the look-ahead spares the rest elsewhere.
    begins = starts_with([*numbers.words, *numbers.indefinite, *numbers.modifiers], r"[\s-]")  # "thirty-five"
    told = starts_with([*numbers.outcomes, "killed", "dead"])  # what `combined` or an outcome begins with
    # "70 regime and rebel fighters were killed", "a woman and child were killed": an "and" inside the counted phrase,
    # followed by a word that is no number and no outcome ("2 soldiers and 3 civilians" is `first`'s)
    and_word = rf"(?:and\s+(?!(?:\d|{number_words}\b)){np0_word})"
    nps = [rf"(?!(?:a|an)\s)(?P<np>(?:{_NP_WORD}(?:{_NP_WORD}{joins}){{0,4}}?)??)"  # not "612 A woman": an article
           for joins in (f"|{and_word}", "")]
    # (and the same without what reads an "and" (`first`, `and_word`, `_AUX_AND`), without `including`, without both,
    # for a place that holds no "and", no "including" nor "among" after it, see `_after_matches`)
    afters = [rf"\b(?:(?=\d)|{begins}){opens}{number}\s+(?:{part}|{np}){aux}"
              rf"{told}(?:{combined}|(?P<out>{outcomes}))\b"
              for part in (including, _NO_INCLUDING)
              for opens, np, aux in ((first, nps[0], _AUX), (_NO_FIRST, nps[1], _AUX_BE))]
    after = afters[0]
    verbs = [*_rules().verbs_before, *_rules().people_only]
    before_verbs = _alt(verbs)
    # "killing at least three." has no noun after its number; "killing 2 soldiers and 3 civilians" two.
    verb_first = starts_with(verbs, r"\s")
    # (a quoted figure: "initially killing “50 terrorists.”"; not a quoted phrase, "killing “a woman with four of her
    # children”", whose first words are no count of it)
    # ("killing the four siblings": an article may open the counted)
    opener = r"(?:[\"“](?=\d)|the\s+(?=\w+\s+\w))?"
    before = (rf"\b{verb_first}(?P<out>{before_verbs})\s+{opener}{number}(?:\s+(?:the\s+)?(?P<np>{_VICTIM_NP})|"
              rf"(?=\s*(?:[.,;:)\"”]|and\b|or\b|including\b|$)))"
              # ("killed 14 jihadists from the Islamic State group and five civilians": the group named between
              # the counts, both count)
              rf"(?:(?:from|of)\s+(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){{0,3}}?[A-Za-z][\w'’-]*"
              rf"(?=,?\s*and\s+(?:\d|{number_words}\s)))?"
              rf"(?P<more>(?:,?\s*and\s+{number.replace('?P<num>', '?P<num2>')}\s+"
              rf"(?P<np2>{_VICTIM_NP}))?)")
    # "the death toll from the attacks on the city has risen to 13": a toll told as risen reaches further
    risen = _alt(list(_rules().toll_reaches))
    toll = (rf"{_TOLL_HEAD}(?:[^.;:]{{0,100}}?\b(?:{risen})\s+|(?:\w+\s+){{0,4}}?){number}"
            r"(?![\w'’-])")
    told_words = _told_words(numbers)
    return _Patterns(re.compile(after, re.I), re.compile(before, re.I),
                     prefiltered(re.compile(toll, re.I), _TOLL_HEAD),
                     prefiltered(re.compile(rf"\b{word_trie(told_words, fold=True)}\b", re.I)),
                     # ("A car bomb killed at least 16 people": a modifier opens the object too)
                     # ("an al-Qaida gathering killing dozens of militants": an amount opens it as well)
                     re.compile(rf"\s+(?:(?:{_alt(list(numbers.modifiers))})\s+)?"
                                rf"(?:\d|(?:{quantity}|the|his|her|their|its|him|them)\b)",
                                re.I),
                     re.compile(rf"{number}\s+(?:the\s+)?(?P<np>{_VICTIM_NP})", re.I),
                     re.compile(rf"\b(?P<num>\d+|{_alt(list(numbers.words))})\s+"
                                r"(?P<np>(?:[A-Za-z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*),?\s+$", re.I),
                     # (no number among the words: "one report four troops" counts four)
                     re.compile(rf"\b{number}\s+(?P<np>(?:(?!{number_words}\b)[A-Za-z][\w'’-]*\s+)"
                                rf"{{0,3}}?(?:{_alt(list(numbers.victims))}))\b", re.I),
                     _last_told(numbers), _last_told_back(numbers), _word_gate(told_words),
                     _scout([*numbers.words, *numbers.indefinite, *numbers.modifiers], r"[\s-]", digits=True),
                     _scout(verbs, r"\s"), tuple(re.compile(a, re.I) for a in afters))


def _scout(words: list[str], then: str, digits: bool = False) -> re.Pattern[str] | None:
    """Where a match of a case-blind pattern may begin that opens with `\\b` and `starts_with(words, then)` (or, with
    `digits`, `\\b(?=\\d)` as another choice): over a text's `_scout_form` (`_scouted`: a space and, for an ASCII text,
    its lower-case form), the character before that place, no word character, then a look-ahead for the words in
    lower case (or a digit). Its search skips along by its opening class (a bitmap's test for each character, no
    Unicode table), where the pattern's own tries the word boundary and its look-aheads at every position (most of
    `before`'s search on FA-KES). None when a word is empty (no look-ahead then: any place may begin a match), is not
    ASCII or begins with no letter or digit (the boundary before it then tells no character before it)."""
    if not words or not all(w.isascii() and w[:1].isalnum() for w in words):
        return None
    trie = word_trie(word.lower() for word in words)
    return re.compile(rf"{_ASCII_NON_WORD}(?=" + ("[0-9]|" if digits else "") + f"{trie}{then})")


def _scouted(pattern: re.Pattern[str], scout: re.Pattern[str] | None, text: str, end: int,
             pick: Callable[[int], re.Pattern[str]] | None = None, low: str | None = None,
             begin: int = 0) -> list[re.Match[str]]:
    """The matches of `pattern.finditer(text, 0, end)`, the pattern tried only where `scout` (`_scout`) says a match
    may begin: left to right, each from where the last ended (a match tried at one place reads the text before it as
    the search's try there does; one begun where the scout finds no word, a word boundary and a look-ahead say, is
    none). The search itself when there is no scout. `pick`: the form of the pattern to try at a place, one that
    finds the same match there (`_after_matches`); `low`: the text's `_scout_form`, when the caller has it; `begin`:
    where in `low` the scout's search begins (a place before it, the caller knows, begins no match: `_before`)."""
    if scout is None:
        return list(pattern.finditer(text, 0, end))
    low = _scout_form(text) if low is None else low
    found: list[re.Match[str]] = []
    at = 0
    # (the scout's character before a place is one place on in `low`, where the place itself is: the leading space
    # stands before the text's start; a place at `end` reads up to `end` + 1 there)
    # (each place is one character, its look-ahead read on: a search begun later finds the same places after it)
    for s in scout.finditer(low, begin, end + 1):
        place = s.start()
        if place >= at and (m := (pattern if pick is None else pick(place)).match(text, place, end)) is not None:
            found.append(m)
            at = m.end()
    return found


# `after`'s `first` and `including` where no match of theirs can begin (`_after_matches`): each an optional group that
# never matches, which leaves its groups unset as the skipped part does ("and" ends `first`, "including" or "among"
# ends `including`'s head)
_NO_FIRST = r"(?:(?P<num0>(?!))(?P<np0>))?"
_NO_INCLUDING = r"(?P<head>(?!))?"


def _after_matches(p: _Patterns, text: str, end: int, low: str | None = None) -> list[re.Match[str]]:
    """`_scouted(p.after, p.after_scout, text, end)`, each place tried with the lightest of `p.after_lighter` that
    finds the same match there: without the parts that read an "and" where the text after the place holds none,
    without `including` where it holds neither "including" nor "among" (a part that cannot match there is skipped by
    the whole pattern too, after trying it: on FA-KES, half of `after`'s time). The text's `_scout_form` tells (the
    patterns read those words case-blind). `low`: the text's `_scout_form`, when the caller has it."""
    if p.after_scout is None or not p.after_lighter:
        return _scouted(p.after, p.after_scout, text, end, low=low)
    low = _scout_form(text) if low is None else low
    # (in `low`, one place on, a word that begins at a place of the text or after it begins past that place; a word
    # the patterns read case-blind is written there in lower case, see `_scout_form`)
    last_and = low.rfind("and")
    last_including = max(low.rfind("including"), low.rfind("among"))
    lighter = p.after_lighter

    def lightest(place: int) -> re.Pattern[str]:
        return lighter[(last_and <= place) + 2 * (last_including <= place)]

    return _scouted(p.after, p.after_scout, text, end, lightest, low)


def _told_words(numbers: Numbers) -> list[str]:
    """The words `any_outcome` finds: an outcome, a verb that counts its object (counting.yaml `verbs_before`,
    `people_only_verbs`), "death"."""
    return [*numbers.outcomes, *_rules().verbs_before, *_rules().people_only, "death"]


def _word_gate(words: list[str]) -> re.Pattern[str] | None:
    """`\\b(?:words)\\b` searched case-blind (spaces matching any spacing) as a pattern for `_gate_holds`: over a
    space and the lower-case form of an ASCII text, a character that is no word character, then the words' trie of
    plain letters, case-sensitive. A search of it leaves every position that holds a word character after one class
    test (the pattern opens with a class, which `re` skips along by: the word boundary before a word is the character
    it reads), and reads no letter case-blind; the case-blind search tries every position. None when a word is not
    lower-case ASCII that begins and ends with a letter or digit (then only the case-blind search is sound)."""
    if not words or not all(w.isascii() and w == w.lower() and w[0].isalnum() and w[-1].isalnum() for w in words):
        return None
    return re.compile(_ASCII_NON_WORD + word_trie(words) + r"\b")


def _spaced_lower(text: str) -> str | None:
    """A space and the lower-case form of an ASCII text, what the gates read (`_gate_holds`, `_background_in`); None
    for any other text. (The space stands for the start of the text: a word there has a word boundary before it.)"""
    return " " + text.lower() if text.isascii() else None


# The characters other than ASCII letters that a case-blind pattern's ASCII letter matches (`re`'s simple case folding:
# "İ" and "ı" are an "i", "ſ" an "s", the Kelvin sign a "k"), as those letters
_FOLDED_TO_ASCII = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_ASCII_LOWER = {ord(ch): ch.lower() for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def _scout_form(text: str) -> str:
    """What the scouts read (`_scout`, `_scouted`): a space and a text of the text's length that holds, at each place,
    the lower-case ASCII letter or digit a case-blind pattern's letter or `\\d` may read there. An ASCII text's
    lower-case form (`_spaced_lower`); in any other text a character that matches an ASCII letter case-blind is that
    letter, a decimal digit is "0" and any other non-ASCII character a space: every place a scouted pattern may match
    (a word boundary, a word or a digit, a space or a hyphen after it) the scout finds, and any extra place it finds
    the pattern's own try there turns down (where the search of the whole text read every place)."""
    low = _spaced_lower(text)
    if low is not None:
        return low
    table = dict(_ASCII_LOWER)
    for ch in set(text):
        if not ch.isascii():
            table[ord(ch)] = _FOLDED_TO_ASCII.get(ch) or ("0" if ch.isdecimal() else " ")
    return " " + text.translate(table)


def _gate_first(gate: re.Pattern[str] | None, low: str | None) -> int | None:
    """`_gate_holds` as where in `low` the gate's first match begins: -1 where there is none, None where the gate
    cannot tell."""
    if gate is None or low is None:
        return None
    found = gate.search(low)
    return found.start() if found is not None else -1


def _verbs_told(numbers: Numbers) -> bool:
    """Whether every place `before_scout` finds in an ASCII text's `_scout_form` (its `_spaced_lower` form) is one
    where `any_outcome_gate` finds a word (`_before`'s `told_from`): the verbs that open `before` are words the gate
    finds (`_told_words`, lower-case), and a verb with white space after it has a word boundary after it."""
    verbs = [*_rules().verbs_before, *_rules().people_only]
    told = set(_told_words(numbers))
    return all(verb in told and verb == verb.lower() for verb in verbs)


def _gate_holds(gate: re.Pattern[str] | None, low: str | None) -> bool | None:
    """Whether a case-blind search of the words `gate` was built of (`_word_gate`) finds one in a text, given its
    `_spaced_lower` form; None when the gate cannot tell (no gate, or a text that is not ASCII): then the caller's
    own search tells."""
    if gate is None or low is None:
        return None
    return gate.search(low) is not None


def _last_words(numbers: Numbers) -> list[str]:
    """The whole words that can close a match of `after`: an outcome's last word, or `combined`'s (killed, dead,
    wounded, injured)."""
    return sorted({w.split()[-1] for w in numbers.outcomes} | {"killed", "dead", "wounded", "injured"})


def _last_told_back(numbers: Numbers) -> re.Pattern[str] | None:
    """`_last_told` for the reversed lower-case form of an ASCII text: the words reversed, as a trie of plain
    letters (no case folding: the text is lower-case), each first letter followed by a look-behind that says what
    a word boundary before it would (no word character after the word in the text). The pattern then opens with a
    class of letters, which `re` skips along by: the search stops at the first match, the text's last closing word,
    instead of reading every position of the text for all of them. None when a word is not lower-case ASCII letters
    alone (then only the forward search is sound)."""
    words = _last_words(numbers)
    if not all(w.isascii() and w.isalpha() and w.islower() for w in words):
        return None
    # ("\b" at the end, after the word's first letter: in the text, no word character before the word)
    backwards = ([word[-1] + r"(?<!\w.)", *reversed(word[:-1])] for word in words)
    return re.compile("(?:" + token_trie(backwards) + r")\b")


def _last_told(numbers: Numbers) -> re.Pattern[str]:
    """A whole word that can close a match of `after`: an outcome's last word, or `combined`'s (killed, dead,
    wounded, injured)."""
    words = _last_words(numbers)
    return re.compile(rf"\b{starts_with(words)}(?:{_alt(words)})\b", re.I)


# After `after`'s last possible end: the spaces and the next word (or sign) its look-ahead may read
_NEXT_TOKEN = re.compile(r"\s*(?:\w+|\S)")


def _after_reach(last_told: re.Pattern[str], text: str, back: re.Pattern[str] | None = None,
                 form: str | None = None) -> int:
    """How much of `text` a search of `after` needs: every match ends with a word `last_told` finds, and reads at
    most the spaces and the word or sign after it (`combined`'s look-ahead: a stop, the end, a preposition).
    Searched up to the end of that token (the end of a word in the whole text, or a sign that no space is: the end
    of text and the word boundaries hold there as in the whole text wherever a match may test them), `after` finds
    the same matches; 0 when no word closes one. `form`: the text's `_scout_form`, when the caller has it (an ASCII
    text's lower-case form after a space, its reverse then read up to that space)."""
    if back is not None and text.isascii():
        # (`back`, `_last_told_back`: the first match in the reversed lower-case text is the last closing word, and
        # where it begins there the word ends here; an ASCII text's lower-case form has its length and a case-blind
        # ASCII word's matches)
        found = back.search(text.lower()[::-1] if form is None else form[:0:-1])
        end = len(text) - found.start() if found is not None else 0
    else:
        end = 0
        for m in last_told.finditer(text):  # (a forward search: read back from the end, `.*` tries every position)
            end = m.end()
    if not end:
        return 0
    token = _NEXT_TOKEN.match(text, end)
    return token.end() if token is not None else len(text)


def _value(numbers: Numbers, token: str) -> tuple[int, bool]:
    word = _SPACE_RUN.sub(" ", token.lower())
    if word[0].isdigit():
        return int(word.replace(",", "")), False
    if word in numbers.words:
        return numbers.words[word], False
    parts = [w for w in _COMPOUND_PARTS.split(word) if w != "and"]
    if len(parts) > 1 and all(w in numbers.words for w in parts):
        scales = frozenset(numbers.words[w] for w in numbers.compounds.get("scales", ()) if w in numbers.words)
        return _joined_value([numbers.words[w] for w in parts], scales or frozenset({100, 1000})), False
    return numbers.indefinite.get(word, 3), word in numbers.vague


_COMPOUND_PARTS = re.compile(r"[-\s]+")


def _joined_value(values: list[int], scales: frozenset[int] = frozenset({100, 1000})) -> int:
    """The figure of number words read together: [30, 5] is 35, [1, 100, 20] is 120, [2, 12] ("two dozen") is 24
    (numbers.yaml `compounds` scales)."""
    total = current = 0
    for v in values:
        if v in scales and current:  # a scale multiplies what comes before it
            current *= v
            if v == 1000:
                total, current = total + current, 0
        else:
            current += v
    return total + current


def _floor(numbers: Numbers, token: str | None) -> bool:
    """Whether the number is an indefinite amount that is not vague ("dozens", "hundreds"): its figure is a bound."""
    word = _SPACE_RUN.sub(" ", (token or "").lower())
    return word in numbers.indefinite and word not in numbers.vague


_LETTERS = re.compile(r"[a-z]+")
_OUTCOME_AFTER = re.compile(r"\s+(?:were\s+|have\s+been\s+|had\s+been\s+)?([a-z]+)", re.I)
# compiled once: called with a string pattern, `re` looks each up in its own cache on every call
_SPACE_RUN = re.compile(r"\s+")
_NON_WORD_CHAR = re.compile(r"\W")
_AND_REST = re.compile(r"\band\s+(.*)", re.I)
# the end of a list of people before its last item ("Abu Ahmad, his son and "), and its items between commas
_LIST_END = re.compile(r",?\s+and\s+$")
_LIST_ITEM = re.compile(r"[^,]*[^,\s][^,]*")
_BETWEEN_END = re.compile(r"\bbetween\s+$", re.I)
_RANGE_BEFORE = re.compile(r"\bbetween\s+(?P<low>\d[\d,]*|[a-z]+)\s+and\s+$", re.I)


# The classes of counted people whose members may be off duty or gone (numbers.yaml `off_duty`)
_SERVING = frozenset({"state", "armed"})


def _victims(numbers: Numbers, words: str) -> str | None:
    """Who the counted people are; people not named as fighters or forces are civilians (ACLED's default)."""
    tokens: list[str] = _LETTERS.findall(words.lower())
    # "a retired policeman", "six ex-militants": a force's or a group's member off duty or gone is a civilian
    # (numbers.yaml `off_duty`)
    classes = ["civilians" if i and numbers.victims[t] in _SERVING and tokens[i - 1] in numbers.off_duty
               else numbers.victims[t] for i, t in reversed(list(enumerate(tokens))) if t in numbers.victims]
    # "1 policeman and 2 civilians": a class of numbers.yaml `victims_first` among the coordinated people wins
    first = next((c for c in classes if c in numbers.victims_first), None)
    if first or classes:
        return first or classes[0]
    return "civilians" if tokens else None


def _outcome(numbers: Numbers, phrase: str) -> str:
    for word in phrase.lower().split():
        if word in numbers.outcomes:
            return numbers.outcomes[word]
    return "death"  # "the deaths of", "claimed the lives of"


class CountReader:
    """Finds counts in a piece of text; offsets are relative to the text given."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.numbers = lexicon.numbers
        self.p = _patterns(lexicon.numbers)
        self.more = _one_more_after(lexicon.numbers)
        self.listed = _listed_after_patterns(lexicon.numbers)
        self.part_floor = _part_floor_pattern(self.p.counted.pattern)
        # (what a text holds of the no-casualties phrases when it holds no word `any_outcome` finds)
        self.untold_none_dead = _untold_none_dead((_raw_rules().get("none_dead") or {}).get("phrases") or [],
                                                  _told_words(lexicon.numbers))
        self.before_told = _verbs_told(lexicon.numbers)
        # (the words one of which every match holds, of `joined`, `_others_join` with `_others_heads` after it, and
        # `more`: most texts lack them, and the searches of those patterns after each death count are spared)
        self.joined_words = _fewest(_literal_words(_raw_rules()["joined_after"]))
        self.others_words = _fewest(tuple(sorted(_others_heads()))) if _others_heads() else None
        self.more_words = _fewest(_literal_words(_raw_rules().get("one_more_after") or []))

    def read(self, text: str) -> list[Count]:
        """The counts of people in `text`; numbers that count something else (dates, units, ages, money),
        cumulative or war-wide tolls and figures too large for one event are left out. A figure the notes
        declare as coded ("Fatalities coded as 0") comes as outcome "declared"."""
        digits = has_digit(text)  # declared figures and masked numbers need one
        declared = [Count(m.start(), m.end(), "declared", int(m.group("num")), False, None, "")
                    for m in _rules().declared.finditer(text)] if digits and _may_hold(text, _rules().declared_words) \
            else []
        low = _spaced_lower(text)  # (read by the gates below and by `_background`)
        first = _gate_first(self.p.any_outcome_gate, low)
        told = self.p.any_outcome.search(text) is not None if first is None else first >= 0
        if told or _may_hold(text, self.untold_none_dead):
            # (most texts tell no outcome: the no-casualties phrases that hold one of its words are then not there,
            # and the rest's words, not there either, spare the phrases' gate)
            declared += self._none_dead(text, low)
        if not told:
            # most sentences count nobody: one cheap search spares the full patterns
            body = [c for c in _found_body(text) if not _background(text, c, {"low": low})]
            return sorted(declared + body, key=lambda c: c.start)
        masked = _masked(text, low) if digits else text
        # (the scouts' form of the masked text, made once for `after`'s reach and scout and `before`'s scout: the
        # gates' where no digit was masked (most texts that tell an outcome))
        form = low if low is not None and masked == text else _scout_form(masked)
        # (a verb that opens a match of `before` is a word the gate finds, from the gate's first word on: masking
        # turns digits into letters, which leaves every word boundary before and after a verb where it was)
        told_from = first if first is not None and self.before_told else 0
        found = self._after(masked, form) + self._before(masked, told_from, form) + self._toll(masked)
        found = [_trimmed(text, c) for c in _drop_overlaps(found)
                 if not _negated(text, c.start) and not _rules().survived.search(text, c.start, c.end)]
        found = [self._one_more(masked, self._joined(masked, c)) for c in found]
        found = [self._part_floor(masked, c, found) for c in found]
        if not any(c.outcome == "death" for c in found):
            # (a count read off a counted subject takes the dead joined after it too: "29 fighters of the movement
            # were killed along with six attackers"; not one person's: "the driver was killed together with an AK 47")
            found += [self._joined(masked, c) if c.value > 1 else c for c in self._bare_deaths(text, found)]
        if not any(c.outcome == "death" for c in found):
            found += _found_body(text)
        read: dict[Any, Any] = {"low": low}  # what _background reads of the whole text, read once for all its counts
        kept = _without_earlier_events(text, [c for c in found if not _background(text, c, read)])
        return sorted(kept + declared, key=lambda c: c.start)

    def _after(self, text: str, form: str | None = None) -> list[Count]:
        """The counts told before their outcome ("12 civilians were killed"); `form`: the text's `_scout_form`, when
        the caller has it."""
        out = []
        # (the search stops where no match can end: after the last word that closes one, half of a text on FA-KES)
        reach = _after_reach(self.p.last_told, text, self.p.last_told_back, form)
        for m in _after_matches(self.p, text, reach, form) if reach else ():
            # (the groups read in one call, not one call into `re` for each reading)
            num, told, words, head, num0, np0, both = m.group("num", "out", "np", "head", "num0", "np0", "both")
            if _not_people(words or "") or _counted_bodies(words or "") or self._active(text, m) \
                    or _no_death_after(text, m.end()) \
                    or (told and _object_noun().match(text, m.start("out"))):
                continue
            value, vague = _value(self.numbers, num)
            if vague and (told or "").lower() in (_raw_rules().get("exact_only") or ()):
                continue  # "many were dying even after arriving": a state told, no toll
            np = words if words is not None else head or ""
            joined = _AND_REST.search(np)
            if joined:
                if any(t.isdigit() or t in self.numbers.words for t in joined.group(1).lower().split()):
                    continue  # "a man and his two sons": more than one count, not read here
                if num.lower() in ("a", "an", "one"):
                    # "a woman and child": two people, each told as one; "a man woman and child" (a list whose
                    # commas the page lost): three, one for each singular noun of people
                    value = max(2, self._singular_people(np))
            start = m.start()
            if num0 and (num0.lower() not in ("a", "an") or _person(np0)):
                one = num0.lower() in (_raw_rules().get("one_first") or ())
                extra, extra_vague = (1, False) if one else _value(self.numbers, num0)
                value, vague, np = value + extra, vague or extra_vague, f"{np0} {np}"
                listed, start = self._listed_before(text, start)
                value += listed
            if not num0 and not vague:
                named, start = self._named_before(text, start, np)
                value += named
            low = _RANGE_BEFORE.search(text, max(0, start - 40), start)
            if low is not None and not num0 and (
                    low.group("low")[0].isdigit() or low.group("low").lower() in self.numbers.words):
                # "Between 500 and 1300 people died": a range, its lowest figure (ACLED's conservative rule)
                value, start = min(value, _value(self.numbers, low.group("low"))[0]), low.start()
            if both:
                # "N killed and wounded": the dead are some unknown part of N; take the limited reading. "N killed
                # or wounded" tells no death for sure: none (counting.yaml `either_outcome`).
                either = _EITHER.search(both) is not None
                out.append(Count(m.start(), m.end(), "death", 0 if either else min(value, 3), True,
                                 _victims(self.numbers, np), np.strip()))
                continue
            outcome = _outcome(self.numbers, told)
            out.append(Count(start, m.end(), outcome, value, vague, _victims(self.numbers, np), np.strip(),
                             floor=_floor(self.numbers, num) and not num0))
        return out

    def _listed_before(self, text: str, start: int) -> tuple[int, int]:
        """People listed before a count's "X and Y" with no comma between the items ("a little boy a little girl
        and two women were killed": the boy too): how many, and where the list begins. An item is a number and a
        few words ending in a noun of people (numbers.yaml `victims`)."""
        extra = 0
        while (m := self.p.listed.search(text, max(0, start - 60), start)) is not None:
            tokens = _LETTERS.findall(m.group("np").lower())
            if tokens[-1] not in self.numbers.victims or any(
                    t in self.numbers.words or t in self.numbers.outcomes for t in tokens):
                break
            extra, start = extra + _value(self.numbers, m.group("num"))[0], m.start()
        return extra, start

    def _named_before(self, text: str, start: int, np: str) -> tuple[int, int]:
        """People named one by one before a count of "others" ("Abu Ahmad, his son and four others were killed": the
        two named and the four): how many, and where the list begins (counting.yaml `named_with_others`)."""
        rules = _raw_rules().get("named_with_others") or {}
        words = np.lower().split()
        possessive = bool(words) and words[0] in (rules.get("possessive_heads") or ())
        if not possessive and (not words or words[0] not in (rules.get("heads") or ())):
            return 0, start  # (most counts: no head of people named with them, and no list's end searched for)
        end = _LIST_END.search(text, max(0, start - 120), start)
        if possessive and end is not None:
            return self._possessor(text, end.start(), start)
        if not words or words[0] not in (rules.get("heads") or ()) or end is None:
            return 0, start
        clause = max(text.rfind(c, 0, end.start()) for c in ".;:") + 1
        items = [(m.start(), m.group()) for m in _LIST_ITEM.finditer(text, clause, end.start())]
        named = 0
        for at, item in reversed(items):
            if not self._named_item(item.split(), rules):
                break
            named, start = named + 1, at
        return named, start

    def _possessor(self, text: str, end: int, start: int) -> tuple[int, int]:
        """"Abu Omar, the commander of the brigade, and three of his comrades were killed": the one whose comrades
        are counted is named before "and" in the same clause, a person with no number, and is one more dead."""
        clause = max(text.rfind(c, 0, end) for c in ".;:") + 1
        before = text[clause:end]
        words = _WORD_AT.findall(before)
        low = [w.lower() for w in words]
        verbs = load_cues().verbs  # a verb makes the words a clause of their own, no one named
        reach = int((_raw_rules().get("named_with_others") or {}).get("possessor_words", 0))
        if not words or len(words) > reach or not words[0][:1].isupper() or has_digit(before) or any(
                w in verbs or w in self.numbers.outcomes or (w in self.numbers.words and w not in ("a", "an"))
                for w in low):
            return 0, start
        return 1, clause + len(before) - len(before.lstrip())

    def _named_item(self, words: list[str], rules: dict[str, Any]) -> bool:
        """Whether a few words name one person: a name ("Abu Ahmad", "Ali al-Hassan") or a possessive or article and a
        noun ("his son", "the driver"), with no number, outcome or clause word."""
        if not 1 <= len(words) <= int(rules.get("most_words", 4)):
            return False
        low = [w.lower() for w in words]
        if any(w in self.numbers.outcomes or (w in self.numbers.words and w not in ("a", "an")) or has_digit(w)
               for w in low) or low[0] in (rules.get("not_openers") or ()):
            return False
        if low[0] in (rules.get("openers") or ()):
            return len(words) > 1 and all(w.isalpha() and w.islower() for w in words[1:])
        particles = set(rules.get("particles") or ())
        return all(w[:1].isupper() or w.split("-")[0].lower() in particles for w in words)

    def _active(self, text: str, m: re.Match[str]) -> bool:
        """"A farmer shot and killed nine sheep": the words before an active verb with an object after it
        are its agent, not its victims."""
        if _PASSIVE.search(m.group()) or (m.group("out") or "").lower() in _rules().never_verbs:
            return False  # "fighting that left dozens dead a monitor said": "dead" takes no object
        if (m.group("out") or "").lower().endswith("ing"):
            return True  # "an al-Qaida gathering killing militants": a participle's noun is its doer, no victim
        if not self.p.object_after.match(text, m.end()):
            return False
        # "Five killed four injured in attacks": what follows is the next count, told with its own outcome
        at = len(text) - len(text[m.end():].lstrip())
        nxt = self.p.after.match(text, at)
        return not (nxt and nxt.group("out") and _outcome(self.numbers, nxt.group("out")) != _outcome(
            self.numbers, m.group("out") or ""))

    def _before(self, text: str, told_from: int = 0, form: str | None = None) -> list[Count]:
        """The counts told after a verb ("killing 2 soldiers"); `told_from`: a place of the text's `_scout_form` where
        no match begins before (the first word `any_outcome_gate` finds in it, see `_verbs_told`); `form`: that
        `_scout_form`, when the caller has it."""
        out = []
        for m in _scouted(self.p.before, self.p.before_scout, text, len(text), low=form, begin=told_from):
            # (the groups read in one call, not one call into `re` for each reading)
            told, num, words, num2, np2 = m.group("out", "num", "np", "num2", "np2")
            if _not_people(words or "") or _carried_out(text, m, "out"):
                continue  # "killed nine sheep", "executed a raid"
            if _SPACE_RUN.sub(" ", told.lower()) in _rules().people_only and not self._fighters(words or ""):
                continue  # "destroyed 23 targets": no one counted
            outcome = _outcome(self.numbers, told)
            last = (words or "").split()[-1:]
            if self._told_after(text, m.end(), outcome) or self._told_after(f" {' '.join(last)}", 0, outcome):
                continue  # "8 killed, 58 others injured": the number belongs to the outcome told after it
            if self._runs_into_outcome(words or "", outcome):
                continue  # "13 killed 43 others injured due to ...": the counted words run into another outcome
            value, vague = _value(self.numbers, num)
            victims = words or ""
            ranged = _BETWEEN_END.search(text[m.start():m.start("num")])
            if num2 and not ranged:  # "between 3 and 10 people" is a range: its lowest figure
                extra, extra_vague = _value(self.numbers, num2)
                value, vague = value + extra, vague or extra_vague
                victims += " " + np2
            listed = None if num2 else self._listed_after(text, m.end("out"))
            if listed is not None and listed.value > value:
                # "killing a woman with four of her children and an old man": the groups listed add up
                out.append(Count(m.start(), listed.end, outcome, listed.value, vague, listed.victims,
                                 listed.victim_words))
                continue
            end = m.end()
            if not num2 and (cut := _speaker_cut(victims)) is not None:
                # "killing 40 attackers Russias defence ministry said": the counted end before the speaker's name
                victims, end = victims[:cut], m.start("np") + cut
            out.append(Count(m.start(), end, outcome, value, vague, _victims(self.numbers, victims), victims,
                             floor=_floor(self.numbers, num) and not num2))
        return out

    def _joined(self, text: str, count: Count) -> Count:
        """A death count with more dead joined to it in its clause ("10 fighters were killed in the blast along
        with eight attackers"): the sum."""
        if count.outcome != "death" or count.vague:
            return count
        j = _rules().joined.match(text, count.end) if _may_hold(text, self.joined_words) else None
        n = self.p.counted.match(text, j.end()) if j else self._others_joined(text, count.end)
        if n is None or _not_people(n.group("np")) or self._told_after(text, n.end(), "death") or any(
                w in self.numbers.outcomes for w in n.group("np").lower().split()) or (
                n.group("num")[0].isalpha() and n.group("num").lower() not in self.numbers.words):
            return count  # "along with 8 others wounded", "along with dozens of ...": not added
        if _victims(self.numbers, n.group("np")) is None or _NEGATED_NEAR.search(text, count.end, n.start()):
            return count
        return replace(count, value=count.value + _value(self.numbers, n.group("num"))[0])

    def _others_joined(self, text: str, end: int) -> re.Match[str] | None:
        """"claiming the lives of 23 civilians in one district and 21 others in another": a count of others joined to a
        death count in its clause with no outcome of their own (counting.yaml `joined_others`), more dead of it."""
        if not _may_hold(text, self.others_words):
            return None  # (no head of others in the text: no count of them either)
        j = _others_join().match(text, end)
        n = self.p.counted.match(text, j.end()) if j else None
        if n is None or n.group("np").split()[0].lower() not in _others_heads():
            return None
        # (only a place or the clause's end after them: "and eight others experienced breathing difficulties", "and
        # 16 others had died in the assault" tell more of their own)
        return n if _others_end().match(text, n.start("np") + len(n.group("np").split()[0])) else None

    def _one_more(self, text: str, count: Count) -> Count:
        """A death count with one more dead told in its clause ("11 civilians were killed in Saraqeb and another man
        died in Sheikh Mustafa"): one person, a singular noun of people (numbers.yaml `victims`) after a word of
        counting.yaml `one_more_after`, then a death word; the count and that one."""
        if count.outcome != "death" or count.vague or not _may_hold(text, self.more_words):
            return count
        m = self.more.match(text, count.end)
        if m is None:
            return count
        head = m.group("head").lower()
        if head not in self.numbers.victims or head in _raw_rules()["plural_heads"] or (
                head.endswith("s") and not head.endswith("ss")):
            return count
        return replace(count, end=m.end(), value=count.value + 1)

    def _none_dead(self, text: str, low: str | None = None) -> list[Count]:
        """Words that tell no one died ("no casualties were reported among the hotel guests"): a count of 0 dead, unless
        the words after them name a force or fighters, the attacker's side (counting.yaml `none_dead`)."""
        phrases, sides = _none_dead_patterns()
        out: list[Count] = []
        if _gate_holds(_none_dead_gate(), low) is False:
            return out  # (most texts: one pass of the gate, no case-blind search)
        for m in phrases.finditer(text):
            side = sides.match(text, m.end())
            if side is None or _victims(self.numbers, side.group("np")) not in _SERVING:
                out.append(Count(m.start(), m.end(), "death", 0, False, None, ""))
        return out

    def _part_floor(self, text: str, count: Count, found: list[Count]) -> Count:
        """An indefinite toll with a larger exact part told after it in its clause ("Dozens of people have been killed
        in air strikes on the city, including at least 29 in a single neighbourhood"): at least the part died, its
        figure the toll's bound (counting.yaml `part_floor`)."""
        if count.outcome != "death" or not count.floor:
            return count
        m = self.part_floor.match(text, count.end)
        if m is None or _not_people(m.group("np")) or any(m.start("num") <= c.start < m.end() for c in found):
            return count
        value, vague = _value(self.numbers, m.group("num"))
        if vague or _floor(self.numbers, m.group("num")) or value <= count.value:
            return count
        return _trimmed(text, replace(count, end=m.end(), value=value))

    def _fighters(self, words: str) -> bool:
        """Whether the last word of a counted phrase names fighters or forces ("120 Daesh militants")."""
        tokens = _LETTERS.findall(words.lower())
        return bool(tokens) and self.numbers.victims.get(tokens[-1]) in ("armed", "state")

    def _runs_into_outcome(self, words: str, outcome: str) -> bool:
        """Whether the counted words hold another outcome with no number after it ("43 others injured due"): the
        people counted are its ("three citizens injured two others" counts the dead, the injured counted after)."""
        tokens = words.lower().split()
        at = next((i for i, w in enumerate(tokens) if self.numbers.outcomes.get(w, outcome) != outcome), None)
        return at is not None and not any(w[0].isdigit() or w in self.numbers.words for w in tokens[at + 1:])

    def _told_after(self, text: str, end: int, outcome: str) -> bool:
        """Whether the counted people are followed by another outcome ("killing 58 others injured")."""
        after = _OUTCOME_AFTER.match(text, end)
        word = after.group(1).lower() if after else ""
        return word in self.numbers.outcomes and self.numbers.outcomes[word] != outcome

    def _toll(self, text: str) -> list[Count]:
        out = []
        for m in self.p.toll.finditer(text):
            if m.group("num").strip().lower() in _rules().not_toll_figures:
                continue  # "the death toll to an AFP correspondent": an article, no figure
            value, vague = _value(self.numbers, m.group("num"))
            out.append(Count(m.start(), m.end(), "death", value, vague, None, "",
                             floor=_floor(self.numbers, m.group("num"))))
        return out

    def _bare_deaths(self, text: str, found: list[Count]) -> list[Count]:
        """Deaths told with no number: one when the words name one person ("killed the chief", "was shot
        dead"), else ACLED's limited default of 3."""
        rules = _rules()
        # (the pattern tried only where its scout finds a phrase's words, not at every position of the text: the same
        # matches, see `_scouted`; a text told no count has a death word or two, read before the first one taken)
        for m in _scouted(rules.bare_death, rules.bare_death_scout, text, len(text)):
            if _NEGATED_NEAR.search(text, max(0, m.start() - _NEGATED_REACH), m.start()):
                continue
            after = text[m.end():].split(None, 3)[:3]  # (the first three words: no list of every word after)
            before = text[max(0, m.start() - 30):m.start()].split()[-2:]
            has_object = _DEFINITE_NP.match(text, m.end()) is not None
            if _not_people(" ".join(after)) or _not_people(" ".join(after[1:])) or (
                    not has_object and any(_not_people(w) for w in before)):
                continue  # "killed nine sheep", "some livestock killed"
            if after and _NON_WORD_CHAR.sub("", after[0].lower()) in _raw_rules()["not_deaths_before"]:
                continue  # "dead body", "dead city"
            aim = _raw_rules().get("aim") or {}
            if before and before[-1].lower() in (aim.get("before") or ()) and m.group().lower() in (
                    aim.get("words") or ()):
                continue  # "vowed to kill": an aim, no death
            if _carried_out(text, m):
                continue  # "the airstrikes were executed": carried out, no one killed
            if _crime_listed(text, m):
                continue  # "citing sexual assault killing and disappearance": a kind of act, no death
            if _back_reference(text, m):
                continue  # "the militants killed in the offensive were foreigners": dead told elsewhere
            if _unstated_figure().search(text, max(0, m.start() - 60), m.start()):
                continue  # "details of the number of fighters killed": a figure named, not given
            figure = _number_next(tuple(self.numbers.modifiers)).match(text, m.end())
            if figure is not None and not any(c.start < figure.end() <= c.end for c in found):
                # "ISIS kills more than 50 in central Syria": a figure the count patterns did not take ("Child
                # killed 9 civilians injured": the figure of another count they took)
                continue
            if not any(c.start <= m.start() < c.end for c in found):
                return [self._bare(text, m)]
        return []

    def _bare(self, text: str, m: re.Match[str]) -> Count:
        rules = _rules()
        subject = _numbered_subject(self.numbers, text[:m.start()])
        if subject is not None:
            return Count(m.start(), m.end(), "death", subject, False, None, "")
        distant = self._distant_subject(text, m)
        if distant is not None:
            return distant
        listed = self._listed_after(text, m.end())
        if listed is not None:
            return listed
        named = _DEFINITE_NP.match(text, m.end())
        if named is not None and _one_named_after(text, m.end()):
            # "killed his brother": one victim, and the words that name them
            words = named.group().strip()
            return Count(m.start(), m.end(), "death", 1, False, _victims(self.numbers, words), words)
        if self._pair_subject(text, m):
            return Count(m.start(), m.end(), "death", 2, False, None, "")
        after_one = rules.one_after.match(text, m.end())
        if after_one is not None and _AND_MORE.match(text, after_one.end()):
            after_one = None  # "killing himself and two others": more than one
        one = bool(after_one or _one_before(text, m.start())
                   or self._one_subject(text, m) or self._titled_one(text, m.end())
                   or self._singular_subject(text, m) or self._bare_one(text, m)
                   or _singular_aux(text, m) or self._one_object_dead(text, m) or self._headline_one(text, m))
        return Count(m.start(), m.end(), "death", 1 if one else 3, not one, None, "",
                     definite=not one and _definite_dead(text, m.start()))


    def _listed_after(self, text: str, at: int) -> Count | None:
        """People listed one group after another right after a death word with no number ("killing \"a woman with
        four of her children and an old man\"": 1 + 4 + 1): their sum, when there are two groups or more, each a
        number and a few words ending in a noun of people (numbers.yaml `victims`), joined by a word of counting.yaml
        `listed_after`."""
        item, join = self.listed
        items: list[tuple[str, int, int]] = []  # (number, start, end) of each group
        m = item.match(text, at)
        while m is not None:
            # the group ends at its first noun of people, within three words (a thing ends the list: "killed a
            # farmer with an axe")
            words = list(_WORD_AT.finditer(text, m.end("num"), min(len(text), m.end("num") + 60)))[:3]
            head = next((w for w in words if w.group().lower() in self.numbers.victims), None)
            if head is None or (m.group("num").lower() in _ONE_OWNED_WORDS and not self._singular(head.group())):
                break  # ("and their children": how many is not told)
            items.append((m.group("num"), m.start("num"), head.end()))
            j = join.match(text, head.end())
            m = item.match(text, j.end()) if j is not None else None
        if len(items) < 2 or all(num.lower() in _ONE_OWNED_WORDS for num, _, _ in items):
            return None
        value = sum(1 if num.lower() in _ONE_OWNED_WORDS else _value(self.numbers, num)[0] for num, _, _ in items)
        told = text[items[0][1]:items[-1][2]]
        return Count(items[0][1], items[-1][2], "death", value, False,
                     _victims(self.numbers, told), told)

    def _singular_people(self, words: str) -> int:
        """How many singular nouns of people the words hold (numbers.yaml `victims`): "man woman and child" is 3."""
        return sum(1 for w in _LETTERS.findall(words.lower()) if w in self.numbers.victims and self._singular(w))

    def _singular(self, head: str) -> bool:
        """Whether a noun of people names one person ("father", not "children" or "sons")."""
        low = head.lower()
        return low not in _raw_rules()["plural_heads"] and (not low.endswith("s") or low.endswith("ss"))

    def _titled_one(self, text: str, at: int) -> bool:
        """Whether the words after a death word name one person by a singular noun of people and a name ("killing
        the terrorist commander Abu Taha sources said": numbers.yaml `victims`), where no comma closes the name."""
        m = _TITLED_ONE.match(text, at)
        if m is None:
            return False
        head = m.group("head").lower()
        return head in self.numbers.victims and head not in _raw_rules()["plural_heads"] and (
            not head.endswith("s") or head.endswith("ss"))

    def _distant_subject(self, text: str, m: re.Match[str]) -> Count | None:
        """A plural passive death word with no number before it whose clause opened on a counted subject a long
        phrase before ("a group of over 60 foreign fighters coming from three countries were killed", "two members
        of the local defence forces were killed"): the subject's number, by the conservative rule ("over 60" is 60),
        when the words between hold no verb, no other people and no clause word (counting.yaml `distant_subject`)."""
        rules = _raw_rules().get("distant_subject") or {}
        before = text[:m.start()]
        aux = _distant_aux().search(before)
        if aux is None:
            return None
        start = max(before.rfind(c) for c in ".;:") + 1
        masked = _masked(before) if has_digit(before) else before
        part_before, part = _distant_parts()
        # (a part of the counted told after "including" is no subject of its own: "nine people including a guard")
        found = [s for s in self.p.subject.finditer(masked, start, aux.start())
                 if not part_before.search(masked[start:s.start()])]
        if not found or _not_people(found[-1].group("np")):
            return None
        s = found[-1]
        rest = masked[s.end():aux.start()]
        aside = part.search(rest)
        kept = rest[:aside.start()] if aside else rest
        # (a name and its bracketed short form are part of the subject: "two fighters of the outlawed Eastern Front
        # (EF) were killed"; a noun of people right after the name is its head: "two Border Police (BP) guards")
        named = _name_and_out(_BRACKETS_ANY.sub(" ", kept))
        plain = [w.lower() for w in _WORD_AT.findall(named) if not w[:1].isupper()]
        stops = set(rules.get("stops") or ())
        if len(_LETTERS.findall(kept.lower())) > int(rules.get("reach", 0)) or any(
                (w.endswith("ed") and plain[k - 1:k] not in (["the"], ["a"], ["an"])) or w in stops
                or (w in self.numbers.victims and k > 0) or w in self.numbers.outcomes
                or w in self.numbers.words for k, w in enumerate(plain)):
            return None  # "3 soldiers attacked the village and residents were killed": another clause's subject
        value, vague = _value(self.numbers, s.group("num"))
        return Count(s.start(), m.end(), "death", value, vague, _victims(self.numbers, s.group("np")),
                     s.group("np").strip(), floor=_floor(self.numbers, s.group("num")))

    def _singular_subject(self, text: str, m: re.Match[str]) -> bool:
        """Whether a death word that takes no object has one person for its subject: "he" or "she" right before it
        ("He later died of his wounds"), or a noun phrase opening the sentence whose head is a singular noun of
        people ("The driver later died", "A man, who was burnt in the attack, died") (counting.yaml
        `singular_subject`)."""
        rules = _raw_rules().get("singular_subject") or {}
        if m.group().lower() not in rules.get("words", ()):
            return False
        end = self._subject_end(text, m.start())
        last = _WORD_BEFORE.search(text, max(0, end - 20), end)
        if last is not None and last.group().lower() in rules.get("pronouns", ()):
            return True  # "where she later died"
        start = max(text.rfind(c, 0, end) for c in ".;:") + 1
        subject = _RELATIVE_ASIDE.sub(" ", text[start:end])
        opener = _opening_subject(rules).match(subject) or _joined_subject(rules).match(subject)
        if opener is None:
            return False
        head = opener.group("head").lower()
        return self._singular(head) and head not in (rules.get("not_heads") or ()) and (
            self.numbers.victims.get(head) is not None or _PERSON_ENDING.search(head) is not None)

    def _pair_subject(self, text: str, m: re.Match[str]) -> bool:
        """Whether a plural passive death word's subject, opening the sentence, is one person and one of theirs ("A
        pastor of the church and his brother were killed"): each part's head a singular noun of people, no number
        (counting.yaml `pair_subject`)."""
        rules = _raw_rules().get("pair_subject") or {}
        aux = _distant_aux().search(text, max(0, m.start() - 40), m.start())
        if not rules or aux is None:
            return False
        start = max(text.rfind(c, 0, aux.start()) for c in ".;:") + 1
        pair = _pair_pattern(tuple(rules.get("joins") or ())).match(text[start:aux.start()])
        if pair is None:
            return False
        first = _LETTERS.findall(_OF_FROM_REST.sub("", re.sub(r"\s+who\b.*$", "", pair.group("one"))).lower())
        if not first or len(_LETTERS.findall(pair.group("one"))) > int(rules.get("reach", 0)) or _FIGURE.search(
                pair.group("one")) or any((w in self.numbers.words and w not in ("a", "an")) or w == "and"
                                          for w in first):
            return False
        return all(self._singular(h) and (self.numbers.victims.get(h) is not None or _PERSON_ENDING.search(h))
                   for h in (first[-1], pair.group("two").lower()))

    def _bare_one(self, text: str, m: re.Match[str]) -> bool:
        """Whether a singular noun of people with no article follows a death word within counting.yaml
        `bare_one_reach` words ("Gunmen kill official in camp", "kills public works officer"), no other noun of
        people, no clause word and no punctuation before it."""
        if m.group().lower() in (_raw_rules().get("no_object_deaths") or ()):
            return False
        at, reach = m.end(), int(_raw_rules().get("bare_one_reach", 0))
        not_heads = set((_raw_rules().get("one_victim_subject") or {}).get("not_heads") or ())
        stops = _bare_one_stops()
        for k, w in enumerate(_WORD_AT.finditer(text, at, min(len(text), at + 60))):
            if k >= reach or text[at if k == 0 else w.start() - 1] not in " " or (
                    k == 0 and not text[at:w.start()].isspace()):
                return False
            low = w.group().lower()
            if low in stops or low in self.numbers.words or low in self.numbers.indefinite:
                return False
            if low in not_heads:
                continue  # "killed former separatist leader": a qualifier
            if (self.numbers.victims.get(low) is not None or _PERSON_ENDING.search(low)
                    or low in (_raw_rules().get("person_heads") or ())) and self._singular(low):
                return True  # (a plural may qualify the head: "kills police officer")
        return False

    def _one_object_dead(self, text: str, m: re.Match[str]) -> bool:
        """Whether "dead" closes a verb and its object that names one person ("shot him dead", "shot a policeman
        dead", "leaving the truck driver dead", "shot Yadav, a contractor, dead"): counting.yaml `one_object_dead`."""
        rules = _raw_rules().get("one_object_dead") or {}
        if m.group().lower() not in (rules.get("words") or ()):
            return False
        start = max(text.rfind(c, 0, m.start()) for c in ".;:") + 1
        # (a match, not a search: the pattern opens with `.*`, so a match anywhere is one from `start`, and a search
        # tries each later start again, reading the rest of the text back from its end each time)
        verb = _verb_before(tuple(rules.get("verbs") or ())).match(text, start, m.start())
        if verb is None:
            return False
        words = _LETTERS.findall(_BRACKETED.sub(" ", verb.group("obj")).lower())
        raw = _WORD_AT.findall(verb.group("obj"))
        if not words or len(words) > int(rules.get("reach", 0)) or has_digit(verb.group("obj")) or any(
                w in (rules.get("stops") or ()) or (w in self.numbers.words and w not in ("a", "an"))
                or w in self.numbers.indefinite or (w in self.numbers.victims and not self._singular(w))
                for w in words):
            return False  # "shot two men dead", "shot a man and his son dead"
        if words[0] in (rules.get("pronouns") or ()):
            return len(words) == 1
        return words[0] in ("a", "an") or raw[0][:1].isupper() or (
            self._singular(words[-1]) and (words[-1] in self.numbers.victims or bool(_PERSON_ENDING.search(words[-1]))))

    def _headline_one(self, text: str, m: re.Match[str]) -> bool:
        """Whether a headline's death word with no auxiliary has for its subject the words of its sentence before it,
        a noun phrase that names one person ("Ruling party official Ali Baraka shot dead.", "Security guard from
        the water agency killed when ...", "Driver presumed dead."): a singular noun of people, then at most a
        capitalised name; an "of" phrase after it cut off (counting.yaml `headline_subject`)."""
        rules = _raw_rules().get("headline_subject") or {}
        if not rules or not (_HEADLINE_END.match(text, m.end()) or _passive_after().match(text, m.end())):
            return False
        end = max(text.rfind(c, 0, m.start()) for c in ".;:!?")
        clause = text[end + 1:m.start()]
        before = _WORD_BEFORE.search(text, max(0, end - 20), max(0, end))
        if "(" in clause or has_digit(clause) or (
                before is not None and before.group().lower() in (rules.get("abbreviations") or ())):
            return False  # "Three people incl. the village chief killed": the stop ends no sentence
        words = _WORD_AT.findall(clause)
        adverbs = set((_raw_rules().get("singular_subject") or {}).get("adverbs") or ())
        while words and (words[-1].lower() in (rules.get("states") or ()) or words[-1].lower() in adverbs):
            words = words[:-1]  # "found dead", "presumed dead", "reportedly killed"
        while len(words) > 1 and words[-1][:1].isupper():
            words = words[:-1]  # the person's name after their title
        low = [w.lower() for w in words]
        cut = next((i for i, w in enumerate(low) if w in (rules.get("cuts") or ())), len(low))
        if cut < len(low) and low[:cut][-1:] and low[cut - 1] in (rules.get("containers") or ()):
            low = [w for w in low[cut + 1:] if not w[:1].isupper()]  # "body of a herder": the herder
            cut = next((i for i, w in enumerate(low) if w in (rules.get("cuts") or ())), len(low))
        head, verbs, stops = low[:cut], load_cues().verbs, set(rules.get("stops") or ())
        if not head or len(head) > int(rules.get("reach", 0)) or any(
                w in verbs or w in self.numbers.outcomes or w in stops
                or (w in self.numbers.words and w not in ("a", "an")) or w in self.numbers.indefinite for w in head):
            return False
        # (an "and" inside a capitalised name is no joined subject: "Guard of the Water and Forests Agency")
        if any(w.lower() in stops for w in _WORD_AT.findall(_name_and_out(clause)) if not w[:1].isupper()):
            return False  # "Guard and driver killed", "Envoy who fled the city killed": no one noun phrase
        last = head[-1]
        return self._singular(last) and last not in (_raw_rules().get("one_victim_subject") or {}).get(
            "not_heads", ()) and (last in self.numbers.victims or last in (_raw_rules().get("person_heads") or ())
                                  or _PERSON_ENDING.search(last) is not None)

    @staticmethod
    def _subject_end(text: str, at: int) -> int:
        """Where the subject of a death word ends: before the adverbs of counting.yaml `singular_subject` and the
        spaces that stand right before it."""
        adverbs = set((_raw_rules().get("singular_subject") or {}).get("adverbs") or ())
        end = at
        while True:
            k = end
            while k > 0 and text[k - 1].isspace():
                k -= 1
            w = _WORD_BEFORE.search(text, max(0, k - 20), k)
            if w is None or w.group().lower() not in adverbs:
                return k
            end = w.start()

    def _one_subject(self, text: str, m: re.Match[str]) -> bool:
        """Whether a death word told as a passive with no auxiliary ("Commander killed in Aleppo", "baby saver
        killed in Aleppo") has one person right before it: a singular noun of people (numbers.yaml `victims`, or a
        doer's ending such as "-er", "-ist", "-ian"), the death word then followed by a place or a cause
        (counting.yaml `one_victim_subject`)."""
        if _passive_after().match(text, m.end()) is None:
            return False
        words = _LETTERS.findall(text[max(0, m.start() - 30):m.start()].lower())
        if not words or text[:m.start()].rstrip()[-1:] in ",;:.":
            return False
        head, rules = words[-1], _raw_rules()
        if head in rules["plural_heads"] or head in (rules.get("one_victim_subject") or {}).get("not_heads", ()) or (
                head.endswith("s") and not head.endswith("ss")):
            return False
        # (a stop after a short word is an abbreviation's, "incl.", no sentence end)
        clause = _CLAUSE_SPLIT.split(text[max(0, m.start() - 80):m.start()])[-1]
        if _FIGURE.search(clause) or any(w in self.numbers.words or w in self.numbers.indefinite
                                         for w in _LETTERS.findall(clause.lower())):
            return False  # "Three people including the village chief assassinated overnight": the chief is a part
        return self.numbers.victims.get(head) is not None or _PERSON_ENDING.search(head) is not None


_WORD_AT = re.compile(r"[A-Za-z][\w'’-]*")
_BRACKETED = re.compile(r"\([^()]*\)")
_BRACKETS_ANY = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_NAME_AND = re.compile(r"(?<=[a-z])\s+and\s+(?=[A-Z])")
_HEADLINE_END = re.compile(r"\s*(?:[.,;]|$)")


def _name_and_out(clause: str) -> str:
    """The clause with each "and" between two capitalised words left out ("the Roads and Bridges Authority")."""
    def joined(m: re.Match[str]) -> str:
        before = _WORD_BEFORE.search(clause, 0, m.start())
        return " " if before is not None and before.group()[:1].isupper() else m.group()
    return _NAME_AND.sub(joined, clause)


def _found_body(text: str) -> list[Count]:
    """One dead for a single body found with no death word ("The body of a trader was found near the camp", "Dead
    body of young man found in a ravine"): counting.yaml `found_body`."""
    if lacks_words(text, ("body",)):
        return []  # every match holds the word: most sentences have none to search for
    found, cause = _found_body_patterns()
    m = found.search(text)
    if m is None:
        return []
    if cause.search(text[max(0, m.start() - 60):m.start()]):
        return []  # "residents rioted after the body of a girl was found": the finding is a cause told, no toll
    return [Count(m.start(), m.end(), "death", 1, False, None, "")]


@lru_cache(maxsize=1)
def _found_body_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The finding of a body, and a cause word told a few words before it (counting.yaml `found_body`)."""
    rules = _raw_rules().get("found_body") or {}
    before = _phrases(rules.get("before") or [], "") or "(?!)"
    verbs = _phrases(rules.get("verbs") or [], "") or "(?!)"
    cause = _phrases(rules.get("causes") or [], "") or "(?!)"
    reach = int(rules.get("reach", 0))
    # (the article or adjective before "body", at most one word more, then a finding verb within `reach` characters
    # of the clause: "the bullet-riddled body of an officer was found")
    return (re.compile(rf"\b(?:{before})\s+(?:[\w'’-]+\s+)?body\b(?![-\w])(?:[^.;:]{{0,{reach}}}?\s)?(?:{verbs})\b",
                       re.I),
            re.compile(rf"\b(?:{cause})\s+(?:[\w'’-]+\s+){{0,4}}$", re.I))


@lru_cache(maxsize=1)
def _pair_pattern(joins: tuple[str, ...]) -> re.Pattern[str]:
    """One person, "and", a joining word (counting.yaml `pair_subject` `joins`), then a second noun phrase."""
    words = _phrases(list(joins), "") or "(?!)"
    return re.compile(rf"\W*(?P<one>[^.;:]+?)\s*,?\s+and\s+(?:{words})\s+(?:{_NP_PART}\s+){{0,2}}?"
                      rf"(?P<two>{_NP_PART})\s*$", re.I)


def _singular_aux(text: str, m: re.Match[str]) -> bool:
    """Whether a death word follows a singular auxiliary ("A militant was today killed", "the leader was beaten
    dead", "a man has died"), with at most a few adverbs between: its subject is one person (counting.yaml
    `singular_aux`)."""
    rules = _raw_rules().get("singular_aux") or {}
    if m.group().lower() not in (rules.get("words") or ()):
        return False
    return _singular_aux_pattern(tuple(rules.get("auxiliaries") or ()), tuple(rules.get("between") or ())).search(
        text, max(0, m.start() - 60), m.start()) is not None


@lru_cache(maxsize=1)
def _singular_aux_pattern(auxiliaries: tuple[str, ...], between: tuple[str, ...]) -> re.Pattern[str]:
    aux = _phrases(list(auxiliaries), "") or "(?!)"
    skip = _phrases(list(between), "") or "(?!)"
    # (not after "there": "there was no one killed" is no subject)
    return re.compile(rf"(?<!there\s)\b(?:{aux})\s+(?:(?:{skip})\s+){{0,2}}$", re.I)


@lru_cache(maxsize=1)
def _verb_before(verbs: tuple[str, ...]) -> re.Pattern[str]:
    words = _phrases(list(verbs), "") or "(?!)"
    # (the last such verb before "dead": "shot at the car and left him dead" reads "him")
    return re.compile(rf".*\b(?:{words})\s+(?P<obj>[^.;:]{{1,80}}?)\s*,?\s*$", re.I | re.S)


@lru_cache(maxsize=1)
def _number_next(modifiers: tuple[str, ...]) -> re.Pattern[str]:
    """A figure right after a death word, perhaps after a modifier ("kills more than 50"; numbers.yaml
    `modifiers`), not after a preposition ("died on 9 March")."""
    return re.compile(rf"\s+(?:(?:{_alt(list(modifiers))})\s+)?\d", re.I)


# a figure standing alone, not a date's ("23-04-2016")
_FIGURE = re.compile(r"(?<![\w/-])\d+(?![\w/-])")
_AND_MORE = re.compile(r"\s+and\s+(?:\d|[a-z]+\s+others?\b)", re.I)
_CLAUSE_SPLIT = re.compile(r"[;:]|(?<=[a-z]{5})\.\s|\d\.\s")
_WORD_BEFORE = re.compile(r"[A-Za-z]+$")
# a relative aside in commas after a subject (", who suffered burns in the attack,"): no part of its head
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|whom|whose)\b[^,.;:]*,", re.I)


@lru_cache(maxsize=1)
def _opening_subject_cached(openers: tuple[str, ...], reach: int) -> re.Pattern[str]:
    words = _phrases(list(openers), "") or "(?!)"
    # ("A prisoner who suffered injuries in custody died", "A fighter with Canadian nationality died", "A worker
    # from Nahia, died")
    return re.compile(rf"^\W*(?:{words})\s+(?:{_NP_PART}\s+){{0,{reach}}}?(?P<head>{_NP_PART})"
                      r"(?:\s+(?:of|from|with|in|who)\s+[^,.;:]{0,60}?)?\s*,?\s*$", re.I)


# a word of a subject's noun phrase: no auxiliary or conjunction ("A civilian was injured and": "and" is no head)
_NP_PART = r"(?!(?:was|were|is|are|has|had|have|been|and|or|but)\b)[A-Za-z][\w'’-]*"


@lru_cache(maxsize=1)
def _joined_subject_cached(openers: tuple[str, ...], reach: int) -> re.Pattern[str]:
    words = _phrases(list(openers), "") or "(?!)"
    # the head, perhaps a short phrase after it ("in Dunoon", "who suffered burns in the blast"), then a passive
    # joined to the death word ("was beaten by residents and later died", "was injured ... last week, succumbed")
    return re.compile(rf"^\W*(?:{words})\s+(?:{_NP_PART}\s+){{0,{reach}}}?(?P<head>{_NP_PART})"
                      r"(?:\s+(?:in|of|from|with|who)\s+[^,.;:]{0,60}?)?\s+(?:was|had\s+been|has\s+been)\s+"
                      r"[^.;:]{0,120}?(?:\s+and|,)\s*$", re.I)


def _joined_subject(rules: dict[str, Any]) -> re.Pattern[str]:
    """One person that opens the text with a passive of their own joined to the death word ("A man in Dunoon was
    assaulted by residents and later died"): counting.yaml `singular_subject` `openers` and `reach`."""
    return _joined_subject_cached(tuple(rules.get("openers") or ()), int(rules.get("reach", 0)))


def _opening_subject(rules: dict[str, Any]) -> re.Pattern[str]:
    """A noun phrase that is the whole text before a death word (its head named), counting.yaml `singular_subject`
    `openers` and `reach`."""
    return _opening_subject_cached(tuple(rules.get("openers") or ()), int(rules.get("reach", 0)))

# a possessive that opens one listed person ("and their father")
_ONE_OWNED_WORDS = ("his", "her", "their", "its")
_ONE_OWNED = "|".join(_ONE_OWNED_WORDS)


def _listed_after_patterns(numbers: Numbers) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An item of a list after a death word (a number, "of her" perhaps, up to three words) and the words joining two
    items (counting.yaml `listed_after`)."""
    joins = _phrases(_raw_rules().get("listed_after") or [], "") or "(?!)"
    # ("killing the four siblings and their father": an article may open an item, and a possessive one person)
    item = (rf"\s*[\"“]?(?:the\s+)?(?P<num>\d+|{_alt(list(numbers.words))}|{_ONE_OWNED})\s+"
            r"(?:of\s+(?:his|her|their|its)\s+)?")
    return re.compile(item, re.I), re.compile(rf",?\s+(?:{joins})(?=\s)", re.I)


def _one_more_after(numbers: Numbers) -> re.Pattern[str]:
    words = _phrases(_raw_rules().get("one_more_after") or [], "") or "(?!)"
    deaths = _alt([w for w, outcome in numbers.outcomes.items() if outcome == "death"])
    # (in the count's clause; one word may stand before the noun: "and another young man died")
    return re.compile(rf"[^.;:]{{0,60}}?\b(?:{words})\s+(?:[a-z'’-]+\s+)??(?P<head>[a-z]+)\s+"
                      rf"(?:(?:was|has been|had been)\s+)?(?:{deaths})\b", re.I)


@lru_cache(maxsize=1)
def _others_join() -> re.Pattern[str]:
    """counting.yaml `joined_others` `joins`: the words in a count's clause before a count of others."""
    joins = (_raw_rules().get("joined_others") or {}).get("joins") or []
    return re.compile(rf"[^.;:]{{0,60}}?\b(?:{_phrases(joins, '')})\s+", re.I) if joins else re.compile("(?!)")


@lru_cache(maxsize=1)
def _others_end() -> re.Pattern[str]:
    """counting.yaml `joined_others` `then`: what may follow the word "others" (a word opening a place), else the
    sentence's end ("and 14 others, including children, were injured" goes on to tell their own outcome)."""
    then = (_raw_rules().get("joined_others") or {}).get("then") or []
    words = f"|\\s+(?:{_phrases(then, '')})\\b" if then else ""
    return re.compile(rf"(?:\s*(?:[.;:]|$){words})", re.I)


@lru_cache(maxsize=1)
def _others_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in (_raw_rules().get("joined_others") or {}).get("heads") or ())


@lru_cache(maxsize=1)
def _none_dead_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """counting.yaml `none_dead`: its phrases, and the words of a side told after one ("among our troops")."""
    rules = _raw_rules().get("none_dead") or {}
    number = r"(?:\d+|[a-z]+)"
    phrases = rules.get("phrases") or []
    sides = rules.get("sides") or []
    # (the look-ahead on the phrases' first letters changes no match: a search passed by the pre-check, on "killed" or
    # "reported", leaves most positions after one class test instead of trying each phrase there; a class, not the
    # words' trie, which as fast here costs half again the pattern's compiling)
    alts = _phrases(sorted(phrases, key=len, reverse=True), number)
    return (prefiltered(re.compile(rf"\b{first_letters(phrases)}(?:{alts})\b", re.I)) if phrases
            else re.compile("(?!)"),
            re.compile(rf"\s+(?:{_phrases(sides, number)})\s+(?P<np>(?:[\w'’-]+\s+){{0,3}}[\w'’-]+)", re.I)
            if sides else re.compile("(?!)"))


def _untold_none_dead(phrases: list[str], told_words: list[str]) -> tuple[str, ...] | None:
    """The `_literal_words` of the no-casualties phrases (counting.yaml `none_dead`) that hold no whole word of
    `told_words` (the words `any_outcome` finds): a text in which `any_outcome` finds nothing holds a match of the
    others nowhere (a match holds the word, bounded), so a text lacking these words (`_may_hold`) holds no match at
    all. None when a phrase holds a placeholder or a phrase left has no literal word (then any text may hold one)."""
    phrases = [" ".join(p.lower().split()) for p in phrases]
    if any("{" in p for p in phrases):
        return None
    told = [" ".join(w.lower().split()) for w in told_words]
    return _fewest(_literal_words([p for p in phrases if not any(f" {w} " in f" {p} " for w in told)]))


@lru_cache(maxsize=1)
def _none_dead_gate() -> re.Pattern[str] | None:
    """counting.yaml `none_dead` phrases as a `_word_gate` (none when a phrase holds a placeholder)."""
    phrases = list((_raw_rules().get("none_dead") or {}).get("phrases") or [])
    return None if any("{" in p for p in phrases) else _word_gate(phrases)


def _part_floor_pattern(counted: str) -> re.Pattern[str]:
    """A part of a toll told after it in its clause: up to `reach` characters with no clause end, a word of
    counting.yaml `part_floor` `openers`, then a number and a noun phrase of people."""
    rules = _raw_rules().get("part_floor") or {}
    openers = _phrases(rules.get("openers") or [], r"(?:\d+|[a-z]+)")
    if not openers:
        return re.compile("(?!)")
    return re.compile(rf"[^.;:]{{0,{int(rules.get('reach', 0))}}}?\b(?:{openers}),?\s+{counted}", re.I)


@lru_cache(maxsize=1)
def _passive_after() -> re.Pattern[str]:
    # ({n}: a figure, the count of another outcome a headline tells next: "Child killed 9 civilians injured")
    words = _phrases((_raw_rules().get("one_victim_subject") or {}).get("after") or [], r"\d+") or "(?!)"
    return re.compile(rf"\s+(?:{words})\b", re.I)


@lru_cache(maxsize=1)
def _distant_parts() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """counting.yaml `distant_subject` `parts` ("including", "among them"): one ending a text but for two words, and
    one anywhere. Compiled once: built for each death word, the phrases' pattern cost more than the search."""
    parts = _phrases((_raw_rules().get("distant_subject") or {}).get("parts") or [], "") or "(?!)"
    return re.compile(rf"\b(?:{parts})\s+(?:\S+\s+){{0,2}}$", re.I), re.compile(rf"\b(?:{parts})\b", re.I)


@lru_cache(maxsize=1)
def _distant_aux() -> re.Pattern[str]:
    words = _phrases((_raw_rules().get("distant_subject") or {}).get("auxiliaries") or [], "") or "(?!)"
    return re.compile(rf"\b(?:{words})\s+$", re.I)


@lru_cache(maxsize=1)
def _subject_pattern() -> re.Pattern[str]:
    raw = _raw_rules().get("numbered_subject") or {}
    openers = "|".join(_phrase(w, "") for w in sorted(raw.get("openers") or [], key=len, reverse=True)) or "(?!)"
    heads = "|".join(_phrase(w, "") for w in sorted(raw.get("heads") or [], key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\b(?:{openers})\s+(?P<num>\d+|[a-z]+)\s+(?:{heads})\b", re.I)


def _numbered_subject(numbers: Numbers, before: str) -> int | None:
    """The number of the subject that opens the clause before a death word with no number ("All five people on
    board ... died": 5), or None (counting.yaml `numbered_subject`)."""
    start = max((before.rfind(c) for c in ".;:"), default=-1) + 1
    m = _subject_pattern().search(before, start)
    if m is None or m.start() - start > 3:
        return None  # only a subject that opens the clause
    word = m.group("num").lower()
    return int(word) if word.isdigit() else numbers.words.get(word)


@lru_cache(maxsize=1)
def _unstated_figure() -> re.Pattern[str]:
    """A phrase that names a figure without giving it, a few words before a death word ("the number of IS fighters
    killed", counting.yaml `unstated_figure`)."""
    raw = _raw_rules().get("unstated_figure") or {}
    words = rf"(?:[A-Za-z][\w'’-]*\s+){{0,{int(raw.get('reach', 0))}}}"
    return re.compile(rf"\b(?:{_phrases(raw.get('phrases') or [], '') or '(?!)'})\s+{words}$", re.I)


@lru_cache(maxsize=1)
def _reference_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = _raw_rules().get("back_reference") or {}
    before = _phrases(raw.get("before") or [], "") or "(?!)"
    after, then = (_phrases(raw.get(k) or [], "") or "(?!)" for k in ("after", "then"))
    return (re.compile(rf"(?:^|[^\w-])(?:{before})\s+(?:[A-Za-z][\w'’-]*\s+){{1,3}}$", re.I),
            re.compile(rf"\s+(?:{after})\s+[^.;:,]{{0,80}}?\b(?:{then})\b", re.I))


@lru_cache(maxsize=1)
def _definite_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    raw = _raw_rules().get("definite_dead") or {}
    openers = _phrases(raw.get("openers") or [], "") or "(?!)"
    links = _phrases(raw.get("links") or [], "") or "(?!)"
    words = rf"(?:\s+[A-Za-z][\w'’-]*){{0,{int(raw.get('reach', 0))}}}?"
    # (a subject that points back wherever it stands, "the remains of those who had died": a few words, then a
    # link or an intransitive death word, see _definite_dead)
    pointers = _phrases(raw.get("pointers") or [], "") or "(?!)"
    near = rf"(?:\s+[A-Za-z][\w'’-]*){{0,{int(raw.get('pointer_reach', 0))}}}?"
    return (re.compile(rf"^\W*(?:{openers})(?P<words>{words})(?:\s+(?P<link>{links}))?\s*$", re.I),
            re.compile(rf"^\W*(?:{openers})\s*$", re.I),
            re.compile(rf"(?:^|[^\w'’-])(?:{pointers})(?P<words>{near})(?:\s+(?P<link>{links}))?\s*$", re.I))


def _definite_dead(text: str, at: int) -> bool:
    """Whether a death word with no number has for its dead the definite subject that opens the text ("The fighters
    from both factions were killed ...", "Most of those killed were ...", "The crew died") or one that points back
    wherever it stands ("the remains of those who had died in the attack"): people counted before, whose toll is no
    new one (counting.yaml `definite_dead`). The subject holds no number and names people; with no link word
    before it the death word takes no object ("died": `intransitive`)."""
    linked, bare, pointer = _definite_patterns()
    before = text[:at]
    for pattern in (linked, pointer):
        m = pattern.search(before)
        if m is None or (m.group("link") is None and not _intransitive().match(text, at)):
            continue
        words = m.group("words")
        if not has_digit(words) and not _not_people(words) and not _CLAUSE_MARK.search(words):
            return True
    return bare.match(before) is not None


@lru_cache(maxsize=1)
def _intransitive() -> re.Pattern[str]:
    words = _phrases((_raw_rules().get("definite_dead") or {}).get("intransitive") or [], "") or "(?!)"
    return re.compile(rf"(?:{words})\b", re.I)


_CLAUSE_MARK = re.compile(r"[,;:()]")

# the word joining two outcomes that leaves which one befell the counted open ("killed or wounded")
_EITHER = re.compile(rf"\s(?:{_phrases(_raw_rules().get('either_outcome') or [], '') or '(?!)'})\s", re.I)


def _back_reference(text: str, m: re.Match[str]) -> bool:
    """Whether a death word with no number modifies a definite subject whose clause goes on to its own verb ("Most of
    the IS militants killed in the offensive were foreigners"): the dead of an event told elsewhere, no toll here
    (counting.yaml `back_reference`)."""
    subject, verb = _reference_patterns()
    s = subject.search(text, max(0, m.start() - 60), m.start())
    # (no auxiliary in the subject: "the militants were killed in strikes" tells the death itself)
    return s is not None and not _PASSIVE.search(s.group()) and verb.match(text, m.end()) is not None


# "killed the station chief", "killed and mutilated a farmer": a noun phrase whose head is singular names
# one person.
_DEFINITE_NP = re.compile(r"(?:\s+and\s+[a-z]+ed)?\s+(?:the|his|her|its|their|a|an)\s+(?:[A-Za-z][\w'’-]*\s+){0,3}?"
                          r"(?P<head>[A-Za-z][\w'’-]*)"
                          r"(?=\s*(?:[.,;:()]|$|(?:in|at|near|on|and|while|after|before|during|of|from|who|with|"
                          r"by|inside|outside)\b))")

# a singular noun after an article and up to two words, then a capitalised name ("the terrorist commander Abu Taha")
_TITLED_ONE = re.compile(r"\s+(?:the|his|her|its|their|a|an)\s+(?:[A-Za-z][\w'’-]*\s+){0,2}?"
                         r"(?P<head>[a-z][\w'’-]*)\s+(?=[A-Z][a-z])")


def _not_people(words: str) -> bool:
    """Animals, weapons or things counted ("killed nine sheep", "47 rifles"), not people ("cattle thieves")."""
    tokens = [t for t in _LETTERS.findall(words.lower()) if t not in ("hundred", "thousand", "dozen", "of")]
    things = _not_people_words()
    return bool(tokens) and ((tokens[0] in things and not (len(tokens) > 1 and _PERSON_ENDING.search(tokens[1])))
                             or tokens[-1] in things)


@lru_cache(maxsize=1)
def _not_people_words() -> frozenset[str]:
    """counting.yaml `not_people` as a set: `_not_people` tests a word or two of every counted phrase against it,
    where a test of the list compared the word with each of its some hundred words in turn (FA-KES: most of
    `_not_people`'s time)."""
    return frozenset(_raw_rules()["not_people"])


def _counted_bodies(words: str) -> bool:
    """Whether the counted words end on a body of fighters ("fighters from the two northern factions were killed"):
    the number counts the bodies, not the dead (counting.yaml `counted_bodies`); the dead are told with no number."""
    head = _OF_FROM_REST.sub("", words.lower())  # "militants from two groups": the militants are counted
    tokens = _LETTERS.findall(head)
    return bool(tokens) and tokens[-1] in (_raw_rules().get("counted_bodies") or ())


_OF_FROM_REST = re.compile(r"\s+(?:of|from|in|belonging|with|among)\b.*$", re.S)


_PERSON_ENDING = re.compile(r"(?:ers?|ors?|ists?|m[ae]n|ves|ief|ants?|ents?|ians?)$")


def _person(words: str) -> bool:
    """Whether a short noun phrase may name people: "a woman", "a police officer", not "a gun battle ensued"
    or "an hour"."""
    tokens = _LETTERS.findall(words.lower())
    return 0 < len(tokens) <= 3 and not tokens[-1].endswith("ed") and not _not_people(tokens[-1]) and (
        tokens[-1] not in _raw_rules()["not_counts"]["units"])


@lru_cache(maxsize=1)
def _object_noun() -> re.Pattern[str]:
    """counting.yaml `object_nouns`: an outcome noun with its object after it ("claimed lives of eight civilians")."""
    nouns = _raw_rules().get("object_nouns") or []
    return re.compile(rf"(?:{_phrases(nouns, '')})\b", re.I) if nouns else re.compile("(?!)")


def _no_death_after(text: str, end: int) -> bool:
    """Whether the word after a counted death word makes it no death ("an earlier death toll")."""
    after = text[end:end + 20].split()[:1]
    return bool(after) and _NON_WORD_CHAR.sub("", after[0].lower()) in _raw_rules()["not_counted_deaths_before"]


def _crime_listed(text: str, m: re.Match[str]) -> bool:
    """Whether a death word with no number is named as one of a list of crimes ("sexual assault killing and
    involuntary disappearance"): a crime's word right before it, or within two words after the "and" that follows
    it (counting.yaml `crimes_listed`)."""
    rules = _raw_rules().get("crimes_listed") or {}
    if m.group().lower() not in rules.get("words", ()):
        return False
    crimes = set(rules.get("crimes", ()))
    before = _LETTERS.findall(text[max(0, m.start() - 30):m.start()].lower())[-1:]
    after = _LETTERS.findall(text[m.end():m.end() + 40].lower())[:3]
    if "of" in after:
        return False  # "the killing and torture of detainees": whose deaths, told
    return bool(before and before[0] in crimes) or bool(after and after[0] == "and" and crimes & set(after[1:]))


def _carried_out(text: str, m: re.Match[str], group: int | str = 0) -> bool:
    """Whether a death word (the match's `group`) that also means "carried out" has a thing done as its subject
    or object ("strikes tonight were executed", "executed a raid")."""
    rules = _raw_rules().get("carried_out", {})
    if (m.group(group) or "").lower() not in rules.get("words", ()):
        return False
    between = set(rules.get("between", ()))
    start, end = m.span(group)
    before = [w for w in _LETTERS.findall(text[max(0, start - 60):start].lower())[-5:] if w not in between]
    after = [w for w in _LETTERS.findall(text[end:end + 40].lower())[:4] if w not in between]
    # (one word may qualify the thing done: "executed a special operation")
    return bool((before and before[-1] in rules["things"]) or any(w in rules["things"] for w in after[:2]))


def _one_named_after(text: str, at: int) -> bool:
    m = _DEFINITE_NP.match(text, at)
    if m is None:
        return False
    head = m.group("head").lower()
    if head in _raw_rules()["not_victim_heads"]:
        return False  # "left dozens dead the monitor said": the reporter, no victim
    return head not in _raw_rules()["plural_heads"] and (not head.endswith("s") or head.endswith("ss"))


def _masked(text: str, low: str | None = None) -> str:
    """`text` with the digits of dates, times, unit numbers, ages, money and the like replaced by a letter,
    so that the count patterns cannot read them; offsets are unchanged. `low`: the text's `_spaced_lower` form, when
    the caller has it."""
    spans = [(d.start, d.end) for d in find_dates(text)]
    rules = _rules()
    ends = (len(text), _digits_end(text))  # (how far each pattern is searched: the text, or up to its last digits)
    if rules.label_gate is None:
        low = None
    elif low is None:
        low = _spaced_lower(text)
    runs = rules.digit_runs_ascii if rules.digit_runs_ascii is not None and text.isascii() else rules.digit_runs
    for k, pattern in enumerate(rules.not_counts):
        end = ends[k in rules.digit_ended]
        if k == 0 and rules.label_gate is not None and low is not None:
            spans += _label_spans(rules.label_gate, low, end)  # (most texts: ASCII)
        elif runs is None or k not in rules.digit_led:
            spans += [m.span() for m in pattern.finditer(text, 0, end)]
    # (the patterns that begin at a run of digits and the bare years: one search, not five over the whole text)
    spans += [m.span() for m in _BARE_YEAR.finditer(text)] if runs is None else _digit_run_spans(runs, text)
    if not spans:
        return text
    if text.isascii():  # (most texts: each span's digits masked in one call, no Python step per character)
        return _masked_ascii(text, spans)
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            if chars[i].isdigit():
                chars[i] = _MASK
    return "".join(chars)


def _digits_end(text: str) -> int:
    """Where the last run of digits and commas of an ASCII text ends (the length of any other text): a match of a
    pattern that ends with such a run (`_Rules.digit_ended`) ends there at the latest, and a search up to it finds
    the same matches (the run stops there in the whole text too)."""
    size = len(text)
    if not text.isascii():
        return size
    end = max(map(text.rfind, _ASCII_DIGITS)) + 1  # (no Python frame per digit)
    if not end:
        return size
    while end < size and text[end] == ",":
        end += 1
    return end


_ASCII_DIGITS = tuple("0123456789")
_ASCII_MASKED = str.maketrans("0123456789", _MASK * 10)  # an ASCII text's digits: all that `isdigit` holds in it


def _masked_ascii(text: str, spans: list[tuple[int, int]]) -> str:
    """`_masked` of an ASCII text: the spans' digits replaced, a span at a time (overlapping ones in turn)."""
    parts: list[str] = []
    at = 0
    for start, end in sorted(spans):
        if end <= at:
            continue
        start = max(start, at)
        parts += (text[at:start], text[start:end].translate(_ASCII_MASKED))
        at = end
    parts.append(text[at:])
    return "".join(parts)


# A year standing alone ("in 2014", "2014 Syrian troops"): four digits 1900-2099 without a thousands comma,
# unless people follow ("2000 people", which writers rarely leave without a comma but sometimes do).
# (Its first digit, then a look-behind saying what a \b before it would: the same matches, but the pattern opens with
# a class of two digits, which a search skips along by, instead of trying every position.)
_YEAR_END = (r"\d\d\b(?![,.]\d)(?!\s+(?:people|persons|civilians|soldiers|troops|fighters|militants|rebels|men|women|"
             r"children|refugees|migrants)\b)")
_BARE_YEAR = re.compile(r"(?:1(?<!\w1)9|2(?<!\w2)0)" + _YEAR_END)
# `_BARE_YEAR` after its first digit, for `_digit_runs` (the look-behinds say which digit it was)
_BARE_YEAR_AFTER_DIGIT = r"(?:(?<=1)(?<!\w1)9|(?<=2)(?<!\w2)0)" + _YEAR_END


def _background(text: str, count: Count, read: dict[Any, Any] | None = None) -> bool:
    """A toll that is not this event's: too large for one event, told as the cause of what is reported or
    coded elsewhere, or a cumulative or war-wide toll, its clause (or the sentence's opening phrase, "Since
    2011, ...") saying it sums up a period or the whole war. `read`: kept by a caller asking of several counts
    of the same text (the cause phrases and the opening clause are the text's)."""
    rules = _rules()
    if count.value >= rules.max_event_toll:
        return True
    read = {} if read is None else read
    if "causes" not in read:
        held = all(_may_hold(text, words) for words in rules.cause_words)
        read["causes"] = [m.span() for m in rules.cause.finditer(text)] if held else []
        # (the text's clause ends, read once for all its counts: where each begins, where each ends)
        ends = [m.span() for m in _CLAUSE_END.finditer(text)]
        read["clause_starts"] = [s for s, _e in ends]
        read["clause_ends"] = [e for _s, e in ends]
        # (most texts hold no word of the "coded elsewhere" phrases: their search after each count is spared)
        read["elsewhere"] = _may_hold(text, rules.elsewhere_words)
        if "low" not in read:
            read["low"] = _spaced_lower(text)
    if any(s <= count.start < e + 2 or count.start <= e <= count.end for s, e in read["causes"]):
        return True  # "against the killing of a student": the cause of what is reported
    stop = text.find(".", count.end)
    if read["elsewhere"] and rules.elsewhere.search(text, count.end, stop if stop >= 0 else len(text)):
        return True
    start, end = _clause_around(read["clause_starts"], read["clause_ends"], count, len(text))
    # (the counts of one clause search the same stretch, and every count the same opening: each searched once)
    clause = read.get((start, end))
    if clause is None:
        clause = read[(start, end)] = _background_in(text, read["low"], start, end)
    if clause:
        return True
    opens: list[int] = read["clause_starts"]
    opening = opens[0] if opens else -1
    if opening < 0 or opening >= count.start or opening > 40:
        return False
    if "opening_background" not in read:
        read["opening_background"] = _background_in(text, read["low"], 0, opening)
    return read["opening_background"]


def _clause_around(starts: list[int], ends: list[int], count: Count, size: int) -> tuple[int, int]:
    """Where the clause of a count begins and ends in a text of `size` characters, given where the text's clause ends
    (`_CLAUSE_END`'s matches) begin and end: after the last that ends by the count's start, before the first that
    begins at its end or after. The same as that pattern's search up to the count and from its end: a match is one
    stop, or a comma and the space after it, found alike by any search that holds it (a comma right before the count
    ends past it, and a search up to the count finds none there)."""
    before = bisect_right(ends, count.start)
    after = bisect_left(starts, count.end)
    return (ends[before - 1] if before else 0), (starts[after] if after < len(starts) else size)


_HURT = ("death", "injury")  # the outcomes that tell an event's own toll of people hurt


def _without_earlier_events(text: str, counts: list[Count]) -> list[Count]:
    """Leaves out the deaths told a few words after "days after" (counting.yaml `earlier_event`) when the text told a
    count of people hurt before those words: "Four medics were killed ... just days after dozens of aid workers were
    killed", "Dozens were injured when helicopters hit the area ... a day after more than 100 were killed" (the
    dozens, the hundred, are an earlier event's; told alone, "a day after more than 100 were killed", they stay the
    toll of the earlier event the text then tells)."""
    rules = _rules()
    out = []
    # (whether the text holds the phrases' words: asked once, at its first death count; most texts lack them, and
    # their searches back from each death count are spared)
    earlier, referenced = False, False
    asked = False
    for c in counts:
        if c.outcome == "death" and not asked:
            earlier, referenced = _may_hold(text, rules.earlier_words), _may_hold(text, rules.referenced_words)
            asked = True
        m = rules.earlier.search(text, max(0, c.start - 80), c.start) if earlier and c.outcome == "death" else None
        if m is not None and any(o.outcome in _HURT and o.end <= m.start() for o in counts):
            continue
        if referenced and c.outcome == "death" and rules.referenced.search(text, max(0, c.start - 80), c.start):
            continue  # "before an April 4 attack that killed dozens": that later event's toll
        out.append(c)
    return out


_TOKEN = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=1)
def _speaker_verbs() -> frozenset[str]:
    return frozenset(w.lower() for w in _raw_rules().get("speaker_after_count") or ())


def _speaker_cut(words: str) -> int | None:
    """Where the counted words end when a speaker's name and its reporting verb ran on after them, a text with its
    commas dropped ("40 attackers Russias defence ministry said": counting.yaml `speaker_after_count`): before the
    first capitalised word after the first word, if the words end in such a verb."""
    tokens = list(_TOKEN.finditer(words))
    if len(tokens) < 3 or tokens[-1].group().lower() not in _speaker_verbs():
        return None
    first_name = next((t for t in tokens[1:-1] if t.group()[0].isupper()), None)
    return tokens[tokens.index(first_name) - 1].end() if first_name is not None else None


def _trimmed(text: str, count: Count) -> Count:
    end = count.end
    while end > count.start and text[end - 1].isspace():
        end -= 1
    # (a count is frozen: one with no trailing space is its own trimmed copy, no `replace` made for it)
    return count if end == count.end else replace(count, end=end)


def _drop_overlaps(counts: list[Count]) -> list[Count]:
    kept: list[Count] = []
    for c in sorted(counts, key=lambda c: (-(c.end - c.start), c.start)):
        if not any(k.start < c.end and c.start < k.end for k in kept):
            kept.append(c)
    return kept
