"""Time stage: dates each event from the date expressions of its sentence, resolved against publication."""

from __future__ import annotations

import copy
import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from operator import itemgetter

from warscribe.cleaning.cues import load_cues, normalise
from warscribe.config import Context
from warscribe.knowledge import located
from warscribe.knowledge.lexicon import LEXICON_DIR
from warscribe.knowledge.patterns import lower_form, space_start, word_character
from warscribe.knowledge.prefilter import prefiltered
from warscribe.model import Document, Event, Evidence, Sentence, replaced
from warscribe.timex import DateMention, find_dates, parse_published, resolve, stop_in_date


class TimeStage:
    """One date per event; an expression naming two days ("June 25 and June 26") makes two events."""

    name = "time"
    reads = ("text", "published", "events")
    adds = ("events",)

    def run(self, doc: Document, ctx: Context) -> None:
        _dates_in.cache_clear()  # the cache only saves re-reading the sentences of one document
        _NEAREST.clear()
        _WEIGHED.clear()
        if not doc.events:
            return  # nothing to date: the date line is read for the events' relative days only
        published = parse_published(doc.published)
        # "said on Saturday", "a statement released Saturday" (attribution.yaml)
        speech = ctx.lexicon.reporting_verbs | ctx.lexicon.release_verbs
        line = date_line(doc.text, published)
        if line is not None:  # the article's own date line: its weekdays and "yesterday" count from it
            published = line[1]
        out: list[Event] = []
        linking = _may_link_days(doc.text)  # (most documents hold no phrase of the cue: their events need no search)
        for ev in doc.events:
            linked = _same_day(doc, ev, out, published, speech) if linking else None
            out.extend([linked] if linked is not None else _date_event(doc, ev, published, speech,
                                                                        line[0] if line else None))
        doc.events[:] = out


_PRECISION = itemgetter(1)  # of a (value, precision) pair: read without a Python call per pair
_DAY_LINKS = LEXICON_DIR / "day_links.yaml"


@lru_cache(maxsize=1)
def _same_day_cue() -> re.Pattern[str]:
    """'Hours after the initial attack', 'later that day' (data/lexicon/day_links.yaml)."""
    raw = located.data_file(_DAY_LINKS)
    refers = "|".join(re.escape(w) for w in raw["refers_by"])
    alts = [r"\s+".join(map(re.escape, p.split())) + (rf"\s+(?:{refers})\b" if p.endswith("after") else r"\b")
            for p in sorted(raw["same_day"], key=len, reverse=True)]
    # ("some 30 hours after the first batches": a count of hours may run past the day)
    return re.compile(r"(?<!\d\s)\b(?:" + "|".join(alts) + ")", re.I)


@lru_cache(maxsize=1)
def _same_day_words() -> tuple[tuple[str, ...], ...]:
    """The lower-case words of each `same_day` phrase: every match of `_same_day_cue` holds all of one's."""
    return tuple(tuple(p.lower().split()) for p in located.data_file(_DAY_LINKS)["same_day"])


@lru_cache(maxsize=1)
def _day_link_words() -> tuple[tuple[str, ...], tuple[tuple[int, ...], ...]]:
    """The distinct words of `_same_day_words`, and each phrase as the places of its words among them: a word
    several phrases share ("after", "later", "same") is looked for once per text."""
    distinct = list(dict.fromkeys(w for words in _same_day_words() for w in words))
    return tuple(distinct), tuple(tuple(distinct.index(w) for w in words) for words in _same_day_words())


def _may_link_days(text: str) -> bool:
    """Whether the text may hold a `_same_day_cue`: its lower-case form (`lower_form`, None where a character
    outside ASCII matches a letter case-blind) holds every word of one of the phrases."""
    low = lower_form(text)
    return low is None or _holds_day_link(low, 0, len(low))


def _holds_day_link(low: str, start: int, end: int) -> bool:
    """Whether low[start:end] (a lower-case form) holds every word of one of the `same_day` phrases: every match of
    `_same_day_cue` inside it does. Each distinct word is looked for once at most (0 untested, 1 held, 2 not)."""
    words, phrases = _day_link_words()
    seen = [0] * len(words)
    for phrase in phrases:
        held = True
        for i in phrase:
            if seen[i] == 0:
                seen[i] = 1 if low.find(words[i], start, end) >= 0 else 2
            if seen[i] == 2:
                held = False
                break
        if held:
            return True
    return False


