"""Retellings: a body sentence telling an event of its document again (a later toll, a quote, a caption, a detail,
a condemnation) is merged into that event (data/lexicon/retellings.yaml). The merge stage calls `agreement` for a
later event and an earlier one after its own same-type merges; this module only decides whether, and why."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import islice
from pathlib import Path

from warscribe.knowledge import located
from warscribe.knowledge.patterns import lacks_words
from warscribe.knowledge.prefilter import prefiltered
from warscribe.model import Event

RETELLINGS_FILE = Path(__file__).resolve().parents[1] / "data" / "lexicon" / "retellings.yaml"


@dataclass(frozen=True)
class Rules:
    min_sentences: int
    family: dict[str, str]
    told_apart: frozenset[frozenset[str]]
    vague: frozenset[str]
    either_way: frozenset[str]
    data: located.Located
    same_toll_min: int = 0
    day_lag: int = 0
    listed_gap: int = 0
    one_way: frozenset[str] = frozenset()
    flyers: frozenset[int] = frozenset()
    sharpened: frozenset[tuple[str, str, str]] = frozenset()


@cache
def rules() -> Rules:
    data = located.load(RETELLINGS_FILE)
    d = data.data or {}
    family = {sub: name for name, subs in (d.get("families") or {}).items() for sub in subs}
    apart = frozenset(frozenset(pair) for pair in d.get("told_apart") or [])
    return Rules(int(d.get("min_sentences", 5)), family, apart, frozenset(d.get("vague") or []),
                 frozenset(d.get("either_way") or []), data, int(d.get("same_toll_min") or 0),
                 int(d.get("day_lag") or 0), int(d.get("listed_gap") or 0), frozenset(d.get("one_way") or []),
                 frozenset(int(i) for i in d.get("flyers") or []),
                 frozenset((r["type"], r["sub"], r["by"]) for r in d.get("sharpened") or []))


def sharper_type(earlier: Event, later: Event) -> tuple[str, str] | None:
    """The retelling's type and sub-event type when it names the weapon of an event told before in generic terms
    ("a civilian massacre" then "airstrikes killed 25 children"), by the same actor 1 or the event naming none
    (retellings.yaml `sharpened`); else None."""
    if (earlier.event_type, earlier.sub_event_type, later.event_type) not in rules().sharpened:
        return None
    if earlier.actor1 not in (None, later.actor1):
        return None
    return later.event_type, later.sub_event_type


@cache
def _words(key: str) -> re.Pattern[str]:
    """One case-blind alternation of a word list of the data file (a pattern matching nothing when it is empty)."""
    words = rules().data.data.get(key) or []
    return prefiltered(re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)) if words \
        else re.compile("(?!)")


def adds_to_toll(words: str) -> bool:
    """Whether a count's words tell deaths on top of a toll already told ("three more", "another seven"; not
    "more than fifty")."""
    return bool(_words("adds_to_toll").search(_words("not_adding").sub(" ", words)))


def summed_parts_most() -> int:
    """How many reports of one event's dead at most are tried as the parts that sum to another report's toll
    (`summed_parts` of the data file)."""
    return int(rules().data.data.get("summed_parts") or 0)


def lone_death_beside() -> int:
    """The least exact toll of an event beside which a report of one death is a part of it, the one named among the
    dead (`lone_death_beside` of the data file; 0: never)."""
    return int(rules().data.data.get("lone_death_beside") or 0)


def superseded(opening: str) -> bool:
    """Whether the words of a sentence before its count tell the count as an earlier, superseded report ("Earlier it
    was reported that ...": `superseded` of the data file)."""
    return bool(_words("superseded").search(opening))


def toll_kind(before: str, words: str, victims: str) -> str:
    """How a count tells a toll, from the few words before it, its words and its victim words: "risen" ("the death
    toll rose to 30"), "part" (some of the dead: "21 others died", "as well as the 10 killed on the bus"), else ""."""
    if _words("updates_toll").search(f"{before} {words}"):
        return "risen"
    head = " ".join(victims.split()[:1])
    return "part" if _words("part_of_toll").search(before) or _words("part_heads").fullmatch(head) or \
        within_toll(words) else ""


def within_toll(words: str) -> bool:
    """Whether a count's own words make it a part of a toll told before ("six women were among those killed":
    `part_within` of the data file)."""
    return bool(_words("part_within").search(words)
                or (not lacks_words(words, _of_phrases()) and _part_of_number().search(words)))


@cache
def _of_phrases() -> tuple[str, ...]:
    """`part_of_number` of the data file, lower-case: every match of `_part_of_number` and `_part_before` holds one
    as written, so a text lacking them all (`lacks_words`) holds no match."""
    return tuple(str(w).lower() for w in rules().data.data.get("part_of_number") or [])


@cache
def _part_of_number() -> re.Pattern[str]:
    """`part_of_number` of the data file right after a figure ("nine of those killed", "10 of them"); after a noun
    ("33 members of the Islamic State") the words name the group the dead belonged to, no toll they are part of."""
    words = rules().data.data.get("part_of_number") or []
    figures = _figures()
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:\b\d+|\b(?:{figures}))\s+(?:{alt})\b", re.I) if words and figures else re.compile("(?!)")


