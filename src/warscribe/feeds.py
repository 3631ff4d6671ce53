"""Reads RSS and Atom feeds (files or http(s) URLs) into Documents: one per entry, its HTML made plain text."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warscribe import __version__
from warscribe.model import Document, Rejection

if TYPE_CHECKING:
    from warscribe.inputs import InputReader

FETCH_TIMEOUT_S = 30.0
MAX_FEED_BYTES = 32 * 1024 * 1024  # as a JSONL line or a whole input file
# Elements after which the plain text of an entry's HTML breaks a line (paragraphs stay apart for the
# sentence splitter; inline elements such as <a> and <b> run on).
_BLOCKS = frozenset({"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
                     "tr", "table", "section", "article", "header", "footer", "pre", "hr", "figure"})


def is_remote(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def fetch(source: str) -> bytes:
    """The bytes of a feed: a file, or an http(s) URL (timeout, size limit)."""
    if not is_remote(source):
        return Path(source).expanduser().read_bytes()
    request = urllib.request.Request(source, headers={"User-Agent": f"warscribe/{__version__}"})
    with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_S) as response:
        data = response.read(MAX_FEED_BYTES + 1)
    if len(data) > MAX_FEED_BYTES:
        raise ValueError(f"feed larger than {MAX_FEED_BYTES // (1024 * 1024)} MiB")
    return data


def html_to_text(fragment: str) -> str:
    """The plain text of an HTML fragment: block elements end lines, whitespace runs inside a line collapse."""
    import lxml.html

    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml's parser errors are many; an unparseable fragment is taken as text
        return fragment.strip()
    for element in root.iter():
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in _BLOCKS or tag == "br":  # a paragraph ends in a blank line, a <br> in a line break
            element.tail = ("\n" if tag == "br" else "\n\n") + (element.tail or "")
    text = "".join(root.itertext())
    lines = (" ".join(line.split()) for line in text.splitlines())
    paragraphs: list[str] = []
    for line in lines:
        if line or (paragraphs and paragraphs[-1]):
            paragraphs.append(line)
    return "\n".join(paragraphs).strip()


def _entry_text(entry: Any) -> str:
    """The fullest text an entry carries: its content, else its summary (HTML made plain text)."""
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        if value.strip():
            return html_to_text(value)
    return html_to_text(entry.get("summary") or entry.get("description") or "")


def _published(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def entry_record(entry: Any, feed_title: str | None) -> dict[str, Any]:
    """One feed entry as a record of the input contract (id, text, title, url, published, source)."""
    return {"id": entry.get("id") or entry.get("link") or None, "text": _entry_text(entry),
            "title": entry.get("title"), "url": entry.get("link"), "published": _published(entry),
            "source": feed_title}


def read_feed(source: str, reader: InputReader) -> Iterator[Document | Rejection]:
    """The entries of one feed, checked like any input record (`reader`'s limits, repeats and warnings)."""
    import feedparser

    from warscribe.inputs import display

    origin = source if is_remote(source) else display(Path(source))
    try:
        raw = fetch(source)
    except (OSError, urllib.error.URLError, ValueError) as exc:
        yield Rejection(origin, f"cannot read feed: {getattr(exc, 'reason', None) or exc}")
        return
    parsed = feedparser.parse(raw)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        yield Rejection(origin, f"not an RSS or Atom feed ({problem})" if problem and not parsed.get("version")
                        else "feed holds no entries")
        return
    title = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        item = reader.record(entry_record(entry, title), origin, number)
        if item is not None:
            yield item
