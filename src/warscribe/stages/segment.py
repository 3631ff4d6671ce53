"""Segment stage: splits the kept text into sentences, marking the headline."""

from __future__ import annotations

import re
import string
from collections.abc import Iterator
from functools import cache
from itertools import pairwise

from warscribe.config import DATA_DIR, Context
from warscribe.knowledge.outlets import is_outlet
from warscribe.knowledge.patterns import fewest_words, first_letters, lower_form
from warscribe.model import Document, Sentence

# A sentence ends at . ! or ? (optionally followed by a closing quote or bracket) before white space and a
# capital, digit or opening quote.
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_MAX_HEADLINE_WORDS = 25
_SUBHEAD_WORDS = 12  # a subheading run into the next paragraph is short; a sentence that lost its stop is longer
# A dateline inside a line ("... in Hama Province MOSCOW (Sputnik) The ..."): a place in capitals and an outlet's
# name in brackets open a story; what runs into it (a headline or a caption flattened with its story) ends there.
# (A space after a word's end as `\s(?<=X\s)\s*`: the same matches as `(?<=X)\s+`, a name or an opener coming
# next, but a search scans for a space before it tests anything.)
_DATELINE = re.compile(r"\s(?<=[\w)\]'’]\s)\s*(?=(?P<place>[A-Z][A-Z'’.-]{2,}(?:[ -][A-Z][A-Z'’.-]+){0,2})\s*"
                       r"\((?P<outlet>[^()]{2,40})\)\s*[-–—:]*\s*[\"“]?[A-Z])")


def _word_file(name: str) -> list[str]:
    """The words of a list in data/lexicon, one a line, "#" opening a comment line."""
    lines = (DATA_DIR / "lexicon" / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@cache
def _abbreviations() -> frozenset[str]:
    return frozenset(_word_file("abbreviations.txt"))


def _is_initial(word: str) -> bool:
    """Whether the word is a name's initial ("J."): no sentence ends there. (What `[A-Z]\\.` matches whole, read
    without a regex call at each stop.)"""
    return len(word) == 2 and word[1] == "." and "A" <= word[0] <= "Z"


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], trimmed of surrounding white space."""
    spans, cursor = [], start
    abbreviations = _abbreviations()  # (looked up once per range, not once per stop)
    for m in _BOUNDARY.finditer(text, start, end):
        space = text.rfind(" ", cursor, m.start())
        last_word = text[(cursor if space < 0 else space + 1): m.start() + 1]
        if last_word in abbreviations or _is_initial(last_word):
            continue
        spans.append((cursor, m.start() + len(m.group(0).rstrip())))
        cursor = m.end()
    spans.append((cursor, end))
    # (a dateline and a photo credit are told in brackets: a range with no "(", most paragraphs, keeps its spans,
    # not asked sentence by sentence)
    bracketed = text.find("(", start, end) >= 0
    if bracketed:
        spans = [part for s, e in spans for part in _at_datelines(text, s, e)]
    # (a match inside a part is one of the whole range at the same place: a range with none, 96 of 100 FA-KES
    # documents, is searched once rather than part by part)
    if _any_opener().search(text, start, end) is not None and _glued_openers().search(text, start, end) is not None:
        spans = [part for s, e in spans for part in _at_openers(text, s, e)]
    if bracketed:
        spans = [part for s, e in spans for part in _at_photo_credits(text, s, e)]
    # (a span of white space alone trims to nothing: tested on the trimmed bounds, no slice made and stripped)
    trimmed = [_trim(text, s, e) for s, e in spans]
    return [(s, e) for s, e in trimmed if s < e]


def _datelines(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of `_DATELINE` inside text[start:end]."""
    # Each names its outlet in brackets after a place in capitals: a span with no such bracket holds none (a few
    # str.find calls instead of a regex scan of every space; most spans have no bracket, most brackets follow a
    # word in lower case).
    return _DATELINE.finditer(text, start, end) if _capitals_before_bracket(text, start, end) else iter(())