@cache
def _figures() -> str:
    """The number words of numbers.yaml (`words`) as one alternation, the longest first ("" when there are none)."""
    numbers = located.load(RETELLINGS_FILE.parent / "numbers.yaml").data.get("words") or {}
    return "|".join(re.escape(w) for w in sorted(numbers, key=len, reverse=True))


@cache
def _part_before() -> tuple[re.Pattern[str], re.Pattern[str]]:
    quantifiers = "|".join(re.escape(w) for w in rules().data.data.get("part_of_group") or []) or "(?!)"
    of = "|".join(re.escape(w) for w in rules().data.data.get("part_of_number") or []) or "(?!)"
    return (re.compile(_part_of_number().pattern + r"\s+$", re.I),
            prefiltered(re.compile(rf"\b(?:{quantifiers})\s+(?:{of})\s+$", re.I)))


def part_of_group(text: str, start: int) -> bool:
    """Whether the side named at `start` is told as some of a group named before ("two of the fighters fired
    shots", "most of the militants", "three of them stormed the post": `part_of_number`, after a figure or a
    `part_of_group` quantifier, just before it)."""
    reach = max(0, start - 30)
    if lacks_words(text[reach:start], _of_phrases()):
        return False  # (most sides: no "of the", "of them" just before, which both patterns end with)
    figure, quantifier = _part_before()
    return figure.search(text, reach, start) is not None or quantifier.search(text, reach, start) is not None


def among_told_toll(words: str) -> bool:
    """Whether a count's own words place its dead among a toll told before ("six women were among those killed":
    `among_told_toll` of the data file), not a share of a group ("three of the suspects were killed")."""
    return bool(_words("among_told_toll").search(words))


@cache
def _running_total() -> re.Pattern[str]:
    return re.compile(_words("running_total").pattern + r"\W*$", re.I)


def running_total(before: str) -> bool:
    """Whether the words just before a count sum it with other reports' deaths ("bringing to 45 the number killed":
    `running_total` of the data file)."""
    return _running_total().search(before) is not None


def splits_toll(after: str) -> bool:
    """Whether the words after a count go on to count more dead elsewhere ("... and another five near the border",
    "... in Bab al-Nasr and seven others in Fardous": `splits_toll`, or `splits_toll_counted` after a figure), unless
    those others are wounded ("and seven others were injured")."""
    if _words("splits_toll").search(after):
        return True
    m = _counted_share().search(after)
    return m is not None and not _words("splits_toll_not_dead").search(after, m.end(), m.end() + 40)


def cause_kind(word: str) -> str | None:
    """The kind of weapon a cause word names (`cause_kinds` of the data file: "strikes" air, "fire" ground), if any."""
    return _cause_kinds().get(word.strip().lower())