_FIRST_WORD = re.compile(r"\s+(\w+)")


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The words after a link that point to the document's first event (day_links.yaml `first_words`)."""
    return frozenset(str(w).lower() for w in located.data_file(_DAY_LINKS)["first_words"])


def _same_day(doc: Document, ev: Event, earlier: list[Event], published: date | None,
              speech: frozenset[str]) -> Event | None:
    """An event whose sentence names no day but ties it to one told before ("Hours after the initial attack air
    strikes also hit a hospital"): the day of the document's nearest earlier event dated to a day."""
    if ev.draft is None:
        return None
    sent, anchor = ev.draft.sentence, ev.draft.trigger.start
    end = max(sent.start, anchor)
    # (a cue found there holds all its phrase's words there: most sentences of a document that may link days hold
    # none of its phrases before their trigger, and are left after a few substring tests, not the cue's search)
    low = lower_form(doc.text)
    if low is not None and not _holds_day_link(low, sent.start, end):
        return None
    cue = _same_day_cue().search(doc.text, sent.start, end)
    if cue is None or _nearest(doc.text, sent.start, sent.end, anchor, published, speech) is not None:
        return None
    before = [e for e in earlier if e.draft is not None and e.draft.trigger.start < sent.start
              and e.event_date and e.time_precision == 1]
    if not before:
        return None
    # ("hours after the initial attack": a word after the cue that points to the document's first event)
    word = _FIRST_WORD.match(doc.text, cue.end())
    pick = min if word is not None and word.group(1).lower() in _first_words() else max
    prior = pick(before, key=lambda e: e.draft.trigger.start)  # type: ignore[union-attr]
    ev.event_date, ev.time_precision = prior.event_date, 1
    ev.evidence.append(Evidence.of(doc.text, cue.start(), cue.end(), "event_date"))
    return ev


# A date line glued to the headline: "8 Jun 2016 Russian strikes ...", "... Governor AFP Sunday 25 May 2014 "Ten
# people ...", "Published February 23 2015 Ten children ...": a full date before the first sentence's end, not
# told with a preposition ("On 3 May 2020, gunmen ...") unless a page's date label says it ("Date of publication
# 4 April 2017", "Posted on", "Last updated at": cleaning/cues.yaml), followed by a capital, a quote, a headline's
# count ("30 September 2016 13 civilians killed"), the hour ("14:28", "at 0914"), a by-line or "(updated ...)"
# or a field's name ("title:") rather than a comma.
_LINE_AFTER = re.compile(r"\s+[\"“'‘]?[A-Z0-9]|\s+(?:at|by)\s+[A-Z0-9]|\s*\(|\s+[a-z]+:")  # "... 2015 title: ..."
_LINE_BEFORE_NOT = re.compile(r"(?:\b(?:on|around|about|between|from|of|since|until|by|before|after)\s+(?:\w+\s+)?"
                              r"|[.!?,;:]\s*)$", re.I)
_LINE_REACH = 300  # characters from the start of the text: a headline and a by-line
_LINE_DRIFT = 366  # days: a date line further from the publication metadata is not trusted over it
_RETOLD_WITHIN = 7  # days: how long before its date line a headline's event may be told in the next sentence


_SENTENCE_STOP = re.compile(r"[.!?]\s")  # a sentence ending before a date: it is no date line


def date_line(text: str, published) -> tuple[DateMention, date] | None:
    """The article's own date line and its day, when the text opens with one: it, not the event's clause, is
    when the article was written, so relative days count from it (the metadata may be wrong by weeks)."""
    found = _dates_in(text, 0, _line_window(text))
    weekday = None
    for i, m in enumerate(found):
        if m.kind == "weekday" and i + 1 < len(found) and not text[m.end:found[i + 1].start].strip(" ,"):
            weekday = m  # "Sunday 25 May 2014": the weekday of the line itself, part of it
            continue
        if m.kind != "date" or m.year is None or len(m.days) != 1:
            return None  # only the first date can be the line
        before = text[:(weekday or m).start]
        if _SENTENCE_STOP.search(before) or (_LINE_BEFORE_NOT.search(before) and not _date_label(before)) \
                or not _LINE_AFTER.match(text, m.end):
            return None
        day = date(m.year, m.month or 1, m.days[0])
        # (a line whose weekday names its own day, "Thu Feb 26 2015", is the page's, however far the metadata is)
        if published is not None and abs((day - published).days) > _LINE_DRIFT and not _own_weekday(text, m, day) \
                and not _opens_alone(text, before, day):
            return None
        return (replace(m, start=weekday.start, text=text[weekday.start:m.end]) if weekday else m), day
    return None


