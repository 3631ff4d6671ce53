"""Splits plain text into blocks (lines, or hard-wrapped paragraphs) and labels each one content,
metadata or boilerplate from general features: position, shape, stop-word density, links, cue words."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from warscribe.cleaning.cues import Cues, Label, load_cues, normalise
from warscribe.cleaning.dates import find_date, has_date

CONTENT, METADATA, BOILERPLATE = "content", "metadata", "boilerplate"

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LINK = re.compile(
    r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|(?<![\w@])@\w{2,}"
    r"|\b[\w-]+\.(?:com|org|net|ru|info|io|co)\b\S*"
)
_CURRENCY = re.compile(r"[$€£¥₽₿]|\b(?:USD|EUR|GBP|BTC|ETH|BCH|XMR|LTC)\b")
_SENT_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_BYLINE = re.compile(
    r"^(?i:by|written by|words by|posted by|story by|text by)\s+"
    r"(?P<name>[A-Za-zÀ-ÿ][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|al|el|bin|van|von))*)"
    r"(?P<rest>\s*(?:[,|•·/–—-]\s*.*)?)$"
)
# "TEHRAN (defapress)-", "BEIRUT, LEBANON (6:30 A.M.) –", "DAMASCUS, March 3 (Reuters) -"; a story filed from
# several bureaus names them with slashes ("WASHINGTON/BEIRUT, May 21 (Reuters) -")
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z'’.]+(?:(?:[ -]|\s*/\s*)[A-Z][A-Z'’.]+){0,3})"
    r"(?:\s*,\s*(?P<region>[A-Za-z][\w'’. ]{1,30}?))?"
    r"\s*(?:\((?P<paren>[^()]{1,40})\))?\s*[-–—:]+\s*(?=\S)"
)
_HEADLINE_MAX_WORDS = 30
_CORE_MIN_WORDS = 10
_FURNITURE_MAX_WORDS = 80  # cookie notices, bios and captions are shorter than this
_MARKER_MAX_WORDS = 16  # comment-widget and end-of-article markers are short lines
_SAMPLE_CHARS = 1200  # words read from a long block: plenty to tell prose from furniture
# `_WORD`'s characters among ASCII ones (letters, and the apostrophe that joins two runs of them) kept, every other
# byte a space: the runs of an ASCII text's split are then `_WORD`'s words, or several of them joined by apostrophes
_WORD_RUN_BYTES = bytes(c if _WORD.fullmatch(chr(c)) or chr(c) == "'" else 0x20 for c in range(128)) \
    + b" " * 128
_APOSTROPHES = re.compile(r"'{2,}")
# Each ASCII byte `str.split()` splits at (white space) a space, every other byte an "x": the words of an ASCII text
# are then counted as the spaces followed by an "x" (and an "x" opening it), without a string made per word
_SPACE_OR_MARK = bytes(0x20 if chr(c).isspace() else 0x78 for c in range(128)) + b"x" * 128


@dataclass(slots=True)
class Block:
    """A line (or a hard-wrapped paragraph) of the text, its features and its verdict."""

    start: int
    end: int
    line: int  # 1-based number of its first line
    text: str
    words: list[str]
    n_words: int = 0
    stop_ratio: float = 0.0
    has_verb: bool = False
    sentence_end: bool = False
    kind: str = ""
    why: str = ""
    label: Label | None = None
    value: str = ""  # what follows a label, or the name of a byline / outlet prompt
    boundary: str = ""  # "comment" or "end" when the block opens a comment section / ends the article

    @property
    def prose(self) -> bool:
        """Reads as running prose: enough words, function words, and a sentence ending or length."""
        return (self.n_words >= _CORE_MIN_WORDS and self.stop_ratio >= 0.2
                and (self.sentence_end or self.n_words >= 30))

    @property
    def clause(self) -> bool:
        """Reads as a clause even without a final stop (a standfirst, a caption-less lead)."""
        return (self.n_words >= 6 and (self.has_verb or self.stop_ratio >= 0.25 or self.n_words >= 15)
                and (self.text[:1].isupper() or self.text[:1] in "\"“‘'(0123456789"))

    @property
    def sentence(self) -> bool:
        """Reads as a (possibly short) sentence: a clause with a sentence ending."""
        return self.sentence_end and self.n_words >= 3 and (self.has_verb or self.stop_ratio >= 0.25)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    raw = text[start:end]
    left = len(raw) - len(raw.lstrip())
    return start + left, start + len(raw.rstrip())


def _wraps(prev: Block, nxt: str) -> bool:
    # A hard-wrapped paragraph: the previous line stops mid-sentence and this one goes on in lower case.
    return (len(prev.text) >= 40 and not _SENT_END.search(prev.text) and not prev.text.endswith(":")
            and nxt[:1].islower())


def split_blocks(text: str) -> list[Block]:
    """The non-blank lines of `text` as blocks, hard-wrapped lines of one paragraph joined."""
    blocks: list[Block] = []
    pos, last_line = 0, -1
    for number, raw in enumerate(text.split("\n"), 1):
        start, end = _trimmed(text, pos, pos + len(raw))
        pos += len(raw) + 1
        if start >= end:
            continue
        if blocks and last_line == number - 1 and _wraps(blocks[-1], text[start:end]):
            prev = blocks[-1]
            prev.end, prev.text = end, text[prev.start:end]
        else:
            blocks.append(Block(start, end, number, text[start:end], []))
        last_line = number
    return blocks


def _words(lowered: str) -> list[str]:
    """`_WORD.findall(lowered)`; an ASCII text's read by a byte table and a split (the Unicode classes of `_WORD` cost
    the regex engine a category test per character), a run holding an apostrophe cut where `_WORD` cuts it."""
    if not lowered.isascii():
        return _WORD.findall(lowered)
    runs = lowered.encode().translate(_WORD_RUN_BYTES).decode().split()
    if "'" not in lowered:
        return runs
    words: list[str] = []
    for run in runs:
        if "'" not in run:
            words.append(run)
            continue
        # apostrophes join letters one at a time: two or more in a row part words, and none opens or ends one
        for piece in _APOSTROPHES.split(run):
            if piece := piece.strip("'"):
                words.append(piece)
    return words


def _token_count(text: str) -> int:
    """`len(text.split())`: an ASCII text's words counted on its bytes (a long block's rest is only counted)."""
    if not text.isascii():
        return len(text.split())
    marks = text.encode().translate(_SPACE_OR_MARK)
    return marks.count(b" x") + marks.startswith(b"x")


def _measure(block: Block, cues: Cues) -> None:
    # Shape and density are judged on a long block's opening; its length is counted cheaply.
    head = block.text[:_SAMPLE_CHARS]
    words = _words(head.lower())
    block.words = words
    rest = block.text[_SAMPLE_CHARS:]
    block.n_words = len(words) + (_token_count(rest) if rest else 0)
    if words:
        block.stop_ratio = sum(map(cues.stopwords.__contains__, words)) / len(words)
        block.has_verb = not cues.verbs.isdisjoint(words)
    block.sentence_end = bool(_SENT_END.search(block.text))


def _label(block: Block, cues: Cues) -> bool:
    match = cues.label_re.match(block.text)
    if not match:
        return False
    family = cues.labels.get(normalise(match.group(1)))
    value = block.text[match.end():].strip()
    if family is None or (not match.group(2) and family.field not in ("published", "updated")):
        return False  # only dates may follow their label without a colon ("Posted on 3 May 2021")
    # (more than 10 words: the 11th found ends the count, as a whole article may follow a label; asked before the
    # date, which would be searched for through all of that article)
    if family.role == "metadata" and (next(itertools.islice(_WORD.finditer(value), 10, None), None) is not None
                                      or not value):
        return False
    # A metadata label must carry the kind of value it announces; "Update: the toll rose" is prose.
    if family.field in ("published", "updated") and not has_date(value):
        return False
    block.kind, block.why, block.label, block.value = family.role, f"label:{family.field}", family, value
    return True


def _boundary(block: Block, cues: Cues) -> str:
    if block.n_words > _MARKER_MAX_WORDS:
        return ""
    flat = normalise(block.text)
    if flat in cues.comment_lines or flat.startswith(cues.comment_starts):
        return "comment"
    if flat in cues.end_markers:
        return "end"
    return ""


def _byline(block: Block, cues: Cues) -> bool:
    match = _BYLINE.match(block.text)
    if not match or block.n_words > 14:
        return False
    tail = [w.lower() for w in _WORD.findall(match.group("rest"))]
    if any(w in cues.verbs for w in tail) or (block.sentence_end and not match.group("rest")
                                              and block.n_words > 4):
        return False
    block.kind, block.why, block.value = METADATA, "byline", match.group("name").strip()
    return True


def _junk(block: Block) -> str:
    """Why a block is not text at all (no words, links, prices), or ''."""
    if block.n_words == 0:
        return "no words"
    if block.n_words > _FURNITURE_MAX_WORDS:
        return ""  # long prose may cite a link or a price; it is not a link list
    tokens = block.text.split()
    # Only tokens with "@", "/" or an inner "." can be links; testing just those keeps long lines cheap.
    links = sum(1 for t in tokens if ("@" in t or "/" in t or "." in t[:-1]) and _LINK.search(t))
    if links and links / len(tokens) >= 0.25:
        return "links"
    if _CURRENCY.search(block.text) and block.n_words <= 3 and not block.sentence_end:
        return "prices"
    return ""


def _date_only(block: Block) -> bool:
    found = find_date(block.text) if block.n_words <= 8 else None
    if not found:
        return False
    rest = block.text[: found[1]] + block.text[found[2]:]
    return len(_WORD.findall(rest)) <= 3 and not block.sentence


def _crumbs(block: Block, cues: Cues) -> bool:
    if block.text.startswith("|") and block.text.endswith("|"):
        return False  # a table row, not a trail of links
    count = sum(block.text.count(sep) for sep in cues.crumb_separators)
    return count >= 2 and block.n_words <= 15 and block.n_words / (count + 1) <= 3 and not block.sentence_end


def _furniture(block: Block, cues: Cues) -> str:
    """Why a block reads as page furniture from its cue words, or ''."""
    if block.n_words > _FURNITURE_MAX_WORDS:
        return ""  # a long block is prose that may quote furniture words, never furniture as a whole
    flat = normalise(block.text)
    strong = len(cues.strong_re.findall(flat)) + block.text.count("©")
    if strong >= 2 or (strong == 1 and (block.n_words <= 12 or not block.prose)):
        return "cue"
    weak = len(cues.weak_re.findall(flat))
    if weak and weak * 2 >= block.n_words and not block.has_verb:
        return "cue"
    if cues.credit_re.search(block.text):
        return "credit"
    if cues.timestamp_re.match(flat) or cues.timestamp_re.match(block.text.strip().lower()):
        return "timestamp"
    if _crumbs(block, cues):
        return "crumbs"
    return ""


def _local(block: Block, cues: Cues) -> None:
    """The verdict a block earns on its own, if any (left empty when its position must decide)."""
    block.boundary = _boundary(block, cues)
    if block.boundary:
        block.kind, block.why = BOILERPLATE, f"{block.boundary} marker"
    elif _label(block, cues) or _byline(block, cues):
        return
    elif why := _junk(block):
        block.kind, block.why = BOILERPLATE, why
    elif prompt := cues.outlet_prompt_re.match(block.text):
        block.kind, block.why, block.value = BOILERPLATE, "outlet prompt", prompt.group(1)
    elif why := _furniture(block, cues):
        block.kind, block.why = BOILERPLATE, why
    elif _date_only(block):
        block.kind, block.why = METADATA, "date line"


def dateline(text: str) -> re.Match[str] | None:
    """The dateline opening `text` ("TEHRAN (defapress)- ..."), or None."""
    match = _DATELINE.match(text)
    if match and (match.group("paren") or match.group("region")) and len(match.group("place")) >= 3:
        return match
    return None


def _pick_headline(blocks: list[Block], first_core: int) -> int | None:
    for i, block in enumerate(blocks[: first_core + 1]):
        if block.kind and block.kind != CONTENT:
            continue
        if block.n_words > _HEADLINE_MAX_WORDS or block.n_words < 2 or dateline(block.text):
            return None
        return i
    return None


def _restated(blocks: list[Block], head: int) -> int | None:
    """A later block that repeats the headline without its site suffix (a page title then the h1)."""
    title = normalise(blocks[head].text)
    for j in range(head + 1, min(head + 4, len(blocks))):
        other = normalise(blocks[j].text)
        if other and other != title and title.startswith(other) and len(other) >= 0.5 * len(title):
            return j
    return None


def _cut_tail(blocks: list[Block], core: list[int], cues: Cues) -> list[int]:
    # Author bios and wire credits look like prose; they are furniture only at the very end.
    def tail(block: Block) -> bool:
        return block.n_words <= _FURNITURE_MAX_WORDS and bool(cues.tail_re.search(block.text))

    while core and tail(blocks[core[-1]]):
        blocks[core[-1]].kind, blocks[core[-1]].why = BOILERPLATE, "tail"
        core.pop()
    for block in blocks[core[-1] + 1 if core else len(blocks):]:
        if not block.kind and tail(block):
            block.kind, block.why = BOILERPLATE, "tail"
    return core


def _cuts(block: Block, i: int, core: list[int]) -> bool:
    """Whether the block ends the article: a comment widget after the body has begun, or an end
    marker ("Related", "You might also like") that no more body prose follows."""
    if not block.boundary or not core or i < core[0]:
        return False
    return block.boundary == "comment" or core[-1] < i


def _promo_lists(blocks: list[Block], start: int) -> None:
    # An end marker inside the body ("Don't miss") heads a box of links: its short lines up to the
    # next prose paragraph are furniture, not subheadings.
    inside = False
    for block in blocks[start:]:
        if block.boundary == "end":
            inside = True
        elif block.kind or block.prose or block.sentence:
            inside = inside and bool(block.kind)
        elif inside:
            block.kind, block.why = BOILERPLATE, "promo list"


def _by_position(blocks: list[Block], cues: Cues, extracted: bool) -> None:
    core = [i for i, b in enumerate(blocks) if not b.kind and b.prose]
    first = core[0] if core else len(blocks)
    cut = next((i for i, b in enumerate(blocks) if _cuts(b, i, core)), len(blocks))
    core = _cut_tail(blocks, [i for i in core if i < cut], cues)
    _promo_lists(blocks[:cut], first)
    last = core[-1] if core else len(blocks)
    head = _pick_headline(blocks, first if core else len(blocks) - 1)
    if head is not None and (again := _restated(blocks, head)) is not None:
        blocks[head].kind, blocks[head].why = METADATA, "page title"
        head = again
    for i, block in enumerate(blocks):
        if i >= cut:
            block.kind, block.why = BOILERPLATE, block.why or "after comment/end marker"
        elif block.kind:
            continue
        elif i == head:
            block.kind, block.why = CONTENT, "headline"
        elif not core or first <= i <= last:
            block.kind, block.why = CONTENT, "body"
        elif extracted:
            block.kind, block.why = CONTENT, "extracted"
        elif block.sentence or block.clause:
            block.kind, block.why = CONTENT, "sentence outside body"
        else:
            block.kind, block.why = BOILERPLATE, "fragment outside body"


def classify(text: str, extracted: bool = False) -> list[Block]:
    """Every non-blank block of `text` with its kind (content, metadata, boilerplate) and why.

    `extracted` says the text is an HTML extractor's main-text output: the page layout already placed
    it in the article, so short lines around the prose body are kept unless their own cues condemn them.
    """
    cues = load_cues()
    blocks = split_blocks(text)
    for block in blocks:
        _measure(block, cues)
    for block in blocks:
        _local(block, cues)
    _by_position(blocks, cues, extracted)
    return blocks