@cache
def _cause_kinds() -> dict[str, str]:
    kinds = rules().data.data.get("cause_kinds") or {}
    return {str(w).lower(): kind for kind, words in kinds.items() for w in words or ()}


@cache
def _counted_share() -> re.Pattern[str]:
    """"and" (`splits_toll_counted` joins), a figure, then a word of more people (`splits_toll_counted` heads)."""
    spec = rules().data.data.get("splits_toll_counted") or {}
    figures = _figures()
    joins = "|".join(re.escape(w) for w in spec.get("joins") or [])
    heads = "|".join(re.escape(w) for w in spec.get("heads") or [])
    if not (figures and joins and heads):
        return re.compile("(?!)")
    return re.compile(rf"\b(?:{joins})\s+(?:\d+|{figures})\s+(?:{heads})\b", re.I)


def other_strike_clause(text: str, start: int, end: int) -> int | None:
    """Where the last clause opened by a word of `other_strike_breaks` between two offsets starts, if any."""
    found = list(_words("other_strike_breaks").finditer(text, start, end))
    return found[-1].end() if found else None


def _lost_openers() -> str:
    """The openers of `lost_breaks` (the data file) as one case-sensitive choice, as written."""
    return "|".join(re.escape(w) for w in rules().data.data.get("lost_breaks") or []) or "(?!)"


@cache
def _lost_break() -> re.Pattern[str]:
    # (case-sensitive: a lower-case word, then the capitalised opener, then a lower-case word again; a title's "People
    # In Aleppo" is no break)
    return re.compile(rf"(?<=[a-z])\s+(?:{_lost_openers()})\s+(?=[a-z])")


@cache
def _lost_words() -> re.Pattern[str]:
    """The openers of `_lost_break` alone (case-sensitive): every match of it holds one."""
    return re.compile(_lost_openers())


def lost_break(text: str, start: int, end: int) -> int | None:
    """Where the last sentence run into the one before it with its full stop lost ("... in Aleppo province In the
    government-held west ...": `lost_breaks` of the data file) begins between two offsets, if any."""
    if _lost_words().search(text, start, end) is None:
        # (no opener between the offsets, the case of most: the search of the capitalised words skips along by their
        # first letters, where the pattern's look-behind is tried at every position)
        return None
    found = list(_lost_break().finditer(text, start, end))
    return found[-1].start() + len(found[-1].group()) - len(found[-1].group().lstrip()) if found else None


@cache
def _second_source() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = rules().data.data.get("second_source") or {}

    def alt(key: str) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in raw.get(key) or []) or "(?!)"
    return re.compile(rf"\b(?:{alt('joins')})\b", re.I), re.compile(rf"\b(?:{alt('tellers')})\b", re.I)


def second_source(between: str) -> bool:
    """Whether the words between two tolls of a sentence hand the second to another source ("..., while state media
    said": `second_source` of the data file): a joining word, then a word that tells who says it."""
    joins, tellers = _second_source()
    join = joins.search(between)
    return join is not None and tellers.search(between, join.end()) is not None


@cache
def other_strike_frames() -> frozenset[str]:
    """The strike frames whose toll a second strike of another kind, told in a clause of its own, keeps to itself."""
    return frozenset(rules().data.data.get("other_strike_frames") or [])


@cache
def other_act_frames() -> frozenset[str]:
    """The frames whose verb, in a second clause after a strike, tells an act of its own that keeps its toll
    (retellings.yaml `other_act_frames`: "while snipers shot dead two civilians")."""
    return frozenset(rules().data.data.get("other_act_frames") or [])


# compiled once: re's module functions look each pattern up in its cache at every call
_WORD = re.compile(r"\w+")
_LAST_WORD = re.compile(r"([\w'’]+)\s+$")