_PLACE_END = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ'’.-")  # what `_DATELINE`'s place may end with ([A-Z'’.-])


def _capitals_before_bracket(text: str, start: int, end: int) -> bool:
    """Whether an opening bracket in text[start:end] follows two characters a dateline's place may end with
    (`_PLACE_END`), with only white space between, after the span's first character: every match of `_DATELINE`
    holds one (a space, then a place whose last word has two characters or more, white space and the outlet's
    bracket). A span with none needs no search of it."""
    at = text.find("(", start, end)
    while at >= 0:
        back = at
        while back > start and text[back - 1].isspace():
            back -= 1
        if back - 2 > start and text[back - 1] in _PLACE_END and text[back - 2] in _PLACE_END:
            return True
        at = text.find("(", at + 1, end)
    return False


def _at_datelines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut before each dateline inside it (not one that opens it)."""
    cuts = [m.end() for m in _datelines(text, start, end) if is_outlet(m.group("outlet"))]
    bounds = [start, *cuts, end]
    return list(pairwise(bounds))


@cache
def _glued_openers() -> re.Pattern[str]:
    words = sorted(_word_file("glued_openers.txt"), key=len, reverse=True)
    # after a word with no stop or comma ("retreated Elsewhere Syrian troops", "in Aleppo Meanwhile a committee")
    return re.compile(rf"\s(?<=\w\s)\s*{first_letters(words)}(?=(?:{'|'.join(map(re.escape, words)) or '(?!)'})\s)")


@cache
def _any_opener() -> re.Pattern[str]:
    """Any glued opener as written, wherever it stands: every match of `_glued_openers` holds one. The engine skips
    along this plain alternation by the words' first letters, where `_glued_openers` tests every space: most texts
    hold no opener at all (84 of 100 FA-KES texts) and are left after a twelfth of that search's time."""
    words = sorted(_word_file("glued_openers.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)) or "(?!)")


def _at_openers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut before each sentence opener glued to the word before it (glued_openers.txt)."""
    cuts = [m.end() for m in _glued_openers().finditer(text, start, end)]
    return list(pairwise([start, *cuts, end]))


def _credit_bracket() -> str:
    """A bracket ending in a picture word ("(AP photo)", "(File photo)"; photo_credits.txt), as a regex."""
    words = sorted(_word_file("photo_credits.txt"), key=len, reverse=True)
    return rf"\((?:[^()]{{0,40}}\s)?(?i:{'|'.join(map(re.escape, words)) or '(?!)'})\)"


@cache
def _photo_credit() -> re.Pattern[str]:
    # a photo credit, then a capital or an opening bracket
    return re.compile(rf"{_credit_bracket()}\s+(?=[\"“(]?[A-Z])")


@cache
def _closing_photo_credit() -> re.Pattern[str]:
    return re.compile(rf"{_credit_bracket()}[\s.]*$")


@cache
def _credit_words() -> tuple[str, ...]:
    """The picture words (photo_credits.txt), lower-case, that hold none of the others: every credit holds one."""
    return tuple(fewest_words(tuple(w.lower() for w in _word_file("photo_credits.txt"))))


def _may_hold_credit(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] may hold a photo credit: its lower-case form (`lower_form`, the document's kept for
    all its spans; None where a character outside ASCII matches a letter case-blind) holds a picture word there.
    Most bracketed spans ("(SOHR)", "(AFP)") hold none, and need no search of the credit's pattern."""
    low = lower_form(text)
    if low is None:
        return True
    held = False
    for word in _credit_words():  # (a plain loop: compiled, no any() over a generator)
        if low.find(word, start, end) >= 0:
            held = True
            break
    return held


def ends_with_photo_credit(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends with a photo's credit ("... in Hasakeh on Monday (AFP photo)"): a caption, what
    a picture shows, told again from the story."""
    return text.find("(", start, end) >= 0 and _may_hold_credit(text, start, end) \
        and _closing_photo_credit().search(text, start, end) is not None


def _at_photo_credits(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut after each photo credit inside it (photo_credits.txt): a caption flattened with the story that
    follows ("... in Aleppo (AP photo) BEIRUT Air strikes on a market killed 21") is a sentence of its own, so that
    the caption's date, place and credit tell nothing of the story's event. So is a caption whose credit follows
    its full date ("... a checkpoint seized by rebels is seen on a highway June 6 2015 (Reuters) Two people were
    killed ..."): a story's sentence names no year-dated day just before a credit."""
    if text.find("(", start, end) < 0:
        return [(start, end)]  # (most sentences hold no bracket: one str.find instead of a regex scan)
    cuts = [m.end() for m in _photo_credit().finditer(text, start, end) if m.end() < end] \
        if _may_hold_credit(text, start, end) else []
    if _year_before_bracket(text, start, end):  # (the search tries its word boundary at every position)
        cuts += [m.end() for m in _DATED_CREDIT_THEN_TEXT.finditer(text, start, end)
                 if m.end() < end and _caption_words(text, start, m.start())]
    return list(pairwise([start, *sorted(set(cuts)), end]))


# A full date with its year, as a caption writes it ("June 6 2015", "6 June 2015", "Oct. 11, 2016").
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_FULL_DATE = rf"(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},?)\s+(?:19|20)\d\d\b"
_CREDIT = r"\([A-Z][^()]{0,40}\)"
# a caption's date and credit, then a story's sentence
_DATED_CREDIT_THEN_TEXT = re.compile(rf"\b{_FULL_DATE}\.?\s*{_CREDIT}\s+(?=[\"“]?[A-Z])")
_DATED_CREDIT_AT_END = re.compile(rf"\b{_FULL_DATE}\.?\s*{_CREDIT}[\s.]*$")
_YEAR_DATE = re.compile(rf"\b{_FULL_DATE}")
_DATE_AT_END = re.compile(rf"\b{_FULL_DATE}[\s.]*$")
_CREDIT_NEXT = re.compile(r"\s*\((?P<credit>[A-Z][^()]{0,40})\)")


def _year_before_bracket(text: str, start: int, end: int) -> bool:
    """Whether an opening bracket in text[start:end] follows a digit there, with at most a dot and white space
    between: a year's last digit before a credit, as every match of `_DATED_CREDIT_THEN_TEXT` and of
    `_DATED_CREDIT_AT_END` holds one ("June 6 2015. (Reuters)"). A span with none needs no search of them."""
    at = text.find("(", start, end)
    while at >= 0:
        back = at
        while back > start and text[back - 1].isspace():
            back -= 1
        if back > start and text[back - 1] == ".":
            back -= 1
        if back > start and text[back - 1].isdecimal():
            return True
        at = text.find("(", at + 1, end)
    return False


# A caption tells what a picture shows in a clause of its own: this many words before its date at the least (a
# dateline, "DAMASCUS, June 5 2016 (SANA)", has one or two).
_CAPTION_MIN_WORDS = 6


def _caption_words(text: str, start: int, at: int) -> bool:
    return len(text[start:at].split()) >= _CAPTION_MIN_WORDS


def dated_caption(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a photo's caption told with its full date: it ends with that date and a credit
    ("... a damaged site in Aleppo September 21 2016. (TRT World and Agencies)"), or it names a year-dated day and a
    news agency's credit follows it ("An injured child waits ... on November 3 2016 following rebel fire. (AFP)").
    A story's sentence seldom names its day's year, and never ends with an agency's name in brackets."""
    # (a credit that ends the span is in brackets: a span with none, most sentences, is not searched; the words
    # before the date are counted only where one is found, as they are never more than the span's)
    at_end = _DATED_CREDIT_AT_END.search(text, start, end) if _year_before_bracket(text, start, end) else None
    if at_end is not None:
        return _caption_words(text, start, at_end.start())
    credit = _CREDIT_NEXT.match(text, end)
    if credit is None:
        return False
    # (a credit of any name after the date that ends the sentence: "... September 21 2016. (TRT World and Agencies)")
    dated = _DATE_AT_END.search(text, start, end)
    if dated is not None:
        return _caption_words(text, start, dated.start())
    return _caption_words(text, start, end) and is_outlet(credit.group("credit")) \
        and _YEAR_DATE.search(text, start, end) is not None


def runs_into_opener(text: str, start: int, end: int) -> bool:
    """Whether a short sentence with no final stop runs into a glued sentence opener (a subheading run into the
    next paragraph: "Rebels advance in western province after regime forces retreated Elsewhere ..."): the title
    of the paragraph after it, no sentence of its own (a toll it sums up, "Thousands tortured to death", would join
    an event as a headline's does)."""
    return end > start and text[end - 1].isalnum() and _glued_openers().match(text, end) is not None \
        and len(text[start:end].split()) <= _SUBHEAD_WORDS


def dateline_places(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the places of the datelines inside text[start:end]: where the reporter wrote, not where the
    event happened."""
    return [m.span("place") for m in _datelines(text, start, end) if is_outlet(m.group("outlet"))]


# A dateline opening a sentence with no dash after it ("... province. DAMASCUS (Sputnik) A suicide blast ...")
_OPENING_DATELINE = re.compile(r"(?P<place>[A-Z][A-Z'’.-]{2,}(?:[ -][A-Z][A-Z'’.-]+){0,2})\s*"
                               r"\((?P<outlet>[^()]{2,40})\)\s*[-–—:]*\s*[\"“]?[A-Z]")


def opening_dateline(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the place of a dateline with an outlet's name that opens text[start:end] ("DAMASCUS (Sputnik)
    A blast ..."): where the reporter wrote, or None."""
    m = _OPENING_DATELINE.match(text, start, end)
    return m.span("place") if m is not None and is_outlet(m.group("outlet")) else None


def runs_into_dateline(text: str, start: int, end: int) -> bool:
    """Whether a sentence with no final stop runs into a dateline (a flattened headline or caption before its
    story): a headline of its own."""
    # (the stop tested first: most sentences end with one, and no dateline is searched after them)
    if end <= start or text[end - 1] in ".!?":
        return False
    m = _DATELINE.match(text, end)
    return m is not None and is_outlet(m.group("outlet"))


# A run of this many capitalised words (numbers and a headline's minor words between them, no punctuation) inside
# a sentence of running prose is a headline of another article flattened into the body ("AP Photo ... Security
# Forces Reportedly Find Burial Sites of Over 20 Executed Christians According to ..."); names, titles and a
# school's or university's name with its town ("the Jaramogi Oginga Odinga University of Science and Technology
# in Bondo") are shorter.
_TITLE_RUN_WORDS = 12
_PROSE_WORDS = 6
_TOKEN = re.compile(r"[\w'’-]+")
_ASCII_CAPITALS = string.ascii_uppercase.encode()
# The capital opening a word of `_TOKEN` (no token character before it) in an ASCII text (the look-behind after the
# capital: a search skips along by the capitals, not trying the look-behind at every position)
_TITLED_TOKEN = re.compile(r"[A-Z](?<![\w'’-].)")
# Each word of `_TOKEN` with the text between it and the word before (or the start): one call for a sentence's
# words, not a match object's group and bounds read per word
_GAP_AND_TOKEN = re.compile(r"([^\w'’-]*)([\w'’-]+)")


@cache
def _minor_words() -> frozenset[str]:
    return frozenset(_word_file("title_case_minor.txt"))


def holds_title_run(text: str, start: int, end: int, title: str | None = None) -> bool:
    """Whether text[start:end] holds a long run of capitalised words beside running prose (enough lower-case
    words outside the run): a headline of another article glued to a sentence, told elsewhere, not an event of
    this one. A sentence all in title case (a headline of its own) is left to `_is_headline`, and a run that is
    mostly the document's own title (its headline glued to its lede) tells this article's event."""
    chunk = text[start:end]
    # (the capitals counted as the bytes an ASCII text loses without them: no string made per capital)
    if chunk.isascii() and (len(chunk) - len(chunk.encode().translate(None, _ASCII_CAPITALS)) < _TITLE_RUN_WORDS
                            or len(_TITLED_TOKEN.findall(chunk)) < _TITLE_RUN_WORDS):
        # fewer capitals, or fewer words opened by one (an ASCII word's first letter is upper case only as A-Z),
        # than a run needs words: most sentences, told without a word-by-word pass
        return False
    run: list[str] = []
    longest: list[str] = []
    # (the lengths of the run and of the longest kept as counts: no len() per word)
    size = best = lower = 0
    minor = _minor_words()
    pairs: list[tuple[str, str]] = _GAP_AND_TOKEN.findall(text, start, end)
    for gap, word in pairs:
        if gap and not gap.isspace():
            run, size = [], 0  # punctuation ends a run: a list of names ("BNP, Jubo Dal, and ...") is no headline
        if word[0].isupper():
            run.append(word)
            size += 1
        elif word[0].isdigit() or (run and word in minor):
            continue
        else:
            lower += 1
            run, size = [], 0
        if size > best:
            longest, best = run, size
    if best < _TITLE_RUN_WORDS or lower < _PROSE_WORDS:
        return False
    own = set(_normal(title).split())
    return sum(w.lower() in own for w in longest) * 2 < len(longest)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _normal(s: str | None) -> str:
    return _NON_WORD.sub(" ", (s or "").lower()).strip()


_NON_WORD = re.compile(r"\W+")


def _same_words(line: str, title: str) -> bool:
    """`_normal(line) == _normal(title)`, reading no more of a long line than the title's words allow: a line with
    more runs of non-word characters than the title's words and two has more words than the title (the runs
    alternate), so the replacement stops there."""
    want = _normal(title)
    limit = (want.count(" ") + 1 if want else 0) + 2
    if line.isascii():
        # (lower-casing changes no ASCII character's class: the runs of the line as written are its lower-case
        # form's, counted up to the limit with no copy of a long line lower-cased and rewritten; the first paragraph
        # is often the whole text)
        for runs, _ in enumerate(_NON_WORD.finditer(line), 1):
            if runs >= limit:
                return False
    got, replaced = _NON_WORD.subn(" ", line.lower(), count=limit)
    return replaced < limit and got.strip() == want


def _is_headline(doc: Document, start: int, end: int) -> bool:
    line = doc.text[start:end]
    if doc.title and _same_words(line, doc.title):
        return True
    # (split no further than one word past the most a headline has: a first paragraph may be the whole text)
    words = line.split(maxsplit=_MAX_HEADLINE_WORDS)
    return 0 < len(words) <= _MAX_HEADLINE_WORDS and not line.rstrip().endswith((".", "!", "?", ":", '"', "”"))


# The fewest words of a title that, found whole in a sentence, make it the article's own headline.
_TITLE_WORDS = 4


def holds_title(doc: Document, start: int, end: int) -> bool:
    """Whether text[start:end] holds the title the input gave the document, of four words or more ("29-08-2014 Syrian
    Army Kills 15 Terrorists in Qalamoun Advances in Jobar." under that title): the article's headline, however short
    the article."""
    if not doc.given.get("title"):
        return False  # (a title the cleaning read off the text's first line is that line itself)
    want = _normal(doc.title)
    return want.count(" ") + 1 >= _TITLE_WORDS and f" {want} " in f" {_normal(doc.text[start:end])} "


# An article (a news story, not a coder's note of a few sentences) comments on the events of its lede in its body
# (assemble.py: the `commentary` cues of cues.yaml count past the lede only).
ARTICLE_SENTENCES = 6
LEDE_SENTENCES = 3


def in_article_body(doc: Document, index: int) -> bool:
    """Whether sentence `index` lies in the body of an article: past its lede, in a text of six sentences or
    more."""
    return len(doc.sentences) >= ARTICLE_SENTENCES and index >= LEDE_SENTENCES


class SegmentStage:
    """Sentences of the kept ranges; each kept range is a paragraph."""

    name = "segment"
    reads = ("text", "kept", "title")
    adds = ("sentences",)

    def run(self, doc: Document, ctx: Context) -> None:
        ranges = doc.kept or [(0, len(doc.text))]
        sentences: list[Sentence] = []
        for paragraph, (start, end) in enumerate(ranges):
            headline = paragraph == 0 and _is_headline(doc, start, end)
            for s, e in split_sentences(doc.text, start, end):
                if not headline and runs_into_opener(doc.text, s, e):
                    continue  # a subheading: the title of the paragraph after it, which tells its story
                told = headline or runs_into_dateline(doc.text, s, e) or holds_title_run(doc.text, s, e, doc.title)
                sentences.append(Sentence(s, e, len(sentences), paragraph, told))
        doc.sentences = sentences
