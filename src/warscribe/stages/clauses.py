"""Headline clauses: a headline of two stories is cut into one sentence per story (lexicon/headline_clauses.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from warscribe.config import DATA_DIR
from warscribe.knowledge import located
from warscribe.model import Document, Mention, Sentence
from warscribe.stages.segment import ARTICLE_SENTENCES, holds_title

CLAUSES_FILE = DATA_DIR / "lexicon" / "headline_clauses.yaml"
_WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class _Rules:
    joiners: re.Pattern[str]
    hard: frozenset[str]
    binders: frozenset[str]
    participles: frozenset[str]
    place_words: frozenset[str]
    toll_frames: frozenset[str]
    max_words: int


@cache
def _rules() -> _Rules:
    d = located.load(CLAUSES_FILE).data or {}
    listed = sorted((str(w) for w in d.get("joiners") or []), key=len, reverse=True)  # longest first
    joiners = "|".join(re.escape(w) if not w[0].isalpha() else rf"\b{re.escape(w)}\b" for w in listed) or "(?!)"
    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in d.get(key) or [])
    return _Rules(re.compile(joiners, re.I), words("hard_joiners"), words("binders"), words("participles"),
                  words("place_words"), words("toll_frames"), int(d.get("max_words") or 25))


def _is_headline(doc: Document, s: Sentence) -> bool:
    """The headline of an article, marked or glued to its lede (its first sentence, short), or a first sentence that
    holds the article's title; a coder's note of a few sentences, or one line of it, tells its events as it means
    them."""
    if not (s.headline or s.index == 0):  # first: most sentences, no words to count
        return False
    return (len(doc.sentences) >= ARTICLE_SENTENCES or holds_title(doc, s.start, s.end)) \
        and len(_WORD.findall(doc.text, s.start, s.end)) <= _rules().max_words


def _participle(verb: Mention) -> bool:
    """A headline's passive: a participle with no auxiliary ("20 Militants Eliminated", "Chopper Shot Down")."""
    first = verb.text.split()[0].lower()
    return first.endswith(("ed", "en")) or first in _rules().participles


def _doer(m: Mention, mentions: list[Mention]) -> bool:
    """An actor named outside any count (a side, not the counted dead)."""
    return m.kind == "actor" and not any(c.kind == "count" and c.start <= m.start < c.end for c in mentions)


def _cut(doc: Document, before: Mention, verb: Mention, mentions: list[Mention], start: int, end: int
         ) -> tuple[int, int] | None:
    """Where the clause of `verb` starts after the event word `before` (the end of the first clause and the start of
    the second), or None when the verb belongs to the first clause (`end`: the end of the headline)."""
    text, rules = doc.text, _rules()
    joiner = None
    for found in rules.joiners.finditer(text, before.end, verb.start):
        joiner = found  # the last joiner before the verb opens its clause
    if joiner is not None:
        own = _WORD.findall(text, joiner.end(), verb.start)  # the second clause's subject or toll
        # "Dozens Killed as Kurds Advance", "5 Killed as Chopper Shot Down": a toll with no doer of its own is the
        # toll of the story the joiner goes on to tell, one report (a semicolon still parts them); each clause
        # names its own doer
        # ... and so is a toll told after it in a headline's passive ("Jets Hit a Camp, Over 20 Militants Eliminated")
        hard = joiner.group(0) in rules.hard
        told_by = hard or (any(_doer(m, mentions) and start <= m.start < before.start for m in mentions)
                           and not _participle(verb))
        return (joiner.start(), joiner.end()) if own and told_by else None
    # a verb glued to the capitalised word before it, no binding word between ("... in Homs Kills 50"): a comma the
    # source dropped, between two event verbs of two kinds, the first told with its own place ("Retakes Town in
    # Homs Kills"); "Militants Attack Idlib Kill 3" and "Car Bombs in Homs Kill 32" are one report
    between = _WORD.findall(text, before.end, verb.start)
    if before.data.get("noun") or before.label == verb.label or not _placed(between):
        return None
    if verb.label in rules.toll_frames and not _names_place(_WORD.findall(text, verb.end, end)):
        return None  # "... Area in Rural Damascus Kill 50": the first story's toll, no place of its own
    if verb.text[:1].isupper() and between[-1][:1].isupper() and not any(w.lower() in rules.binders for w in between):
        return verb.start, verb.start
    return None


def _placed(words: list[str]) -> bool:
    """Whether the words end in a place phrase: a word of `place_words` and capitalised words after it."""
    last = max((i for i, w in enumerate(words) if w.lower() in _rules().place_words), default=-1)
    return 0 <= last < len(words) - 1 and all(w[:1].isupper() for w in words[last + 1:])


def _names_place(words: list[str]) -> bool:
    """Whether the words hold a place phrase: a word of `place_words` before a capitalised word."""
    return any(w.lower() in _rules().place_words and after[:1].isupper() for w, after in pairwise(words))


def _cuts(doc: Document, s: Sentence, mentions: list[Mention]) -> list[tuple[int, int]]:
    triggers = [m for m in mentions if m.kind == "trigger" and s.start <= m.start < s.end]
    cuts: list[tuple[int, int]] = []
    for before, verb in pairwise(triggers):
        if verb.data.get("noun") or verb.text.lower().endswith("ing") or verb.start < before.end:
            continue
        cut = _cut(doc, before, verb, mentions, cuts[-1][1] if cuts else s.start, s.end)
        if cut is not None and not any(m.start < cut[0] and m.end > cut[1] for m in mentions):
            cuts.append(cut)
    return cuts


def split_headline_clauses(doc: Document, mentions: list[Mention]) -> None:
    """Cut the headline where a second story starts; the sentences are numbered again."""
    out: list[Sentence] = []
    for s in doc.sentences:
        cuts = _cuts(doc, s, mentions) if _is_headline(doc, s) else []
        if not cuts:  # the sentence stays whole, as it is (no copy made)
            out.append(s)
            continue
        start = s.start
        for a, b in [*cuts, (s.end, s.end)]:
            # a story of the headline told without a toll or a place of its own ("strikes' toll has risen") is told
            # again in the body: a headline clause, joined to its report there; one with a toll or a place is a
            # report of its own, which the body's report of it joins
            told = not any(m.kind == "count" and start <= m.start < a for m in mentions) \
                and not _names_place(_WORD.findall(doc.text, start, a))
            out.append(replace(s, start=start, end=a, headline=s.headline or told))
            start = b
    if len(out) != len(doc.sentences):
        doc.sentences = [_stripped(doc.text, s, i) for i, s in enumerate(out)]


def _stripped(text: str, s: Sentence, index: int) -> Sentence:
    """The sentence renumbered, without the spaces a cut left at its ends."""
    start, end = s.start, s.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return replace(s, start=start, end=end, index=index)