def _line_window(text: str) -> int:
    """Where the text read for a date line ends: `_LINE_REACH`, or just past the first sentence's stop before it.
    A date after that stop is no line, and no expression holds the stop (`stop_in_date`) nor begins with the space
    after it: the dates before the stop are found the same in that sentence alone (often read already, as the
    count reader masks its dates), and whatever comes after them makes `date_line` answer no line either way."""
    reach = min(len(text), _LINE_REACH)
    stop = _SENTENCE_STOP.search(text, 0, reach)
    if stop is None or stop_in_date(text, stop.start()):
        return reach
    return stop.start() + 1


def _date_label(before: str) -> bool:
    """Whether the text before a date is a page's date label ("Date of publication", "Posted on")."""
    label = load_cues().labels.get(normalise(before))
    return label is not None and label.field in ("published", "updated")


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _opens_alone(text: str, before: str, day: date) -> bool:
    """Whether a date line far from the metadata opens the text and the text bears it out: its days told without a
    year ("an August 21 chemical attack") all fall in the two months before the line, and it names no year after the
    line's ("September 8 2013 U.S. leaves door open ..." under a metadata date of 2015: the page's day)."""
    if before.strip() or any(int(y) > day.year for y in _YEAR.findall(text)):
        return False
    told = [date.fromisoformat(v) for m in find_dates(text) if m.kind == "date" and m.year is None
            for v, _ in resolve(m, day)]
    return bool(told) and not any(long_past(d, day) for d in told)


_WEEKDAY_ABBR = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+$")


def _own_weekday(text: str, m: DateMention, day: date) -> bool:
    """Whether the weekday just before the date line ("Thu Feb 26 2015", "Sunday 25 May 2014") is its day's."""
    found = _WEEKDAY_ABBR.search(text, max(0, m.start - 12), m.start)
    return found is not None and found.group(1) == day.strftime("%a")


def _date_event(doc: Document, ev: Event, published, speech: frozenset[str],
                line: DateMention | None = None) -> list[Event]:
    found = _expression(doc, ev, published, speech, line)
    if found is None:
        ev.event_date = published.isoformat() if published else None
        ev.time_precision = 1 if published else None
        return [ev]
    mention, values = found
    copies = [ev] + [_copy(ev) for _ in values[1:]]
    for event, (value, precision) in zip(copies, values, strict=True):
        event.event_date, event.time_precision = value, precision
        event.evidence.append(Evidence.of(doc.text, mention.start, mention.end, "event_date"))
    return copies


