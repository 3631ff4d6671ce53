"""Casualty, injury and arrest counts in a sentence ("Four soldiers were killed", "killing 2 soldiers",
"over 60", "dozens", "several"), read with ACLED's conservative conventions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from warscribe.knowledge.lexicon import Lexicon, Numbers


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


_AUX = (r"(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|been|being|got|reportedly|also|all|later|more)"
        r"\s+){0,3}")
_NP_WORD = r"(?:(?!(?:and|or|but|while|after|before|when|in|on|at)\b)[A-Za-z][\w'’-]*\s+)"
# Words that end a victim noun phrase after a number ("killing 2 soldiers in ...").
_NP_STOP = (r"(?:in|near|at|on|after|and|with|by|from|during|when|while|as|to|for|across|inside|outside|south|"
            r"north|east|west|who|which|that|were|was|had|have|the)\b")
_VICTIM_NP = rf"(?:(?!{_NP_STOP})[A-Za-z][\w'’-]*(?:\s+|(?=[^\w\s])|$)){{1,5}}"
_BEFORE_VERBS = ("killing", "killed", "kill", "kills", "wounding", "wounded", "injuring", "injured", "arrested",
                 "arresting", "detained", "detaining", "abducted", "abducting", "kidnapped", "kidnapping")


_NEGATED = re.compile(r"\bno\s*$", re.I)
_NEGATED_NEAR = re.compile(r"\b(?:no|not|nobody|none|never|without)\b[^,.;]{0,25}$", re.I)


@dataclass(frozen=True)
class _Patterns:
    after: re.Pattern[str]  # NUMBER ... OUTCOME
    before: re.Pattern[str]  # OUTCOME-verb NUMBER NP
    toll: re.Pattern[str]  # death toll ... NUMBER
    bare_death: re.Pattern[str]  # a death word with no number
    any_outcome: re.Pattern[str]  # some outcome word, anywhere


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _patterns(numbers: Numbers) -> _Patterns:
    quantity = _alt(list(numbers.words) + list(numbers.indefinite))
    number = (rf"(?:(?:{_alt(list(numbers.modifiers))})\s+)?"
              rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|(?:{quantity}))(?:\s+of)?(?:\s+more)?")
    outcomes = _alt(list(numbers.outcomes))
    combined = r"(?P<both>(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured))"
    # "seven people, including four women and two children, were killed": the count is the seven.
    including = r"(?:(?P<head>[A-Za-z][\w'’-]*),?\s+(?:including|among\s+them)\s+[^,.;:]{1,60}?,?\s+)?"
    after = (rf"\b{number}\s+(?:{including}|(?P<np>{_NP_WORD}{{0,5}}?)){_AUX}"
             rf"(?:{combined}|(?P<out>{outcomes}))\b")
    before_verbs = _alt([*_BEFORE_VERBS, "the killing of", "the deaths of", "claimed the lives of"])
    before = (rf"\b(?P<out>{before_verbs})\s+{number}\s+(?:the\s+)?(?P<np>{_VICTIM_NP})"
              rf"(?P<more>(?:,?\s*and\s+{number.replace('?P<num>', '?P<num2>')}\s+"
              rf"(?P<np2>{_VICTIM_NP}))?)")
    toll = rf"\bdeath\s+toll\s+(?:\w+\s+){{0,4}}?{number}"
    return _Patterns(re.compile(after, re.I), re.compile(before, re.I), re.compile(toll, re.I),
                     re.compile(r"\b(?:killed|killing|dead|died|slain|executed)\b", re.I),
                     re.compile(rf"\b(?:{outcomes}|{before_verbs}|death)\b", re.I))


def _value(numbers: Numbers, token: str) -> tuple[int, bool]:
    word = re.sub(r"\s+", " ", token.lower())
    if word[0].isdigit():
        return int(word.replace(",", "")), False
    if word in numbers.words:
        return numbers.words[word], False
    return numbers.indefinite.get(word, 3), word in numbers.vague


def _victims(numbers: Numbers, words: str) -> str | None:
    """Who the counted people are; people not named as fighters or forces are civilians (ACLED's default)."""
    tokens = re.findall(r"[a-z]+", words.lower())
    for token in reversed(tokens):
        if token in numbers.victims:
            return numbers.victims[token]
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

    def read(self, text: str) -> list[Count]:
        if not self.p.any_outcome.search(text):
            return []  # most sentences count nobody: one cheap search spares the three full patterns
        found = self._after(text) + self._before(text) + self._toll(text)
        found = [_trimmed(text, c) for c in _drop_overlaps(found) if not _NEGATED.search(text, 0, c.start)]
        if not any(c.outcome == "death" for c in found):
            found += self._bare_deaths(text, found)
        return sorted(found, key=lambda c: c.start)

    def _after(self, text: str) -> list[Count]:
        out = []
        for m in self.p.after.finditer(text):
            value, vague = _value(self.numbers, m.group("num"))
            np = m.group("np") if m.group("np") is not None else m.group("head") or ""
            if m.group("both"):
                # "N killed and wounded": the dead are some unknown part of N; take the limited reading.
                out.append(Count(m.start(), m.end(), "death", min(value, 3), True, _victims(self.numbers, np),
                                 np.strip()))
                continue
            outcome = _outcome(self.numbers, m.group("out"))
            out.append(Count(m.start(), m.end(), outcome, value, vague, _victims(self.numbers, np), np.strip()))
        return out

    def _before(self, text: str) -> list[Count]:
        out = []
        for m in self.p.before.finditer(text):
            value, vague = _value(self.numbers, m.group("num"))
            victims = m.group("np")
            if m.group("num2"):
                extra, extra_vague = _value(self.numbers, m.group("num2"))
                value, vague = value + extra, vague or extra_vague
                victims += " " + m.group("np2")
            out.append(Count(m.start(), m.end(), _outcome(self.numbers, m.group("out")), value, vague,
                             _victims(self.numbers, victims), victims))
        return out

    def _toll(self, text: str) -> list[Count]:
        out = []
        for m in self.p.toll.finditer(text):
            value, vague = _value(self.numbers, m.group("num"))
            out.append(Count(m.start(), m.end(), "death", value, vague, None, ""))
        return out

    def _bare_deaths(self, text: str, found: list[Count]) -> list[Count]:
        for m in self.p.bare_death.finditer(text):
            if _NEGATED_NEAR.search(text, 0, m.start()):
                continue
            if not any(c.start <= m.start() < c.end for c in found):
                return [Count(m.start(), m.end(), "death", 3, True, None, "")]
        return []


def _trimmed(text: str, count: Count) -> Count:
    end = count.end
    while end > count.start and text[end - 1].isspace():
        end -= 1
    return Count(count.start, end, count.outcome, count.value, count.vague, count.victims, count.victim_words)


def _drop_overlaps(counts: list[Count]) -> list[Count]:
    kept: list[Count] = []
    for c in sorted(counts, key=lambda c: (-(c.end - c.start), c.start)):
        if not any(k.start < c.end and c.start < k.end for k in kept):
            kept.append(c)
    return kept
