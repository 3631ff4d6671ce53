"""Headline clauses: a headline of two stories is cut into one sentence per story (lexicon/headline_clauses.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise

from warscribe.config import DATA_DIR
from warscribe.knowledge import located
from warscribe.model import Document, Mention, Sentence
from warscribe.stages.segment import ARTICLE_SENTENCES

CLAUSES_FILE = DATA_DIR / "lexicon" / "headline_clauses.yaml"
_WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class _Rules:
    joiners: re.Pattern[str]
    binders: frozenset[str]
    max_words: int


@cache
def _rules() -> _Rules:
    d = located.load(CLAUSES_FILE).data or {}
    words = sorted((str(w) for w in d.get("joiners") or []), key=len, reverse=True)
    joiners = "|".join(re.escape(w) if not w[0].isalpha() else rf"\b{re.escape(w)}\b" for w in words) or "(?!)"
    return _Rules(re.compile(joiners, re.I), frozenset(str(w).lower() for w in d.get("binders") or []),
                  int(d.get("max_words") or 25))


def _is_headline(doc: Document, s: Sentence) -> bool:
    """The headline of an article, marked or glued to its lede (its first sentence, short); a coder's note of a few
    sentences, or one line of it, tells its events as it means them."""
    if len(doc.sentences) < ARTICLE_SENTENCES or len(_WORD.findall(doc.text, s.start, s.end)) > _rules().max_words:
        return False
    return s.headline or s.index == 0


def _cut(doc: Document, before: Mention, verb: Mention) -> tuple[int, int] | None:
    """Where the clause of `verb` starts after the event word `before` (the end of the first clause and the start of
    the second), or None when the verb belongs to the first clause."""
    text, rules = doc.text, _rules()
    joiner = None
    for found in rules.joiners.finditer(text, before.end, verb.start):
        joiner = found  # the last joiner before the verb opens its clause
    if joiner is not None:
        own = _WORD.findall(text, joiner.end(), verb.start)  # the second clause's subject or toll
        return (joiner.start(), joiner.end()) if own else None
    # a verb glued to the capitalised word before it, no binding word between ("... in Homs Kills 50"): a comma
    # the source dropped
    between = _WORD.findall(text, before.end, verb.start)
    if verb.text[:1].isupper() and between and between[-1][:1].isupper() \
            and not any(w.lower() in rules.binders for w in between):
        return verb.start, verb.start
    return None


def _cuts(doc: Document, s: Sentence, mentions: list[Mention]) -> list[tuple[int, int]]:
    triggers = [m for m in mentions if m.kind == "trigger" and s.start <= m.start < s.end]
    cuts: list[tuple[int, int]] = []
    for before, verb in pairwise(triggers):
        if verb.data.get("noun") or verb.text.lower().endswith("ing") or verb.start < before.end:
            continue
        cut = _cut(doc, before, verb)
        if cut is not None and not any(m.start < cut[0] and m.end > cut[1] for m in mentions):
            cuts.append(cut)
    return cuts


def split_headline_clauses(doc: Document, mentions: list[Mention]) -> None:
    """Cut the headline where a second story starts; the sentences are numbered again."""
    out: list[Sentence] = []
    for s in doc.sentences:
        cuts = _cuts(doc, s, mentions) if _is_headline(doc, s) else []
        start = s.start
        for a, b in cuts:
            out.append(replace(s, start=start, end=a))
            start = b
        out.append(replace(s, start=start))
    if len(out) != len(doc.sentences):
        doc.sentences = [replace(s, start=_strip(doc.text, s.start, s.end)[0], end=_strip(doc.text, s.start, s.end)[1],
                                 index=i) for i, s in enumerate(out)]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