def listed_together(between: str) -> bool:
    """Whether the words between two place names are few enough (`listed_gap`) for one list of the places one
    event hit ("Mazzeh 86 and Harasta", "the town of Atareb"), not two clauses."""
    gap = rules().listed_gap
    # (words counted up to one past the gap: the text between two names may run for paragraphs)
    return sum(1 for _ in islice(_WORD.finditer(between), gap + 1)) <= gap


def refers_back(text: str, start: int) -> bool:
    """Whether the event word at `start` is told by a definite word just before it ("the bombing", "the strikes",
    "this attack"): a report of an event already told, not a new one (`refers_back` of the data file)."""
    # (the window searched in place: the pattern reads nothing outside it, "$" at its end as at a slice's)
    before = _LAST_WORD.search(text, max(0, start - 20), start)
    if before is None:
        return False
    word = before.group(1)
    folded = _ascii_words("refers_back")
    if folded is not None and word.isascii():
        return word.lower() in folded  # (an ASCII word: a set look-up answers as the case-blind pattern)
    return bool(_words("refers_back").fullmatch(word))


@cache
def _ascii_words(key: str) -> frozenset[str] | None:
    """The lower-case words of a word list of the data file that `_words`' pattern, matched in full, finds in an
    ASCII word: those that begin and end with a word character (a "\\b" on either side) and hold only characters
    no ASCII one matches case-blind but their own; None where a word holds one that another ASCII one matches."""
    words = rules().data.data.get(key) or []
    ascii_chars = [chr(i) for i in range(128)]
    for word in words:
        for ch in word:
            if not ch.isascii() and any(re.fullmatch(re.escape(ch), a, re.I) for a in ascii_chars):
                return None  # (a long s matches "s" case-blind: the pattern is asked)
    return frozenset(w.lower() for w in words if w.isascii() and re.fullmatch(r"\w(?:.*\w)?", w, re.S))


@cache
def _dead_before() -> re.Pattern[str]:
    return re.compile(_words("dead_told_before").pattern + r"\s+$", re.I)


def dead_told_before(text: str, start: int) -> bool:
    """Whether the death word at `start` names the dead a report told before ("most of those killed were in their
    homes": `dead_told_before` of the data file, just before it): detail of that event, no killing of its own."""
    return _dead_before().search(text[max(0, start - 20):start]) is not None


@cache
def _victims_before() -> re.Pattern[str]:
    # (a passive: the auxiliary, perhaps an adverb, then a participle: "Many of them were fighting" is no victims')
    return re.compile(r"\s*[\"']?(?:" + _words("victims_told_before").pattern + r")\s+(?:"
                      + _words("victims_told_before_verbs").pattern + r")\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en)|"
                      + _words("victims_told_before_participles").pattern + r")\b", re.I)


def victims_told_before(text: str, sentence_start: int) -> bool:
    """Whether the sentence at `sentence_start` opens with a word for victims counted before as the subject of a
    passive ("Most were executed ...": `victims_told_before` of the data file): the detail of that event."""
    return _victims_before().match(text, sentence_start) is not None


def beside_place(text: str, start: int) -> bool:
    """Whether the place named at `start` is told as one beside the event's by a word a few words before it ("the
    nearby town of Salamiyeh": `beside_place` of the data file): another scene, not the event's told again."""
    reach = int(rules().data.data.get("beside_reach") or 0)
    before = _WORD.findall(text[max(0, start - 12 * reach):start])[-reach:] if reach else []
    return any(map(_words("beside_place").fullmatch, before))


def tells_another(text: str, start: int) -> bool:
    """Whether the event word at `start` is told as a new event of its kind by one of the two words before it
    ("in another air strike", "separate Russian raids": `tells_another` of the data file)."""
    before = _WORD.findall(text[max(0, start - 40):start])[-2:]
    return any(map(_words("tells_another").fullmatch, before))  # (no generator frame per word)


