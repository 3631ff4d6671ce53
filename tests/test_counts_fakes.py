"""Real Syrian war articles (FA-KES dev, ../shared/eval/articles): no event's fatalities come from a year or from
a cumulative or war-wide toll. Every event's fatality evidence is checked, and the failing cases are listed.
Skipped when ../shared is absent."""

from __future__ import annotations

import json
import re

import pytest

from conftest import SHARED
from warscribe.config import Config
from warscribe.model import Document
from warscribe.pipeline import Pipeline

FAKES = SHARED / "eval" / "articles" / "fakes_syria_dev.jsonl"

# Our own reading of what sums up a period or a war, written apart from the data file the coder uses.
_CUMULATIVE = re.compile(
    r"\b(?:since\s+(?:(?:19|20)\d\d|the\s+(?:start|beginning|outbreak|war|conflict|uprising|revolution))|so\s+far|"
    r"to\s+date|in\s+total|death\s+toll\s+(?:in|of)\s+the\s+(?:war|conflict)|(?:war|conflict)\s+has\s+"
    r"(?:killed|claimed)|in\s+the\s+(?:civil\s+)?(?:war|conflict)(?![\w-])|(?:during|over|in)\s+the\s+past\s+"
    r"(?:\w+\s+)?(?:weeks?|months?|years?))", re.I)
_CLAUSE = re.compile(r"[.;:!?()]|,\s")


def _clause(text: str, start: int, end: int) -> str:
    before = [m.end() for m in _CLAUSE.finditer(text, max(0, start - 300), start)]
    after = _CLAUSE.search(text, end)
    return text[before[-1] if before else max(0, start - 300):after.start() if after else end + 300]


def _year_count(value: int, span: str) -> bool:
    return 1900 <= value <= 2099 and re.search(rf"(?<![\d,]){value}(?![\d,])", span) is not None


@pytest.fixture(scope="module")
def events() -> list[tuple[str, int, list[tuple[str, str]]]]:
    if not FAKES.exists():
        pytest.skip(f"{FAKES} not available (../shared is absent)")
    pipeline = Pipeline(Config())
    out = []
    for line in FAKES.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = Document.from_input(json.loads(line))
        pipeline.run(doc)
        for ev in doc.events:
            spans = [(e.text, _clause(doc.text, e.start, e.end)) for e in ev.evidence if e.field == "fatalities"]
            out.append((doc.id, ev.fatalities, spans))
    return out


def test_fakes_gives_events_with_fatalities(events) -> None:
    assert sum(1 for _, n, _ in events if n) >= 100  # the check below must have cases to check


def test_no_fatalities_from_a_year(events) -> None:
    cases = [(doc, n, spans) for doc, n, spans in events if n and any(_year_count(n, s) for s, _ in spans)]
    cases += [(doc, n, spans) for doc, n, spans in events if 1900 <= n <= 2099 and not spans]
    assert not cases, "\n".join(map(str, cases))


def test_no_fatalities_from_a_cumulative_or_war_wide_toll(events) -> None:
    cases = [(doc, n, [c for _, c in spans if _CUMULATIVE.search(c)]) for doc, n, spans in events
             if n and any(_CUMULATIVE.search(c) for _, c in spans)]
    cases += [(doc, n, spans) for doc, n, spans in events if n >= 10000]
    assert not cases, "\n".join(map(str, cases))
