"""Related-story boxes flattened into a paragraph: a photo credit and another story's headline run into the text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from warscribe.cleaning.cues import DATA
from warscribe.knowledge import located
from warscribe.knowledge.patterns import first_letters
from warscribe.model import Span

_TOKEN = re.compile(r"\S+")
_DASHES = frozenset("-–—")
_QUOTES = "\"'“‘«"


@dataclass(frozen=True)
class _Promos:
    opens: re.Pattern[str]  # a credit at a sentence's start
    credit: re.Pattern[str]  # a credit (`opens` less where it stands: matched at each sentence's start, `_openings`)
    stops: re.Pattern[str]  # a sentence's stop that a credit follows (as `_openings` reads what stands between)
    minor: frozenset[str]  # words a title-case headline leaves lower-case
    openers: frozenset[str]  # capitalised words that may open the article's sentence again
    min_words: int
    look_back: int


@lru_cache(maxsize=1)
def _promos() -> _Promos:
    raw = located.data_file(DATA / "cues.yaml")["inline_promos"]
    credits = sorted((str(c).strip() for c in raw["credits"]), key=len, reverse=True)
    alternation = "|".join(r"\s+".join(re.escape(w) for w in c.split()) for c in credits)
    minor_file = DATA.parent / "lexicon" / "title_case_minor.txt"
    minor = {w.strip().lower() for w in minor_file.read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#")}
    return _Promos(
        # at a block's start or after a sentence's final stop (and a closing quote)
        # (the look-ahead on the credits' first letters changes no match: a search leaves most positions after one
        # class test instead of trying both look-behinds at each)
        opens=re.compile(rf"(?i:{first_letters(credits)})(?:^|(?<=[.!?][\"'”’ ]\s)|(?<=[.!?]\s))"
                         rf"(?i:{alternation})(?=\s)"),
        credit=re.compile(rf"(?i:{alternation})(?=\s)"),
        stops=re.compile(rf"[.!?](?=[{_AFTER_STOP}]?\s(?i:{alternation})(?=\s))"),
        minor=frozenset(minor),
        openers=frozenset(str(w).lower() for w in raw["openers"]),
        min_words=int(raw["min_words"]),
        look_back=int(raw["look_back"]),
    )


def _titled(word: str) -> bool:
    """A capitalised word of a headline: "Daesh", "US-Led", "al-Sham" (a name's particle before the hyphen), "20"."""
    if word[:1].isupper() or word[:1].isdigit():
        return True
    tail = word.rsplit("-", 1)[-1]
    return "-" in word and tail[:1].isupper()


def _reopens(tokens: list[re.Match[str]], at: int, rules: _Promos) -> int | None:
    """Where the article's sentence starts again before the lower-case word `tokens[at]`: at a capitalised opener
    a few words back ("... Military Source The Syrian government"), else at the capitalised word just before it
    ("... Turkish-Syrian Border Syrian forces"); None when no capitalised word stands before it."""
    window = tokens[max(0, at - rules.look_back):at]
    opener = next((t for t in window if t.group(0)[:1].isupper() and t.group(0).lower() in rules.openers), None)
    if opener is not None:
        return opener.start()
    titled = [t for t in window if t.group(0)[:1].isupper()]
    return titled[-1].start() if titled else None


def _box_end(text: str, start: int, end: int, rules: _Promos) -> int | None:
    """Where the headline after a credit ends (the article's sentence starts), or None when what follows the credit
    is no long run of capitalised words that prose goes on after."""
    tokens = list(_TOKEN.finditer(text, start, end))
    for i, tok in enumerate(tokens):
        word = tok.group(0)
        if word in _DASHES:
            continue  # "... Dies of Injuries in Northern Syria - CENTCOM": a headline's source
        if word[:1] == "(":
            # a dateline ("... From Daesh MOSCOW (Sputnik) The ..."): the story starts at the place in capitals
            place = i - 1
            while place > 0 and tokens[place - 1].group(0).isupper() and tokens[place].group(0).isupper():
                place -= 1
            return tokens[place].start() if place >= 0 and tokens[place].group(0).isupper() else None
        if word[:1] in _QUOTES:
            return tok.start()  # a quote opens the sentence ("... Separately From Russia "Upon receiving ...")
        if not word[-1:].isalnum():
            return None  # a comma or a stop: a sentence of the article, not a headline run into one
        if _titled(word) or word.lower() in rules.minor:
            continue
        return _reopens(tokens, i, rules)
    return None


def _title_words(text: str, start: int, end: int) -> int:
    return sum(1 for t in _TOKEN.finditer(text, start, end) if t.group(0)[:1].isupper())


_AFTER_STOP = "\"'”’ "  # what `opens` lets stand between a sentence's stop and the white space after it


def _openings(text: str, start: int, end: int, rules: _Promos) -> list[re.Match[str]]:
    """The matches of `rules.opens` in text[start:end], left to right, none overlapping: its credit matched where
    `opens` lets one start (the text's start; after a stop and a white space, or a stop, a quote or a space and a
    white space), found from the stops (a few a paragraph) rather than by testing every position of the text: only
    from those a credit follows (`rules.stops`: most paragraphs have none, and their stops need no Python step)."""
    starts = [0] if start == 0 < end else []
    # (a start after a stop and two characters may lie past `start` though the stop lies before it)
    for stop in rules.stops.finditer(text, max(0, start - 3), end):
        at = stop.start()
        if at + 2 < len(text) and text[at + 1].isspace():
            starts.append(at + 2)
        if at + 3 < len(text) and text[at + 1] in _AFTER_STOP and text[at + 2].isspace():
            starts.append(at + 3)
    found: list[re.Match[str]] = []
    cursor = start
    for at in sorted(set(starts)):
        if cursor <= at < end and (m := rules.credit.match(text, at, end)) is not None:
            found.append(m)
            cursor = m.end()
    return found


def promo_boxes(text: str, start: int, end: int) -> list[Span]:
    """The related-story boxes inside text[start:end]: each a credit at a sentence's start ("Sputnik", "REUTERS",
    "AP Photo"), the photographer's name and another story's headline in title case, up to where the article's own
    sentence goes on ("... in Idlib. REUTERS <Name> Turkish Army Seizes Insurgent at Border Syrian forces managed to
    ..."). Page furniture: its words tell another story, and no stop parts it from the sentence after it."""
    rules = _promos()
    boxes: list[Span] = []
    for m in _openings(text, start, end, rules):
        if not m.group(0)[:1].isupper() or (boxes and m.start() < boxes[-1][1]):
            continue
        stop = _box_end(text, m.end(), end, rules)
        if stop is not None and _title_words(text, m.end(), stop) >= rules.min_words:
            boxes.append((m.start(), stop))
    return boxes


def without_boxes(text: str, spans: list[Span]) -> list[Span]:
    """The kept spans with the related-story boxes inside them left out (the text is never changed)."""
    out: list[Span] = []
    for start, end in spans:
        cursor = start
        for a, b in promo_boxes(text, start, end):
            piece = text[cursor:a].rstrip()
            if piece:
                out.append((cursor, cursor + len(piece)))
            cursor = b
        if text[cursor:end].strip():
            out.append((cursor, end))
    return out