def _same_family(earlier: Event, later: Event, definite: bool = False) -> str | None:
    """The family both sub-event types belong to, unless they are a pair told apart (a vague name retells any,
    and so does a definite back-reference: "the bombing" after a gas attack tells how it was done)."""
    r = rules()
    a, b = earlier.sub_event_type, later.sub_event_type
    name = r.family.get(a)
    if name is None or r.family.get(b) != name:
        return a if a == b else None
    if _told_apart(a, b) and not definite:
        return None
    return name


def _told_apart(a: str | None, b: str | None) -> bool:
    """Two sub-event types of one family that the data file keeps apart ("Air/drone strike", "Shelling")."""
    return a != b and frozenset((a, b)) in rules().told_apart


def _region(ev: Event) -> bool:
    """Placed by a region or the country only (a locality the gazetteer places at its region's seat is still a
    locality: two of them are two places)."""
    return ev.location is None or ev.location in (ev.admin1, ev.country)


def _place(earlier: Event, later: Event, later_placed: bool, named: frozenset[str] = frozenset(),
           loose: bool = True) -> str | None:
    """How the later report's place fits: its sentence names none, the same place, one the event's own report
    named beside the place it was put at (`named`: "shells on Mazzeh and Harasta"), or one holds the other."""
    if not later_placed:
        return "it names no place of its own"
    if earlier.country != later.country:
        return None
    if earlier.location == later.location:
        return f"the same place ({later.location})"
    if loose and later.location in named:
        return f"{later.location} is a place the event's report named"
    if later.location == later.country or earlier.location == earlier.country:
        return f"{later.location} and {earlier.location} are in one country"
    if (_region(earlier) or _region(later)) and earlier.admin1 is not None and earlier.admin1 == later.admin1:
        return f"{later.location} and {earlier.location} are in {earlier.admin1}"
    return None


def _day(earlier: Event, later: Event, later_dated: bool, earlier_dated: bool = True, loose: bool = True) -> str | None:
    """How the later report's day fits: none of its own, the same day, or, when the event's day is only the
    report's (a dateline, the publication) and `loose` (the later report pins the event down by its place or
    its toll), a day at most `day_lag` days before it ("on Monday")."""
    if not later_dated:
        return "it names no day of its own"
    if later.event_date == earlier.event_date:
        return f"the same day ({later.event_date})"
    lag = _days_before(later.event_date, earlier.event_date)
    if loose and not earlier_dated and lag is not None and 0 < lag <= rules().day_lag:
        return f"it tells the day ({later.event_date}) of an event dated by the report ({earlier.event_date})"
    return None


def _days_before(a: str | None, b: str | None) -> int | None:
    """How many days day a is before day b (None unless both are full dates)."""
    try:
        return (date.fromisoformat(b or "") - date.fromisoformat(a or "")).days
    except ValueError:
        return None


def _side(ev: Event, n: int) -> set[str]:
    main = ev.actor1 if n == 1 else ev.actor2
    return ({main} if main else set()) | set(ev.assoc_actor_1 if n == 1 else ev.assoc_actor_2)


def _fits(earlier: Event, later: Event, n: int, m: int, unknown: set[str | None]) -> bool:
    """The later report's actor n is unnamed, unidentified, one of the earlier event's side m, or fills it."""
    name = later.actor1 if n == 1 else later.actor2
    held = earlier.actor1 if m == 1 else earlier.actor2
    return name is None or name in unknown or name in _side(earlier, m) or \
        (held is None and name not in _side(earlier, 3 - m))


def _actors(earlier: Event, later: Event, unknown: set[str | None], either_way: bool) -> str | None:
    """Each side the later report names is the earlier event's same side (either side, in fighting: "A attacked B"
    and "B repelled A"), or one the earlier event lacks."""
    straight = _fits(earlier, later, 1, 1, unknown) and _fits(earlier, later, 2, 2, unknown)
    swapped = either_way and _fits(earlier, later, 1, 2, unknown) and _fits(earlier, later, 2, 1, unknown)
    if not (straight or swapped):
        return None
    named = {later.actor1, later.actor2} - unknown - {None}
    if named and not straight:
        return "its actors are the event's, told the other way round"
    return "its actors are the event's" if named else "it names no actor of its own"