def _expression(doc: Document, ev: Event, published, speech: frozenset[str],
                line: DateMention | None = None) -> tuple[DateMention, list[tuple[str, int]]] | None:
    """The resolvable date expression nearest the trigger in the event's sentence; failing that, the
    nearest one earlier in the same paragraph (a paragraph usually keeps to the day it opened with), then
    the paragraph's next sentence ("X attacked Z. ... in the village of Y on June 25"), unless the date opens
    that sentence."""
    if ev.draft is None:
        return None
    sent, anchor = ev.draft.sentence, ev.draft.trigger.start
    hit = _nearest(doc.text, sent.start, sent.end, anchor, published, speech, line, captions=True,
                   holes=ev.draft.backdrop)
    if hit is not None and line is not None and line.start <= hit[0].start < line.end:
        # a headline under its date line: the next sentence's own day of the event, if it tells one, dates it
        return _told_next(doc, sent, published, speech) or hit
    if hit is not None and _said_on(doc.text, sent.start, hit[0].start, speech):
        # only the day a source spoke or a statement came out ("a monitor said Saturday"): the next sentence's own
        # day of the event, in the week up to it ("... clashed throughout Friday night"), dates it
        return _told_next(doc, sent, published, speech, _latest_day(hit[1])) or hit
    if hit is not None:
        return hit
    page = None
    for s in reversed(_earlier_in_paragraph(doc, sent)):
        hit = _nearest(doc.text, s.start, s.end, s.end, published, speech, line)
        if hit is not None and line is not None and line.start <= hit[0].start < line.end:
            page = page or hit  # the page's own date line is the publication's day: the next sentence's day first
            continue
        if hit is not None and _to_come(doc, s, hit[0].start):
            # a day told as to come ("talks are set to open this Saturday") dates no deed told after it, and the
            # days told before it are further from the event still: the article's day
            break
        # (a month long before the report that another sentence tells, "since it launched an assault in
        # September", is that sentence's background, not this event's day)
        if hit is not None and not _long_before(hit[1], published):
            return hit
    following = [s for s in doc.sentences if s.paragraph == sent.paragraph and s.start >= sent.end]
    if following:
        nxt = min(following, key=lambda s: s.start)
        hit = _nearest(doc.text, nxt.start, nxt.end, nxt.start, published, speech, line)
        # a date that opens the next sentence dates what that sentence tells ("In March two blasts ..."), not
        # the event before it; nor does the start of a campaign ("since it began on 30 May") or a month or year
        # long before the report ("Russia joined the war in September") date it: the next sentence is background
        if hit is not None and not _OPENING.fullmatch(doc.text[nxt.start:hit[0].start]) \
                and not _long_before(hit[1], published):
            return hit
    return page


def _told_next(doc: Document, sent: Sentence, published, speech: frozenset[str],
               bound: date | None = None) -> tuple[DateMention, list[tuple[str, int]]] | None:
    """A day (not a week or a month, not when a source spoke, not opening what that sentence tells) in the
    sentence after a headline: "... Condemns Massacre in Atareb. ... committed ... in Atareb on Monday"; in the
    week before `bound` (the article's day unless given)."""
    following = [s for s in doc.sentences if s.paragraph == sent.paragraph and s.start >= sent.end]
    if not following:
        return None
    nxt = min(following, key=lambda s: s.start)
    hit = _nearest(doc.text, nxt.start, nxt.end, nxt.start, published, speech)
    if hit is None or max(map(_PRECISION, hit[1])) != 1 or _OPENING.fullmatch(doc.text[nxt.start:hit[0].start]) \
            or _said_on(doc.text, nxt.start, hit[0].start, speech) \
            or not _days_before(hit[1], bound or published):
        return None
    return hit


def _latest_day(values: list[tuple[str, int]]) -> date | None:
    try:
        return max(date.fromisoformat(v) for v, _ in values)
    except ValueError:  # a partial date ("--05-26"): no year to count from
        return None


def _days_before(values: list[tuple[str, int]], published) -> bool:
    """Whether every day lies in the week before the article's day: a headline retold with its day, not a
    photo caption's older date ("... Syria August 6 2016 (Agencies)") under a headline of the 15th."""
    try:
        return published is not None and all(0 <= (published - date.fromisoformat(v)).days <= _RETOLD_WITHIN
                                              for v, _ in values)
    except ValueError:
        return False


# A date told as the start of a period: "since", "since the beginning of its operations on" (merge reads it too);
# "since", "since the start of its operations (on)"
SINCE_BEFORE = prefiltered(re.compile(
    r"\bsince\s+(?:the\s+)?(?:(?:beginning|start|launch|outbreak)\s+of\b[^,;.]{0,60}?\s+)?$", re.I))


def _long_before(values: list[tuple[str, int]], published) -> bool:
    """A month or a year (no day) that ended more than a month before publication."""
    if published is None or min(map(_PRECISION, values)) == 1:
        return False
    try:
        latest = max(date.fromisoformat(v) for v, _ in values)
    except ValueError:
        return False
    return long_past(latest, published)


def long_past(day: date, published: date) -> bool:
    """Whether a month or a year starting on `day` ended more than a month before publication: background."""
    return (published - day).days > 62


