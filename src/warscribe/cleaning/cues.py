"""Loads the cleaning vocabulary (data/cleaning/*.yaml, *.txt) into compiled matchers, once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from warscribe.knowledge import located

DATA = Path(__file__).resolve().parents[1] / "data" / "cleaning"

_NON_WORD = re.compile(r"[^a-z0-9]+")
_LEADING_COUNT = re.compile(r"^(?:\d+ )+")


def normalise(text: str) -> str:
    """Lower case, punctuation to single spaces, leading counts dropped ("12 Comments:" -> "comments")."""
    flat = _NON_WORD.sub(" ", text.lower()).strip()
    return _LEADING_COUNT.sub("", flat)


@dataclass(frozen=True)
class Label:
    """A label prefix family: its role (metadata or boilerplate) and the field it feeds."""

    role: str
    field: str


@dataclass(frozen=True)
class Cues:
    """Every cue the line classifier and the metadata reader use."""

    stopwords: frozenset[str]
    verbs: frozenset[str]
    labels: dict[str, Label]  # normalised label words -> family
    label_re: re.Pattern[str]  # "<label>:" at a line start; group 1 the label, group 2 the colon if any
    comment_lines: frozenset[str]
    comment_starts: tuple[str, ...]
    end_markers: frozenset[str]
    strong_re: re.Pattern[str]
    weak_re: re.Pattern[str]
    credit_re: re.Pattern[str]
    tail_re: re.Pattern[str]
    timestamp_re: re.Pattern[str]
    crumb_separators: tuple[str, ...]
    title_separators: tuple[tuple[str, ...], ...]  # strong, medium, weak
    outlet_prompt_re: re.Pattern[str]
    generic_bylines: frozenset[str]
    months: dict[str, int]


def _word_list(name: str) -> frozenset[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def _alternation(phrases: list[str]) -> str:
    # Longest first so "share on facebook" wins over "share"; spaces match any run of non-letters. Repeats dropped
    # in the data file's order, not a set's: the pattern's text then is the same in every process, so the stored
    # compiled form is found instead of compiled again at each start.
    ordered = sorted(dict.fromkeys(p.strip().lower() for p in phrases if p.strip()), key=len, reverse=True)
    return "|".join(r"[^a-z0-9]+".join(re.escape(w) for w in p.split()) for p in ordered)


def _any_of(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def _label_table(raw: list[dict]) -> dict[str, Label]:
    table: dict[str, Label] = {}
    for family in raw:
        for words in family["words"]:
            table.setdefault(normalise(str(words)), Label(family["role"], family["field"]))
    return table


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The cue vocabulary, parsed and compiled (cached: data files are read once)."""
    raw = located.data_file(DATA / "cues.yaml")
    labels = _label_table(raw["labels"])
    label_alt = "|".join(
        r"[^A-Za-z0-9]+".join(re.escape(w) for w in key.split())
        for key in sorted(labels, key=len, reverse=True)
    )
    seps = raw["title_separators"]
    prompts = "|".join(re.escape(p) for p in sorted(raw["outlet_prompts"], key=len, reverse=True))
    return Cues(
        stopwords=_word_list("stopwords.txt"),
        verbs=_word_list("verbs.txt"),
        labels=labels,
        label_re=re.compile(rf"^[\W_]*({label_alt})(?:\s*([:：])\s*|\s+)", re.IGNORECASE),
        comment_lines=frozenset(normalise(p) for p in raw["comment_boundary_lines"]),
        comment_starts=tuple(normalise(p) for p in raw["comment_boundary_starts"]),
        end_markers=frozenset(normalise(p) for p in raw["end_markers"]),
        strong_re=re.compile(rf"(?<![a-z0-9])(?:{_alternation(raw['phrases']['strong'])}|©)(?![a-z0-9])"),
        weak_re=re.compile(rf"(?<![a-z0-9])(?:{_alternation(raw['phrases']['weak'])})(?![a-z0-9])"),
        credit_re=_any_of(raw["credit_patterns"]),
        tail_re=re.compile("|".join(f"(?:{p})" for p in raw["tail_patterns"])),
        timestamp_re=_any_of(raw["timestamp_patterns"]),
        crumb_separators=tuple(raw["crumb_separators"]),
        title_separators=(tuple(seps["strong"]), tuple(seps["medium"]), tuple(seps["weak"])),
        outlet_prompt_re=re.compile(
            rf"^(?i:{prompts})\s+(?:the\s+)?([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,4}})\s*[!.]?$"
        ),
        generic_bylines=frozenset(normalise(b) for b in raw["generic_bylines"]),
        months={str(k).lower(): int(v) for k, v in
                located.data_file(DATA / "months.yaml").items()},
    )