def agreement(earlier: Event, later: Event, *, later_placed: bool, later_dated: bool,
              unknown: set[str | None], definite: bool = False, named: frozenset[str] = frozenset(),
              earlier_dated: bool = True, same_toll: int = 0, tolls_differ: bool = False,
              lede: bool = False) -> tuple[str, str] | None:
    """Why the later report retells the earlier event, and the data line of the family that lets it (None when
    it does not). `unknown`: the later report's actor names that stand for no one in particular (an unidentified
    armed group); `definite`: the later report's event word refers back ("the strikes"), so a pair of types told
    apart may still be one event; `named`: the places the event's own report named; `earlier_dated`: whether the
    event's day was told by its report, not only by a dateline or the publication; `same_toll`: the exact toll
    both tell (0 when they do not), which makes two types read from one killing ("executed 19 men" typed a clash
    after the headline's execution) one event when the same actor 1 is named; `tolls_differ`: both tell a whole
    toll and no figure is shared, so another place the report named or a day before the report's tells another
    event ("54 killed" in the headline, "25 killed on Tuesday" in the body); `lede`: the earlier report is the
    headline and the later its lede, the body's first sentence."""
    family = _same_family(earlier, later, definite)
    if family is None:
        return _same_killing(earlier, later, later_placed=later_placed, later_dated=later_dated, named=named,
                             earlier_dated=earlier_dated, same_toll=same_toll) or \
            (_lede_retold(earlier, later, later_placed=later_placed, later_dated=later_dated, named=named,
                          earlier_dated=earlier_dated) if lede else None)
    apart = definite and _told_apart(earlier.sub_event_type, later.sub_event_type)
    kind = f"one kind of event ({family}{', told by a word referring back' if apart else ''})"
    loose = not tolls_differ
    # a word referring back ("the blast", "Saturday's blast") pins the event as a place or a toll shared would
    pinned = bool(same_toll) or definite or (later_placed and (later.location == earlier.location
                                                               or later.location in named))
    reasons = [kind, _place(earlier, later, later_placed, named, loose),
               _day(earlier, later, later_dated, earlier_dated, loose and pinned),
               _actors(earlier, later, unknown, family in rules().either_way or sides_read_wrongly(earlier, later))]
    if None in reasons:
        return None
    where = rules().data.where("families", family) if family in rules().data.data.get("families", {}) \
        else rules().data.name
    return ", ".join(r for r in reasons if r), where


def sides_read_wrongly(earlier: Event, later: Event) -> bool:
    """Whether both reports are of a type only one side carries out (`one_way`: an air strike) and the later one
    names the event's two sides the other way round, with a force that flies (`flyers`, by interaction code) as
    the striker where the event has one that does not ("IS struck the Syrian jets" read before "the Syrian jets
    bombed IS"): one strike read wrongly once, not a strike and its reply."""
    flyers = rules().flyers
    return {earlier.sub_event_type, later.sub_event_type} <= rules().one_way and \
        None not in (earlier.actor1, earlier.actor2) and \
        (later.actor1, later.actor2) == (earlier.actor2, earlier.actor1) and \
        later.inter1 in flyers and earlier.inter1 not in flyers


def _same_killing(earlier: Event, later: Event, *, later_placed: bool, later_dated: bool, named: frozenset[str],
                  earlier_dated: bool, same_toll: int) -> tuple[str, str] | None:
    """Two types of two families, one killing: the same exact toll (at least `same_toll_min`) by the same named
    actor 1, at a place and on a day that fit (actor 2 is left aside: each type names its victims its own way)."""
    if not same_toll or same_toll < rules().same_toll_min or later.actor1 is None or later.actor1 != earlier.actor1:
        return None
    reasons = [f"the same toll ({same_toll}) by the same actor ({later.actor1})",
               _place(earlier, later, later_placed, named), _day(earlier, later, later_dated, earlier_dated)]
    if None in reasons:
        return None
    return ", ".join(r for r in reasons if r), rules().data.where("same_toll_min")