# `_nearest`'s answers for the document being read, by all it reads but the text's identity (its sentences' days are
# asked again for each event of their paragraph: the sentences before an event's, the one after it); cleared with
# `_dates_in` at each run. (Read-only answers: no caller changes a mention or its list of values.)
_NEAREST: dict[tuple, tuple[DateMention, list] | None] = {}


def _nearest(text: str, start: int, end: int, anchor: int, published, speech: frozenset[str] = frozenset(),
             line: DateMention | None = None, captions: bool = False, holes: list[tuple[int, int]] | None = None
             ) -> tuple[DateMention, list] | None:
    """`_nearest_date`, remembered for the document's text when neither `captions` nor `holes` is given (an
    event's own sentence, asked of once)."""
    if captions or holes:
        return _nearest_date(text, start, end, anchor, published, speech, line, captions, holes)
    # (of the date line only its span is read)
    key = (text, start, end, anchor, published, speech, None if line is None else (line.start, line.end))
    if key in _NEAREST:
        return _NEAREST[key]
    if len(_NEAREST) >= _NEAREST_MOST:
        _NEAREST.clear()
    found = _NEAREST[key] = _nearest_date(text, start, end, anchor, published, speech, line)
    return found


_NEAREST_MOST = 4096  # a bound for callers outside the stage, which never clear it


def _nearest_date(text: str, start: int, end: int, anchor: int, published, speech: frozenset[str] = frozenset(),
                  line: DateMention | None = None, captions: bool = False, holes: list[tuple[int, int]] | None = None
                  ) -> tuple[DateMention, list] | None:
    """The finest date of the span; among equals one that opens the sentence ("On 31 December 2019, ..."
    dates all it tells), then one outside parentheses ("Around 5 May (between 3 and 7 May)"), then the
    one nearest the anchor. The article's date line yields to any other day of the clause ("8 Jun 2016
    Russian strikes killed ten on Tuesday": the Tuesday before it). A photo caption's date dates only what
    that caption tells before it, when `captions` (the event's own sentence). A date in one of the `holes` (the
    event's backdrop clauses: "before the army retook the city in December") is another event's."""
    best = None
    for m, values, caption, precision, said, loose, aside in _weighed(text, start, end, published, speech):
        if holes and any(a <= m.start < b for a, b in holes):
            continue
        if caption and not (captions and anchor < m.start):
            continue  # "... Idlib province Syria August 6 2016 (Reuters) A suicide bomber ...": an older photo's
        distance = 0 if m.start <= anchor < m.end else min(abs(m.start - anchor), abs(m.end - anchor))
        own = line is not None and line.start <= m.start < line.end
        # (a source's day, "said on Thursday", still bounds the event closer than the page's own date line)
        rank = (precision, own, said, loose, aside, distance)
        if best is None or rank < best[0]:
            best = (rank, m, values)
    return (best[1], best[2]) if best else None


# A date of a sentence as `_nearest_date` weighs it: the mention, its values, whether it is a photo caption's date,
# its finest precision, whether a source spoke on it, whether it does not open the sentence, whether it stands in
# parentheses (all the rank reads of it but its distance from the anchor and the date line)
Weighed = tuple[DateMention, list[tuple[str, int]], bool, int, bool, bool, bool]

# `_weighed`'s answers for the document being read: a sentence is asked of for each event it tells (with the event's
# anchor, backdrop holes and captions) and again by the walks of its paragraph's other events; cleared at each run.
_WEIGHED: dict[tuple, list[Weighed]] = {}


def _weighed(text: str, start: int, end: int, published, speech: frozenset[str]) -> list[Weighed]:
    """The resolvable dates of text[start:end] that may date an event, each with what `_nearest_date` ranks it by
    that is the same whatever the anchor, the date line, the holes or the caption rule: read once per sentence."""
    key = (text, start, end, published, speech)
    found = _WEIGHED.get(key)
    if found is not None:
        return found
    found = []
    for m in _dates_in(text, start, end):
        values = resolve(m, published)
        if not values or m.text[:6].lower() == "since " or SINCE_BEFORE.search(text, start, m.start):
            continue  # "under the group's control since August": the start of a state of things, no event's day
        before = text[start:m.start]
        found.append((m, values, _caption_date(text, m), min(map(_PRECISION, values)),
                      _said_on(text, start, m.start, speech), not _OPENING.fullmatch(before),
                      before.count("(") > before.count(")")))
    if len(_WEIGHED) >= _NEAREST_MOST:
        _WEIGHED.clear()
    _WEIGHED[key] = found
    return found


