"""The cleaner on hand-labelled articles: no content line lost, no boilerplate or metadata line kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from warscribe.cleaning import clean_text
from warscribe.config import Context
from warscribe.model import Document
from warscribe.stages.clean import CleanStage

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "cleaning"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
URLS = {"share_buttons": "https://www.levantdaily.example/world/2021/03/03/market-shelling"}


def load_labelled(name: str) -> tuple[str, list[tuple[str, int, int]]]:
    """The article text and (label, start, end) of each labelled line."""
    text, labels = [], []
    offset = 0
    for raw in (FIXTURES / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        label, line = (raw[0], raw[3:]) if raw.strip() else ("", "")
        text.append(line)
        if label:
            labels.append((label, offset, offset + len(line)))
        offset += len(line) + 1
    return "\n".join(text), labels


def covered(kept: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in kept)


def touched(kept: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in kept)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_lines_keep_content_and_drop_the_rest(name: str) -> None:
    text, labels = load_labelled(name)
    assert labels
    kept = clean_text(text, URLS.get(name)).kept
    lost = [text[s:e] for label, s, e in labels if label == "C" and not covered(kept, s, e)]
    leaked = [text[s:e] for label, s, e in labels if label in "BM" and touched(kept, s, e)]
    assert lost == []
    assert leaked == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metadata_from_text(name: str) -> None:
    text, _ = load_labelled(name)
    doc = Document(id=name, text=text, url=URLS.get(name))
    CleanStage().run(doc, Context())
    want = EXPECTED[name]
    got = {key: getattr(doc, key) for key in want}
    assert got == want
    assert doc.status == "processed" and doc.language == "en"


def test_fixtures_cover_at_least_eight_articles_and_every_family() -> None:
    assert len(EXPECTED) >= 8
    all_text = " ".join(load_labelled(name)[0] for name in EXPECTED).lower()
    for family in ("share", "newsletter", "copyright", "photo", "›", "related", "ago", "journalist",
                   "comments", "cookies"):
        assert family in all_text


def test_html_page_keeps_article_and_drops_comments_and_furniture() -> None:
    html = (FIXTURES / "page.html").read_text(encoding="utf-8")
    doc = Document(id="page", text="", html=html, url="https://crescentpost.example/news/hospital")
    CleanStage().run(doc, Context())
    assert doc.status == "processed", doc.reason
    kept = doc.kept_text()
    for raw in (FIXTURES / "page.html.expect").read_text(encoding="utf-8").splitlines():
        label, phrase = raw[0], raw[3:]
        assert (phrase in kept) == (label == "C"), raw
    assert doc.title == "Hospital damaged in overnight air raid"
    assert doc.published == "2022-11-08"
    assert doc.source == "Crescent Post"
    assert all(doc.text[s:e] for s, e in doc.kept)
