"""The clean stage: HTML to text, boilerplate removal, metadata, language check."""

from __future__ import annotations

from warscribe.cleaning import clean_text
from warscribe.cleaning.html import extract_html
from warscribe.cleaning.language import identify_language, proves_english
from warscribe.config import Context
from warscribe.model import SKIPPED, Document

_FIELDS = ("title", "published", "source", "byline")


def _fill(doc: Document, values: dict[str, str | None]) -> None:
    # Metadata the input gave always wins; otherwise the first source that knows a field fills it.
    for key, value in values.items():
        if value and not doc.given.get(key) and not getattr(doc, key):
            setattr(doc, key, value)


def _skip(doc: Document, reason: str) -> None:
    doc.status, doc.reason = SKIPPED, reason


class CleanStage:
    """Marks the kept (content) ranges of the text and fills metadata and language."""

    name = "clean"
    reads = ("text", "html", "title", "published", "source", "url")
    adds = ("kept", "title", "published", "source", "byline", "language", "status", "reason")

    def _from_html(self, doc: Document) -> bool:
        article = extract_html(doc.html or "", doc.url)
        if article is None:
            _skip(doc, "html: no article text found")
            return False
        doc.text = article.text
        _fill(doc, {key: getattr(article, key) for key in _FIELDS})
        return True

    def run(self, doc: Document, ctx: Context) -> None:
        from_html = bool(doc.html) and not doc.text
        if from_html and not self._from_html(doc):
            return
        cleaned = clean_text(doc.text, doc.url, extracted=from_html)
        doc.kept = cleaned.kept
        _fill(doc, {key: getattr(cleaned.meta, key) for key in _FIELDS})
        if not doc.kept:
            _skip(doc, "html: no article text found" if from_html else "no content")
            return
        text, config = doc.kept_text(), ctx.config
        if (config.keep_all_languages or "en" in config.keep_languages) and proves_english(text):
            # identify_language would answer "en" too; its confidence is read only in a skip's reason, and an
            # English text is kept (most of a run's texts: the identifier was a twentieth of the coding time)
            doc.language = "en"
            return
        guess = identify_language(text)
        doc.language = guess.code if guess else None
        if not config.keep_all_languages and doc.language not in config.keep_languages:
            _skip(doc, f"language: {guess}")