# A photo caption's date: a full date with its year followed by the picture's credit ("August 6 2016. (Reuters)").
_CAPTION_AFTER = re.compile(r"\.?\s*\([A-Z][^()]{0,40}\)")


def _caption_date(text: str, m: DateMention) -> bool:
    return m.kind == "date" and m.year is not None and _CAPTION_AFTER.match(text, m.end) is not None


_PARTS_OF_DAY = ("late", "early")  # the words `word_before` steps over before a date ("said late Saturday")


def _said_on(text: str, start: int, at: int, speech: frozenset[str]) -> bool:
    """Whether the date at `at` tells when a source spoke ("a monitoring group said on Saturday"), not when the
    event happened: a day of the same precision told otherwise ("Tuesday's executions") dates it before this one."""
    word = word_before(text, max(start, at - 30), at)
    return word is not None and word.casefold() in speech


def _word_start(text: str, lo: int, end: int) -> int:
    """Where the run of `[\\w'’]` characters (a word's, apostrophes included) that ends at `end` begins, not before
    `lo`."""
    while lo < end and (word_character(char := text[end - 1]) or char == "'" or char == "’"):
        end -= 1
    return end


def word_before(text: str, lo: int, at: int) -> str | None:
    """The word the search of `([\\w'’]+)\\s+(?:(?:late|early)\\s+)?$` in text[lo:at] captures (the last word
    before the white space that ends the window, or the word before a last "late" or "early"), read back from
    `at`: the search tried the pattern at every position of the window, and every split of each word."""
    end = space_start(text, lo, at)
    if end == at:
        return None  # (no white space ends the window)
    begin = _word_start(text, lo, end)
    if begin == end:
        return None
    last = text[begin:end]
    if last in _PARTS_OF_DAY and begin > lo and text[begin - 1].isspace():
        # ("said late Saturday": the word before the part of the day, where one ends right before its white space)
        stop = space_start(text, lo, begin)
        first = _word_start(text, lo, stop)
        if first < stop:
            return text[first:stop]
    return last


# What may come before a date that opens a sentence: "On", "Around", "On or about", "Overnight on", ...
_OPENING = re.compile(r"\W*(?:(?:on\s+or\s+(?:about|around|before|after)|on|around|about|between|from|"
                      r"late\s+on|early\s+on|overnight\s+on|in\s+the\s+(?:night|morning|evening)\s+of|"
                      r"during\s+the\s+night\s+of)\s+)?(?:the\s+)?", re.I)


@lru_cache(maxsize=512)
def _dates_in(text: str, start: int, end: int) -> tuple[DateMention, ...]:
    return tuple(find_dates(text, start, end))


# a day told from the article's week forward ("this Saturday", "next Monday", "the coming Friday")
_AHEAD = re.compile(r"\b(?:this|next|coming)\s+$", re.I)


def _to_come(doc: Document, sent: Sentence, at: int) -> bool:
    """Whether the day at `at` is told ahead ("this Saturday") after a future cue of its sentence ("is set to take
    place in Lausanne this Saturday", cues.yaml `future`): the day of what is to come, not of an event told after
    it (a dated past named in a future sentence, "sites to be visited include X, attacked on March 19", stays)."""
    return _AHEAD.search(doc.text, max(sent.start, at - 10), at) is not None and any(
        m.kind == "cue" and m.label == "future" and sent.start <= m.start < at for m in doc.mentions)


def _earlier_in_paragraph(doc: Document, sent: Sentence) -> list[Sentence]:
    return [s for s in doc.sentences if s.paragraph == sent.paragraph and s.end <= sent.start]


def _copy(ev: Event) -> Event:
    return replaced(ev, assoc_actor_1=list(ev.assoc_actor_1), assoc_actor_2=list(ev.assoc_actor_2),
                    attributed_to=list(ev.attributed_to), evidence=list(ev.evidence), draft=copy.copy(ev.draft))