def _lede_retold(earlier: Event, later: Event, *, later_placed: bool, later_dated: bool, named: frozenset[str],
                 earlier_dated: bool) -> tuple[str, str] | None:
    """A headline and its lede telling one attack by the same named actor 1, at a place and on a day that fit, typed
    apart only by whether the attacked fought back (`lede_types`: an attack on civilians in the headline, a battle
    in the lede that tells the troops it killed): one event, whatever the tolls (ACLED keeps the lowest)."""
    types = frozenset(rules().data.data.get("lede_types") or ())
    if later.actor1 is None or later.actor1 != earlier.actor1 or earlier.event_type == later.event_type \
            or {earlier.event_type, later.event_type} - types:
        return None
    reasons = [f"a headline and its lede telling one attack by the same actor ({later.actor1})",
               _place(earlier, later, later_placed, named), _day(earlier, later, later_dated, earlier_dated)]
    if None in reasons:
        return None
    return ", ".join(r for r in reasons if r), rules().data.where("lede_types")


def _any_strike() -> dict:
    return rules().data.data.get("any_strike") or {}


@cache
def strike_frames() -> frozenset[str]:
    """The frames a word that names any strike or blast ("the bombings") may stand for (`any_strike`)."""
    return frozenset((_any_strike().get("frames") or {}).values())


def strike_frame(sub_event_type: str) -> str | None:
    """The frame of a strike or blast coded as this sub-event type (`any_strike`), else None."""
    return (_any_strike().get("frames") or {}).get(sub_event_type)


def _generic_strike() -> dict:
    return rules().data.data.get("generic_strike") or {}


def generic_strike_frame(sub_event_type: str) -> str | None:
    """The frame of a strike of a known kind coded as this sub-event type that a generic word for a strike told
    after it may stand for (`generic_strike`), else None."""
    return (_generic_strike().get("frames") or {}).get(sub_event_type)


def generic_strike_delivery(frame: str | None) -> frozenset[str]:
    """The frames of the strikes that deliver a strike of this frame (`generic_strike` `delivered_by`: a chemical
    attack by air strikes or shells), which a definite word after it retells."""
    return frozenset((_generic_strike().get("delivered_by") or {}).get(frame or "", ()))


def generic_strike_delivery_means(frame: str | None) -> frozenset[str]:
    """The means classes that deliver a strike of this frame (`generic_strike` `delivered_by_means`: a gas attack by
    jets or shells), which do not make a definite word for a strike after it another strike."""
    return frozenset((_generic_strike().get("delivered_by_means") or {}).get(frame or "", ()))


@cache
def generic_strike_frames() -> frozenset[str]:
    """The frames of strikes of a known kind (`generic_strike`)."""
    return frozenset((_generic_strike().get("frames") or {}).values())


def generic_strike_toll_reach() -> int:
    """How many sentences back a strike may be told for a toll with no word for it to be its toll."""
    return int(_generic_strike().get("toll_reach") or 0)


def toll_frame(frame: str) -> bool:
    """Whether a frame only tells a toll (`generic_strike` toll_frames: "killed", "died")."""
    return frame in (_generic_strike().get("toll_frames") or [])


def strike_weapon(means_class: str) -> bool:
    """Whether a means class decides a strike's type by itself (`generic_strike` weapons)."""
    return means_class in (_generic_strike().get("weapons") or [])


def _ground_bombing() -> dict:
    return rules().data.data.get("ground_bombing") or {}


@cache
def _ground_bombing_words() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in _ground_bombing().get("words") or [])


def ground_bombing_word(frame: str, word: str) -> bool:
    """Whether a trigger is a word for a bombing that does not say from where ("the bombing", "bombed"), read as
    its default frame (`ground_bombing`)."""
    return frame == _ground_bombing().get("frame") and word.casefold() in _ground_bombing_words()


