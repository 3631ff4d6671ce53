"""Extracts an article's main text and metadata from an HTML page with trafilatura."""

from __future__ import annotations

from dataclasses import dataclass

# Tuned on the HTML benchmark (benchmarks/bench_html.py): comments are never article text, and
# favouring precision drops the teaser and link blocks that trafilatura's defaults keep.
EXTRACT_OPTIONS = {"include_comments": False, "favor_precision": True, "include_tables": True}


@dataclass
class HtmlArticle:
    """The extracted article: its text (the document text from then on) and the page's metadata."""

    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    byline: str | None = None


def _clean(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def extract_html(html: str, url: str | None = None) -> HtmlArticle | None:
    """The article in `html`, or None when the page holds no article text."""
    import trafilatura  # heavy import, paid only by runs that see HTML

    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, **EXTRACT_OPTIONS)
    text = _clean(getattr(result, "text", None)) if result is not None else None
    if not text:
        return None
    date = _clean(getattr(result, "date", None))
    return HtmlArticle(
        text=text,
        title=_clean(getattr(result, "title", None)),
        published=date[:10] if date else None,
        source=_clean(getattr(result, "sitename", None)),
        byline=_clean(getattr(result, "author", None)),
    )
