"""Reads title, publication date, outlet and byline from classified blocks (labels, datelines, suffixes)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from warscribe.cleaning.cues import Cues, load_cues, normalise
from warscribe.cleaning.dates import find_date, parse_date
from warscribe.cleaning.lines import CONTENT, Block, dateline

_TIME = re.compile(r"\d|\b[ap]\.?m\b", re.IGNORECASE)
_OPENER_CHARS = 40  # a date this close to the start of the first content block is the article's date


@dataclass
class Metadata:
    """What the text says about itself; None where it says nothing."""

    title: str | None = None
    title_span: tuple[int, int] | None = None  # the headline without a site suffix, in the text
    published: str | None = None
    source: str | None = None
    byline: str | None = None


def split_site_suffix(title: str, cues: Cues | None = None) -> tuple[str, str | None]:
    """("Headline", "Site") from "Headline • Site" / "Headline | Site" / "Headline - Site"."""
    cues = cues or load_cues()
    for strength, seps in enumerate(cues.title_separators):
        cut = max(((title.rfind(sep), sep) for sep in seps), default=(-1, ""))
        if cut[0] <= 0:
            continue
        head, site = title[: cut[0]].strip(), title[cut[0] + len(cut[1]):].strip()
        head_words, site_words = len(head.split()), len(site.split())
        # Stronger separators allow longer site names; a site name is never longer than the headline.
        limit = (8, 6, 4)[strength]
        if 0 < site_words <= limit and site_words < head_words and not site.endswith((".", "?", "!")):
            return head, site
    return title, None


def domain_of(url: str | None) -> str | None:
    """The site of a URL without "www." ("https://www.example.org/a" -> "example.org")."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    host = host.removeprefix("www.")
    return host or None


def _agency(block: Block) -> str | None:
    match = dateline(block.text)
    paren = match.group("paren") if match else None
    if paren and not _TIME.search(paren) and len(paren.split()) <= 4:
        return paren.strip()
    return None


def _title(blocks: list[Block], meta: Metadata, cues: Cues) -> str | None:
    page = next((b for b in blocks if b.why == "page title"), None)
    head = next((b for b in blocks if b.why == "headline"), None)
    source = page or head
    if source is None:
        return None
    title, site = split_site_suffix(source.text, cues)
    meta.title = " ".join(title.split())  # a wrapped headline is one line of metadata
    if head is not None and head is source:
        meta.title_span = (head.start, head.start + len(title))
    return site


def _published(blocks: list[Block]) -> str | None:
    labelled = [b for b in blocks if b.why == "label:published"]
    dated = labelled + [b for b in blocks if b.why in ("date line", "byline")]
    for block in dated:
        if value := parse_date(block.value or block.text):
            return value
    first = next((b for b in blocks if b.kind == CONTENT and b.why != "headline"), None)
    if first is None:
        return None
    match = dateline(first.text)
    if match and (value := parse_date(match.group(0))):
        return value
    found = find_date(first.text[:_OPENER_CHARS])
    return found[0] if found else None


def _source(blocks: list[Block], site: str | None, url: str | None, cues: Cues) -> str | None:
    labelled = next((b.value for b in blocks if b.why == "label:source"), None)
    if labelled:
        return domain_of(labelled) if "/" in labelled or labelled.startswith("www.") else labelled.rstrip(".")
    for block in blocks:
        if block.kind == CONTENT and (agency := _agency(block)):
            return agency
    prompt = next((b.value for b in blocks if b.why == "outlet prompt"), None)
    return prompt or site or domain_of(url)


def _byline(blocks: list[Block], cues: Cues) -> str | None:
    for block in blocks:
        if block.why in ("byline", "label:byline") and block.value:
            name = re.split(r"\s*[,|•·/–—]\s*|\s+-\s+", block.value)[0].strip()
            if name and normalise(name) not in cues.generic_bylines:
                return name
    return None


def read_metadata(blocks: list[Block], url: str | None = None) -> Metadata:
    """Title, date, outlet and byline as the classified text states them."""
    cues = load_cues()
    meta = Metadata()
    site = _title(blocks, meta, cues)
    meta.published = _published(blocks)
    meta.source = _source(blocks, site, url, cues)
    meta.byline = _byline(blocks, cues)
    return meta