@cache
def _ground_labels() -> dict[str, frozenset[str]]:
    """The labels `ground_bomb` and `air_told` look for, by mention kind (the `ground_bombing` lists as sets, read
    once: assemble asks of every trigger and means of a document)."""
    g = _ground_bombing()
    return {"trigger": frozenset(g.get("ground") or ()), "means": frozenset(g.get("ground_means") or ()),
            "air": frozenset(g.get("air") or ())}


def ground_bomb(kind: str, label: str) -> bool:
    """Whether a trigger (kind "trigger", its frame) or a means (kind "means", its class) tells a bomb on the
    ground (`ground_bombing`)."""
    return (kind == "trigger" or kind == "means") and label in _ground_labels()[kind]


def air_told(kind: str, label: str) -> bool:
    """Whether a means (its class) tells aircraft (`ground_bombing` air)."""
    return kind == "means" and label in _ground_labels()["air"]


def ground_bombing_reach() -> int:
    """How many sentences apart a ground bomb may be told for a bombing word to be it (`ground_bombing`)."""
    return int(_ground_bombing().get("reach") or 0)


def ground_frame() -> str:
    """The frame a bombing word told as a ground bomb takes (the first of `ground_bombing` ground)."""
    return str((_ground_bombing().get("ground") or ["explosion"])[0])


@cache
def _generic_strike_words() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in _generic_strike().get("words") or [])


def generic_strike_word(word: str) -> bool:
    """Whether an event noun is a generic word for a strike ("attacks", "the strikes")."""
    return word.casefold() in _generic_strike_words()


def another_strike(before: str) -> bool:
    """Whether the word just before a generic strike word says it is another strike (`generic_strike` another:
    "another attack"), not the one told before."""
    words = before.split()
    return bool(words) and words[-1].casefold() in _another_words()


@cache
def _another_words() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in _generic_strike().get("another") or [])


def generic_strike_verb(word: str) -> bool:
    """Whether a verb strikes with no weapon named (`generic_strike` verbs: "had also targeted the district")."""
    return word.casefold() in _strike_verbs()


@cache
def _strike_verbs() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in _generic_strike().get("verbs") or [])


def generic_strike_verb_reach() -> int:
    """How many sentences back the same doer's strike may be told for a strike verb to be of its kind."""
    return int(_generic_strike().get("verb_reach") or 0)


def generic_strike_reach() -> int:
    """How many sentences back a strike may be told for a generic word to stand for it (`generic_strike`)."""
    return int(_generic_strike().get("reach") or 0)


@cache
def _as_time() -> re.Pattern[str]:
    words = "|".join(re.escape(str(w)) for w in _any_strike().get("time") or []) or "(?!)"
    return re.compile(rf"\b(?:{words})\s+the\s+$", re.I)


def told_as_time(text: str, start: int) -> bool:
    """Whether the event noun at `start` is told as the time of another event ("after the bombings")."""
    return _as_time().search(text, max(0, start - 20), start) is not None


@cache
def _strike_words() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in _any_strike().get("words") or [])


def any_strike_word(word: str) -> bool:
    """Whether an event noun names any strike or blast without saying which ("bombing", "blast")."""
    return word.casefold() in _strike_words()


@cache
def _like() -> re.Pattern[str]:
    words = sorted((" ".join(str(w).split()) for w in _any_strike().get("like") or []), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"
    return re.compile(rf"\b(?:{alternatives})\s+(?:[\w'’-]+\s+)?$", re.I)


def like_before(text: str, start: int) -> bool:
    """Whether the event noun at `start` is told as of the kind of one told before ("a similar bombing")."""
    return _like().search(text, max(0, start - 30), start) is not None


def answers_fire(text: str, start: int, end: int) -> bool:
    """Whether the words after the event word at `start`, up to `end` (its sentence's end), aim it at where the fire
    of another event came from ("army units then targeted the sources of the shelling": the reply, another event;
    `answers_fire` of the data file)."""
    return _words("answers_fire").search(text, start, end) is not None
