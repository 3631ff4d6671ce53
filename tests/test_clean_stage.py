"""CleanStage and clean_record: kept ranges, metadata precedence, language and empty-document handling."""

from __future__ import annotations

import re

import pytest

from warscribe.cleaning import clean_record, clean_text
from warscribe.cleaning.dates import parse_date
from warscribe.cleaning.metadata import domain_of, split_site_suffix
from warscribe.config import Config, Context
from warscribe.model import Document
from warscribe.stages.clean import CleanStage

ARTICLE = (
    "Clashes erupt near northern dam | Frontline Today\n\n"
    "Heavy clashes broke out near the northern dam on Sunday between two armed factions, a monitoring group "
    "said, adding that at least seven fighters were killed.\n"
    "Tags: dam, clashes\n"
    "The group said the fighting stopped after local elders intervened in the evening.\n"
)
FRENCH = (
    "Des affrontements ont éclaté dimanche près du barrage du nord entre deux factions armées, "
    "a indiqué "
    "un groupe de surveillance, ajoutant qu'au moins sept combattants avaient été tués dans les combats.\n"
)


def run(doc: Document, config: Config | None = None) -> Document:
    CleanStage().run(doc, Context(config))
    return doc


def test_kept_ranges_index_the_text_unchanged() -> None:
    doc = run(Document(id="a", text=ARTICLE))
    assert doc.text == ARTICLE
    assert all(0 <= s < e <= len(ARTICLE) for s, e in doc.kept)
    kept = doc.kept_text()
    assert "Tags:" not in kept
    assert "Frontline Today" not in kept  # the headline is kept without the site suffix
    assert kept.startswith("Clashes erupt near northern dam\n")
    assert doc.title == "Clashes erupt near northern dam"
    assert doc.source == "Frontline Today"


def test_given_metadata_wins() -> None:
    doc = Document.from_input({"id": "b", "text": ARTICLE, "title": "Given title", "source": "Given outlet",
                               "published": "2020-01-02"})
    run(doc)
    assert (doc.title, doc.source, doc.published) == ("Given title", "Given outlet", "2020-01-02")


def test_updated_date_is_not_the_publication_date() -> None:
    text = ("Updated: 9 May 2023\nPublished: 2 May 2023\n" + ARTICLE)
    assert run(Document(id="c", text=text)).published == "2023-05-02"
    only_updated = run(Document(id="d", text="Last updated: 9 May 2023\n" + ARTICLE))
    assert only_updated.published is None


def test_url_domain_is_the_last_resort_outlet() -> None:
    text = ARTICLE.replace(" | Frontline Today", "")
    doc = run(Document(id="e", text=text, url="https://www.frontline-today.example/a/1"))
    assert doc.source == "frontline-today.example"


def test_other_languages_are_skipped_unless_kept() -> None:
    doc = run(Document(id="f", text=FRENCH))
    assert (doc.status, doc.language) == ("skipped", "fr")
    assert re.fullmatch(r"language: fr \((?:0\.9\d|1\.00)\)", doc.reason or "")  # the language and its confidence
    assert doc.kept  # skipped, not lost: the kept ranges are still there
    kept = run(Document(id="g", text=FRENCH), Config(keep_all_languages=True))
    assert kept.status == "processed"
    listed = run(Document(id="h", text=FRENCH), Config(keep_languages=("en", "fr")))
    assert listed.status == "processed"


@pytest.mark.parametrize("text", ["", "   \n\n", "Share\nFacebook Twitter Email\n© 2020 Example News"])
def test_nothing_left_is_skipped_as_no_content(text: str) -> None:
    doc = run(Document(id="i", text=text))
    assert (doc.status, doc.reason, doc.kept) == ("skipped", "no content", [])


def test_html_without_article_text_is_skipped() -> None:
    doc = run(Document(id="j", text="", html="<html><body><nav><a href='/'>Home</a></nav></body></html>"))
    assert (doc.status, doc.reason) == ("skipped", "html: no article text found")


def test_clean_record_contract() -> None:
    doc = Document(id="k", text=ARTICLE)
    record = clean_record(doc)  # cleans a document no stage has seen yet
    assert set(record) == {"id", "text", "title", "published", "source", "language", "kept"}
    assert record["text"] == "\n".join(ARTICLE[s:e] for s, e in record["kept"])
    assert record["language"] == "en"


def test_single_line_document_is_kept_whole() -> None:
    sentence = "Rebels and troops clashed near the airport on Saturday, a monitor said. "
    flat = "Sat 24 Aug 2013 " + sentence * 20
    cleaned = clean_text(flat)
    assert cleaned.kept == [(0, len(flat.rstrip()))]
    assert cleaned.meta.published == "2013-08-24"


def test_comment_section_ends_the_article() -> None:
    comment = "A reader wrote that the dam has been fought over for years and will be again soon."
    text = f"{ARTICLE}Leave a Reply\n{comment}\n"
    kept = clean_text(text).kept
    assert not any("reader" in text[s:e] for s, e in kept)


def test_end_marker_inside_the_body_drops_only_its_links() -> None:
    body = "The council said the water supply to the city would be restored within two days of the repairs."
    text = f"Water cut in city\n{body}\nDon't miss\nFive stories about dams\n{body}\n{body}\n"
    kept = [text[s:e] for s, e in clean_text(text).kept]
    assert kept == ["Water cut in city", body, body, body]


@pytest.mark.parametrize(("title", "head", "site"), [
    ("Idlib strike kills five • The Levant Monitor", "Idlib strike kills five", "The Levant Monitor"),
    ("Idlib strike kills five | Monitor", "Idlib strike kills five", "Monitor"),
    ("Idlib strike kills five - Levant News", "Idlib strike kills five", "Levant News"),
    ("Security campaign | Dozens arrested near the northern border crossing",
     "Security campaign | Dozens arrested near the northern border crossing", None),
    ("No suffix in this headline", "No suffix in this headline", None),
])
def test_site_suffix(title: str, head: str, site: str | None) -> None:
    assert split_site_suffix(title) == (head, site)


@pytest.mark.parametrize(("text", "value"), [
    ("Publish Date: 3March 2019 - 10:00", "2019-03-03"),
    ("Posted on July 4, 2018", "2018-07-04"),
    ("Wed 05 Apr 2017 Aleppo", "2017-04-05"),
    ("2016-11-30T10:00", "2016-11-30"),
    ("31/12/2019", "2019-12-31"),
    ("30 February 2019", None),
    ("no date here", None),
])
def test_dates(text: str, value: str | None) -> None:
    assert parse_date(text) == value


def test_domain_of() -> None:
    assert domain_of("https://www.example.org/a?b=1") == "example.org"
    assert domain_of(None) is None
