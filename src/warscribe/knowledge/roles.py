"""ACLED's role conventions the sentence's words do not settle, read from data/lexicon/roles.yaml."""

from __future__ import annotations

import re
import sys
from bisect import bisect_left
from collections.abc import Callable, Iterable
from functools import cache
from itertools import pairwise
from pathlib import Path

from warscribe.knowledge import located
from warscribe.knowledge.patterns import (
    LAST,
    alternation,
    fewest_words,
    first_letters,
    lacks_words,
    lower_form,
    starts_with,
    token_trie,
    word_trie,
)
from warscribe.knowledge.prefilter import prefiltered

ROLES_FILE = Path(__file__).resolve().parents[1] / "data" / "lexicon" / "roles.yaml"


@cache
def _data() -> dict:
    return located.data_file(ROLES_FILE)


@cache
def crowd_ranks() -> dict[tuple[str, str], int]:
    """(event type, sub-event type) -> rank (0 first) of the crowd events that combine into one."""
    return {(e["type"], e["sub"]): i for i, e in enumerate(_data()["crowd_combine"])}


def civilian_target(event_type: str, sub_event_type: str) -> bool:
    """Whether an event of this type with no target named has civilians as actor 2."""
    return any(e["type"] == event_type and e.get("sub", sub_event_type) == sub_event_type
               for e in _data()["civilian_targets"])


def no_civilian_side(event_type: str, sub_event_type: str, label: str) -> bool:
    """Whether an event of this type never has civilians named by this mention label as a side (roles.yaml
    `no_civilian_side`)."""
    return any(e["type"] == event_type and e.get("sub", sub_event_type) == sub_event_type
               and label in e.get("labels", (label,)) for e in _data().get("no_civilian_side") or ())


def force_met(sub_event_type: str) -> bool:
    """Whether a crowd event of this sub-event type takes the state force its report names as actor 2."""
    return sub_event_type in _data()["force_met"]["sub_event_types"]


def names_a_place(word_after: str) -> bool:
    """Whether the word after a force's name makes it a place ("police station", "police custody")."""
    return word_after.casefold() in _data()["force_met"]["not_before"]


def _spaced(phrases: list[str]) -> list[str]:
    """The phrases with one space between words, as the patterns read them (any spacing) and `starts_with` takes."""
    return [" ".join(p.split()) for p in phrases]


# The words `_identifying`'s tail may end with, right before the side ("believed to be <several> <members of
# the> X"): a text whose last word is none of them, nor ends as a phrase does, holds no match
_IDENTIFIED_TAIL_ENDS = frozenset({"the", "a", "an", "two", "three", "several", "of"})


@cache
def _identifying() -> re.Pattern[str]:
    phrases = sorted(_data().get("identifies_perpetrator") or [], key=len, reverse=True)
    words = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
    tail = r"\s+(?:(?:the|an?|two|three|several)\s+)?(?:members?\s+of\s+(?:the\s+)?)?$"  # (`_IDENTIFIED_TAIL_ENDS`)
    # the look-ahead changes no match: a search leaves each position after a letter or two, not every phrase
    return re.compile(rf"(?:^|[\s(,]){starts_with(_spaced(phrases))}(?:{words}){tail}", re.I)


@cache
def _identifying_ends() -> tuple[str, ...]:
    """The last words of the `identifies_perpetrator` phrases, lower-case: a match that ends at a text's end with
    no tail word after the phrase leaves the text's last word ending in one of them."""
    return tuple(dict.fromkeys(str(p).lower().split()[-1] for p in _data().get("identifies_perpetrator") or ()
                               if str(p).strip()))


def identifying_words() -> tuple[str, ...]:
    """A word of each `identifies_perpetrator` phrase, lower-case: a text that lacks them all (`lacks_words`)
    holds no match."""
    return _longest_words("identifies_perpetrator")


def identifies_perpetrator(before: str) -> bool:
    """Whether the text just before an actor says that actor was the (suspected) perpetrator."""
    # (every match ends the text with a white space after a phrase's last word or a tail word: the text's last word
    # read first spares the search, which tries the phrases after each space, where it is neither)
    if before.isascii():  # (a character besides an ASCII letter's own may match one case-blind: searched)
        kept = before.rstrip()
        if not kept or len(kept) == len(before):
            return False  # (no white space at the end, or no word: no match)
        last = kept.rsplit(None, 1)[-1].lower()
        if last not in _IDENTIFIED_TAIL_ENDS and not last.endswith(_identifying_ends()):
            return False
    return _identifying().search(before) is not None


@cache
def _blaming() -> re.Pattern[str]:
    phrases = sorted(_data().get("blames") or [], key=len, reverse=True)
    words = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
    qualifier = "|".join(r"\s+".join(re.escape(w) for w in p.split())
                         for p in sorted(_data().get("identifies_perpetrator") or [], key=len, reverse=True))
    tail = rf"\s+(?:(?:{qualifier})\s+)?(?:(?:the|an?)\s+)?(?:(?:suspected|alleged|presumed)\s+)?" \
        r"(?:members?\s+of\s+(?:the\s+)?)?$"
    return re.compile(rf"(?:^|[\s(,]){starts_with(_spaced(phrases))}(?:{words}){tail}", re.I)


def blames(before: str) -> bool:
    """Whether the text just before an actor lays an act at its door ("the device was likely planted by")."""
    return _blaming().search(before) is not None


@cache
def _blamed_after() -> re.Pattern[str]:
    data = _data().get("blamed_after") or {}
    # (spaces in a phrase match any spacing)
    words = "|".join(r"\s+".join(re.escape(w) for w in p.split())
                     for p in sorted(data.get("phrases") or (), key=len, reverse=True)) or "(?!)"
    acts = alternation(data.get("acts") or ())
    return re.compile(rf"\s+(?:{words})(?:\s*[.;,]|\s*$|\s+for\s+(?:the|this|that|these|those)\s+(?:{acts})\b)", re.I)


def blamed_after(after: str) -> bool:
    """Whether the text just after an actor lays an act at its door ("Al Shabaab is believed to be responsible.",
    roles.yaml `blamed_after`)."""
    return _blamed_after().match(after) is not None


@cache
def _blamed_kinds() -> dict[str, int]:
    return {str(frame): i for i, group in enumerate(_data().get("blamed_kinds") or ()) for frame in group}


def blamed_for_other_kind(blamed_act: str, act: str) -> bool:
    """Whether a blame told of an act of one frame ("an airstrike carried out by X") names no doer for an act of
    another kind ("a chemical weapons attack"): both frames in roles.yaml `blamed_kinds`, in different groups."""
    kinds = _blamed_kinds()
    return blamed_act in kinds and act in kinds and kinds[blamed_act] != kinds[act]


def same_crowd(a: str | None, b: str | None) -> bool:
    """Whether two crowds' words may name one crowd: unless both name who is in it, and name it differently
    ("nurses" and "teachers"); "the protesters" or "them" may be anyone (roles.yaml crowd_anaphors)."""
    if not a or not b:
        return True
    head_a, head_b = a.lower().split()[-1], b.lower().split()[-1]
    return head_a == head_b or head_a in _words("crowd_anaphors") or head_b in _words("crowd_anaphors")


def crowd_anaphor(words: str | None) -> bool:
    """Whether a crowd's words name it without saying who is in it ("the rioters", "they"; roles.yaml
    crowd_anaphors), so that it may be any crowd the report told before."""
    if not words:
        return False
    return words.lower().split()[-1] in _words("crowd_anaphors")


@cache
def _community_victims() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = _data()["community_victims"]
    nouns = "|".join(re.escape(w) for w in sorted(data["nouns"], key=len, reverse=True))
    before = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(data["from"], key=len, reverse=True))
    counts = "|".join(r"\s+".join(re.escape(w) for w in p.split())
                      for p in sorted(data.get("counts") or [], key=len, reverse=True))
    return (re.compile(rf"\s+(?:{nouns})\b", re.I),
            re.compile(rf"\b(?:{before})\s+(?:the\s+)?$", re.I),
            re.compile(rf"(?:\b(?:{counts})|\d)\s+$", re.I))


def community_victims(before: str, after: str, bare: bool = False) -> bool:
    """Whether a community's name, with the text just before and after it, names its people as victims ("five
    Fulani civilians", "civilians from the Pokot community"; roles.yaml community_victims); `bare`: the name alone,
    which a count before it also makes its people ("killed two Fulani", "a Kipsigis was killed")."""
    nouns, from_, counted = _community_victims()
    return nouns.match(after) is not None or from_.search(before) is not None \
        or (bare and counted.search(before) is not None)


def brawl_crowd(label: str) -> bool:
    """Whether a crowd (its mention label, "generic:rioters") that clashed with no other side named fought a crowd
    of its own kind (roles.yaml brawl_crowds)."""
    return label.startswith("generic:") and label.split(":", 1)[1] in _words("brawl_crowds")


def communal_generic(label: str, words: str, verb: str) -> bool:
    """Whether a generic actor (its mention label, "generic:pastoralists"), named by these words as a group
    ("farmers", "herdsmen", not "a farmer"), that attacks or kills by this verb is a communal militia (roles.yaml
    communal_generics)."""
    data = _data()["communal_generics"]
    last = words.lower().split()[-1] if words.split() else ""
    return label.startswith("generic:") and label.split(":", 1)[1] in data["generics"] \
        and (last.endswith("s") or last.endswith("men")) and verb.lower().split()[0] not in data["not_by"]


def mob_verb(verb: str) -> bool:
    """Whether a crowd that does this ("assaulted", "beat") is a mob, whatever community it belongs to (roles.yaml
    communal_generics `not_by`)."""
    return bool(verb.split()) and verb.lower().split()[0] in _data()["communal_generics"]["not_by"]


def armed_casualties() -> frozenset[str]:
    """The casualty classes (a count's `victims`) that make the attacked side armed (roles.yaml armed_casualties)."""
    return _words("armed_casualties")


def _led(words: Iterable[str]) -> str:
    """The words as an alternation after a word boundary, behind a look-ahead on their first letters: it changes no
    match, but a search from each position of a window leaves most after one class test, not after every word."""
    words = list(words)
    return rf"\b{first_letters(words)}(?:{alternation(words)})"


@cache
def _backer() -> re.Pattern[str]:
    # up to three words between "by" and the ally's name: "backed by its Lebanese ally Hezbollah"
    # ... or after a phrase that names help given ("with military advice from some 200 US special forces")
    given = _spaced((_data().get("support") or {}).get("phrases") or [])
    return prefiltered(re.compile(rf"(?:{_led(_data()['backers'])}\s+by|{_led(given)})\s+(?:the\s+)?(?:\S+\s+){{0,3}}$",
                                  re.I))


def backed_by_before(text: str, start: int) -> bool:
    """Whether the words just before `start` say that what is named there backs a side ("the army backed by allied
    militia": roles.yaml `backers`), within 40 characters."""
    return _backer().search(text, max(0, start - 40), start) is not None


@cache
def _support() -> re.Pattern[str]:
    data = _data().get("support") or {}
    said = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in data.get("phrases") or ()) or "(?!)"
    ends = "|".join(re.escape(w) for w in data.get("not_between") or ()) or "(?!)"
    name = rf"(?:(?!(?:{ends})\s)\S+\s+){{0,3}}"
    backed = rf"{_led(_data()['backers'])}\s+by\s+(?:the\s+)?(?:\S+\s+){{0,3}}"
    return prefiltered(re.compile(rf"(?:\b(?:{said})\s+(?:the\s+)?{name}|{backed})$", re.I))


def named_as_backer(text: str, start: int) -> bool:
    """Whether what is named at `start` backs a side ("backed by Russian jets", "backed by planes from the coalition",
    "with support from the US-led coalition": roles.yaml `backers`, `support`), within 50 characters."""
    return _support().search(text, max(0, start - 50), start) is not None


@cache
def _part_before() -> re.Pattern[str]:
    words = _data().get("side_parts") or {}
    markers, gap = alternation(words.get("markers") or ()), int(words.get("gap_words") or 0)
    return re.compile(rf"\b(?:{markers})\s+(?:[\w-]+\s+){{0,{gap}}}$", re.I)


def named_as_part(text: str, start: int) -> bool:
    """Whether what is named at `start` is told as a part of a force named before it ("the Turkish army stepped up
    security including armoured regiments and special forces": roles.yaml `side_parts`), within 60 characters."""
    return _part_before().search(text, max(0, start - 60), start) is not None


def opening_backer(text: str, start: int) -> bool:
    """Whether what is named at `start` backs the side the sentence goes on to name ("Backed by Russian airstrikes
    the forces of the president are pressing a battle"): the backing word opens the sentence (capitalised)."""
    m = _backer().search(text, max(0, start - 40), start)
    if m is None or not text[m.start()].isupper():
        return False
    # an article after the first word starts the subject's own name ("Backed by Russian airpower the troops"): the
    # side named there is the one backed, not the backer
    return not any(w.casefold() in ("the", "a", "an") for w in text[m.start():start].split()[3:])


@cache
def _holder() -> re.Pattern[str]:
    # (no second "by" between: "facilities run by NGOs destroyed by ISWAP" names the doer after its own "by")
    return re.compile(rf"{_led(_data()['holders'])}\s+by\s+(?:the\s+)?(?:(?!by\b)\S+\s+){{0,3}}$", re.I)


@cache
def _holder_other() -> re.Pattern[str]:
    others = alternation(_data().get("holders_other") or ())
    return re.compile(rf"{_led(_data()['holders'])}\s+by\s[^.;]{{0,100}}?\b(?:{others})\s+(?:the\s+)?"
                      rf"(?:\S+\s+){{0,3}}$", re.I)


def holder_cannot_do(frame: str) -> bool:
    """Whether a non-state holder of the place is never the doer of an event of this frame (roles.yaml
    `holders_fly_none`: air strikes)."""
    return frame in _words("holders_fly_none")


def holder_never_strikes(frame: str) -> bool:
    """Whether no holder of the place, a state's force either, is the doer of an event of this frame (roles.yaml
    `holders_strike_none`: shelling, attacks)."""
    return frame in _words("holders_strike_none")


# "by" in any case: both holding patterns read it ("held by", "the other by"), so that a side with none in the
# 140 characters before it holds no place (the offsets of each one in the last text asked of, found in one pass)
_BY = re.compile(r"by", re.I)
_BY_AT: tuple[str | None, list[int]] = (None, [])


def _by_before(text: str, start: int, reach: int) -> bool:
    """Whether a "by" and a character after it lie within `text[start - reach:start]`."""
    global _BY_AT
    seen, at = _BY_AT
    if seen is not text:
        at = _by_offsets(text)
        _BY_AT = (text, at)
    i = bisect_left(at, max(0, start - reach))
    return i < len(at) and at[i] + 3 <= start


def _by_offsets(text: str) -> list[int]:
    """Where `_BY` matches in the text: found in its lower-case form by substring searches, which skip along the
    text far faster than a case-blind search lowering each character ("by" cannot overlap itself); `_BY`'s own
    search where the text has no such form."""
    low = lower_form(text)
    if low is None:
        return [m.start() for m in _BY.finditer(text)]
    at: list[int] = []
    i = low.find("by")
    while i >= 0:
        at.append(i)
        i = low.find("by", i + 2)
    return at


def holder_before(text: str, start: int) -> int | None:
    """Where the holding word lies when the words just before `start` say that what is named there holds a place
    ("a town held by the Islamic State group": roles.yaml `holders`), within 40 characters; else None."""
    if not _by_before(text, start, 140):
        return None  # (most sides: no "by" before them, which both patterns need)
    found = _holder().search(text, max(0, start - 40), start)
    # (the other's "by" needs "other" in the window, which few hold: the lazy search of its 100 characters is spared)
    if found is None and window_holds(text, max(0, start - 140), start, _longest_words("holders_other")):
        found = _holder_other().search(text, max(0, start - 140), start)
    return found.start() if found else None


@cache
def _refinements() -> dict[tuple[str, str], str]:
    rows = located.data_file(ROLES_FILE.with_name("typing.yaml")).get("refinements") or []
    return {(r["type"], r["general"]): r["precise"] for r in rows}


def refines(event_type: str, precise: str, general: str) -> bool:
    """Whether a sub-event type tells an event of another more precisely ("a suicide blast" of "a blast";
    typing.yaml `refinements`)."""
    return _refinements().get((event_type, general)) == precise


@cache
def _premises() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = alternation(_data().get("premises") or [])
    led = _led(_data().get("premises") or [])  # the nouns behind their first letters' look-ahead
    # "the headquarters of the X", or of a unit named in full "which belongs to X"
    # (the words between name the owner, never a doer's "by" or a place's "in": "buildings of a university by
    # Russian drones")
    word = r"(?!(?:by|from|in|on|at|with|near|after|during|as|and|or)\b)\S+\s+"
    # "the wedding of a member of X": the member's group owns it as the place itself would
    member = r"(?:(?:(?:the|an?|one)\s+)?members?\s+of\s+)?"
    # "a building used by X" (roles.yaml `premises_users`): the user holds the building, no doer's "by"
    users = alternation(_data().get("premises_users") or ["of"])
    uses = alternation(_data().get("premises_uses") or [])
    # (the three branches on a premises noun share its look-ahead and the noun itself: one alternation after it,
    # tried once where a noun starts, not three times; the same places match, and only whether one does is asked)
    before = re.compile(rf"{led}\s+(?:of\s+{member}(?:(?:the|an?)\s+)?(?:{word}){{0,2}}$|"
                        rf"of\s+(?:{word}){{1,5}}(?:which|that)\s+belongs?\s+to\s+(?:the\s+)?$|"
                        rf"(?:(?:which|that)\s+(?:is|was|are|were)\s+)?(?:{users})\s+(?:the\s+)?$)|"
                        # "a school being used as a base by X" (roles.yaml `premises_uses`): any place so used is X's
                        rf"\b(?:{uses})\s+(?:the\s+)?$",
                        re.I)
    # "Nusra targets were also hit": a bare name before a place struck in the passive (roles.yaml `premises_bare`)
    bare = _data().get("premises_bare") or {}
    # ("and" one more group whose name the actor base lacks may stand between: "X and Jund al-Aqsa targets")
    other = r"(?:\s+and\s+(?-i:[A-Z])[\w'-]*(?:\s+[\w'-]+){0,2})?"
    struck = rf"|{other}\s+(?:{alternation(bare['nouns'])})\s+(?:{alternation(bare['before'])})\b" if bare else ""
    after = re.compile(rf"\s*['’]s?\s+(?:\S+\s+)?(?:{nouns})\b{struck}", re.I)
    return before, after


def owns_premises(text: str, start: int, end: int) -> bool:
    """Whether the actor named at text[start:end] is told as the owner of a place ("near the headquarters of X",
    "X's office": roles.yaml `premises`): a side struck there, not the doer."""
    before, after = _premises()
    # (every match before the side holds a premises noun or a use's word: most windows hold none, and a literal
    # search of the document's lower-case form spares the case-blind search)
    reach = max(0, start - 60)
    return (window_holds(text, reach, start, _premises_words()) and before.search(text, reach, start) is not None) \
        or after.match(text, end) is not None


@cache
def _premises_words() -> tuple[str, ...]:
    """A word of each premises noun and each premises use (roles.yaml `premises`, `premises_uses`), lower-case:
    every match of `_premises`' pattern before a side holds one."""
    return _longest_words("premises") + _longest_words("premises_uses")  # (`window_holds` keeps the fewest)


@cache
def _owned_place() -> re.Pattern[str]:
    data = _data().get("owned_places") or {}
    nouns, between = alternation(data.get("nouns") or []), alternation(data.get("between") or [])
    words = data.get("possessive_words") or []
    plural = alternation([w for w in words if w.endswith("s")])
    # a possessive told ("'s", or a plural whose apostrophe the source stripped: "the groups de facto capital") may
    # have any capitalised word before the noun ("its de facto Syrian capital"); a bare name only the listed words
    owner = rf"(?:(?:\s+(?i:{alternation(words)}))?\s*['’]s?|\s+(?i:{plural}))"
    marked = rf"{owner}\s+(?:(?:(?i:{between})|[A-Z][\w-]*)\s+){{0,3}}"
    bare = rf"\s+(?:(?i:{between})\s+){{0,2}}"
    return re.compile(rf"(?:{marked}|{bare})(?i:{nouns})\b")


def owns_place(text: str, end: int) -> bool:
    """Whether the actor named up to `end` is told as the possessor of a town or land ("the Islamic State group's
    de facto capital Raqqa", roles.yaml `owned_places`): the holder of the place struck, not the doer."""
    return _owned_place().match(text, end) is not None


def tells_again(before: str, noun: str) -> bool:
    """Whether a generic noun for the doers and the word right before it tell a side already named ("the
    assailants", roles.yaml `told_again`)."""
    data = _data()["told_again"]
    words = before.lower().split()
    return bool(words) and words[-1] in data["determiners"] and " ".join(noun.lower().split()) in data["nouns"]


def mob_generic(label: str) -> bool:
    """Whether a generic actor (its mention label, "generic:vigilantes") acts as a mob against unarmed people."""
    return label.startswith("generic:") and label.split(":", 1)[1] in _words("mob_generics")


def unarmed_unknown(label: str, words: str, frame: str, verb: str = "", sentence: str = "") -> bool:
    """Whether an unknown perpetrator (its mention label and words, "unidentified persons") doing this frame by this
    verb, in this sentence, is a crowd of unknown people, a mob (roles.yaml unarmed_unknowns)."""
    data = _data()["unarmed_unknowns"]
    if label != "generic:armed_group" or frame not in data["frames"]:
        return False  # (most asked: no unknown group, or no frame a mob does; the words need no reading)
    last = words.casefold().split()[-1] if words.split() else ""
    hand = data.get("by_hand") or {}
    by_hand = last in hand.get("words", ()) and bool(verb.split()) and verb.casefold().split()[0] in hand["verbs"]
    if not (last in data["words"] or by_hand):
        return False
    armed = (bool(verb.split()) and verb.casefold().split()[0] in data.get("not_by", ())) \
        or not _words_of("unarmed_unknowns", "not_with").isdisjoint(_LETTERS.findall(sentence.casefold())) \
        or not _words_of("unarmed_unknowns", "armed_in_name").isdisjoint(words.casefold().split())
    return not armed


_LETTERS = re.compile(r"[a-z]+")  # (compiled once: re.findall looks the pattern up at every call)


@cache
def _words_of(entry: str, key: str) -> frozenset[str]:
    """A word list inside a roles.yaml entry as a set, built once."""
    return frozenset((_data().get(entry) or {}).get(key) or ())


@cache
def _words(entry: str) -> frozenset[str]:
    """A word list of roles.yaml as a set, built once."""
    return frozenset(_data().get(entry) or ())


@cache
def kind_plural_words() -> str:
    """roles.yaml `kind_plurals` as a case-blind alternation ("terrorist", "armed"), for a plural's words before
    its head."""
    return rf"(?i:{alternation(_data().get('kind_plurals') or ())})"


def name_goes_on(word_after: str) -> bool:
    """Whether the word after a one-word name is an Arabic article that carries the name on ("Ansar al-Haq":
    roles.yaml `name_goes_on`)."""
    return word_after.casefold() in _words("name_goes_on")


def reciprocal(frame: str) -> bool:
    """Whether a frame's subject may name both sides ("X and Y clashed")."""
    return frame in _data()["reciprocal"]["frames"]


@cache
def _same_side() -> re.Pattern[str]:
    words = sorted(_data()["reciprocal"]["same_side"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def against_itself(text: str) -> bool:
    """Whether a sentence sets one side against itself ("two groups of ... clashed", "... one another")."""
    return bool(_same_side().search(text))


@cache
def _leaving() -> re.Pattern[str]:
    verbs = "|".join(re.escape(v) for v in _data()["leaves_casualties"])
    return re.compile(rf"\b(?:{verbs})\s+$", re.I)


def further_victims(count: str) -> bool:
    """Whether a casualty count opens with words that add victims to an act told before ("a further 19 men",
    roles.yaml `further_victims`)."""
    words = " ".join(count.casefold().split())
    return any(words.startswith(w + " ") for w in _words_of("further_victims", "words"))


def further_victims_frames() -> frozenset[str]:
    """The acts whose doer more victims told after them fell to (roles.yaml further_victims.frames)."""
    return _words_of("further_victims", "frames")


@cache
def _casualty_part() -> re.Pattern[str]:
    # (no "^": a match from a position on is tried at that position, and "$" at the end position given; nothing in it
    # looks outside what it matches, so a match of text[start:end] is one of the whole text between the two)
    words = alternation(_data().get("casualty_parts") or ())
    return re.compile(rf"\s*,?\s*(?:{words})\s+(?:[\w-]+\s+){{0,2}}$", re.I)


def casualty_part(between: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the words between a casualty count and a group make the group a part of the dead ("15 people died
    including five policemen", roles.yaml `casualty_parts`): between[start:end], read in place (no slice made)."""
    return _casualty_part().match(between, start, len(between) if end is None else end) is not None


def leaves_casualties(before: str) -> bool:
    """Whether the words just before a casualty count leave it behind ("the strikes left <ten civilians injured>")."""
    return _leaving().search(before) is not None


@cache
def _aimed() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(_data()['aimed_at'])})\s+(?:the\s+)?$", re.I)


def aimed_at(before: str) -> bool:
    """Whether the words just before a group aim an act at it ("used chemical munitions against <civilians>",
    roles.yaml `aimed_at`): that group is the side struck."""
    return _aimed().search(before) is not None


@cache
def _fought() -> re.Pattern[str]:
    nouns = "|".join(r"\s+".join(re.escape(w) for w in n.split())
                     for n in sorted(_data()["fought_with"], key=len, reverse=True))
    return re.compile(rf"\b(?:{nouns})\s+with\s+(?:the\s+)?(?:\S+\s+){{0,3}}$", re.I)


def fought_with(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends in a fight and "with" ("killed in a clash with <Y>"): Y is the other side."""
    return _fought().search(text, start, end) is not None


@cache
def _carried() -> re.Pattern[str]:
    data = _data()["crowd_weapons"]
    carry = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(data["carrying"], key=len,
                                                                                  reverse=True))
    arms = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(data["weapons"], key=len,
                                                                                 reverse=True))
    item = rf"(?:[a-z-]+\s+)?(?:{arms})"
    return re.compile(rf"\b(?:{carry})\s+{item}(?:\s*(?:,|and|or)\s*{item})*\b", re.I)


@cache
def _weapon_subject() -> re.Pattern[str]:
    data = _data().get("weapon_subject") or {}
    dets = "|".join(re.escape(w) for w in data.get("determiners") or ())
    held = "|".join(re.escape(w) for w in data.get("held_by") or ())
    return re.compile(rf"(?<![\w'’-])(?!(?:{held}|{dets})\s)[\w'’-]+\s+(?:{dets})\s+(?:[\w-]+\s+){{0,2}}$", re.I)


def weapon_subject_opens(text: str, start: int) -> int | None:
    """Where the word before the phrase of the weapon named at `start` begins, when the weapon opens a noun phrase
    of its own after another word ("worked a warplane", not "used a warplane", "with a drone", "the army and the
    jets"): the weapon is then the subject of the verb after it (roles.yaml `weapon_subject`); else None."""
    m = _weapon_subject().search(text, max(0, start - 60), start)
    return m.start() if m else None


def without_weapons(text: str) -> str:
    """The text with what a crowd carries blanked ("villagers <armed with machetes and clubs> killed")."""
    return _carried().sub(lambda m: " " * len(m.group()), text)


def air_force(country: str | None, date: str | None, sentence: str) -> str | None:
    """The actor id of the air force that ACLED holds to fly an unattributed air strike in this country on this
    date (roles.yaml `air_forces`), unless the sentence's words (a drone) leave it open; else None."""
    if not country or not date:
        return None
    words = set(re.findall(r"[\w-]+", sentence.casefold()))
    for rule in _data().get("air_forces") or []:
        if rule["country"] == country and str(rule.get("from", "")) <= date < str(rule.get("until", "9999")) \
                and not words & {w.casefold() for w in rule.get("unless") or []}:
            return rule["actor"]
    return None


@cache
def _fight_setting() -> re.Pattern[str]:
    return re.compile(rf"{_led(_words('fight_setting'))}\s+(?:the\s+)?(?:\w+\s+){{0,2}}$", re.I)


def fight_setting_before(text: str, start: int) -> bool:
    """Whether the words before a fight's noun at `start` make it an attack's setting ("during ethnic clashes",
    "fleeing fighting": roles.yaml `fight_setting`), within 40 characters."""
    return _fight_setting().search(text, max(0, start - 40), start) is not None


def flown_strike(sub_event_type: str, means: set[str]) -> bool:
    """Whether an event of this sub-event type, done with these means, was flown (an air strike, or an act of
    roles.yaml `air_delivered` delivered from the air): the air force of `air_forces` did it when no one is named."""
    return sub_event_type == "Air/drone strike" or ("air" in means and sub_event_type in _words("air_delivered"))


def grounded_sides(country: str | None, date: str | None) -> frozenset[str]:
    """Actor labels, and kinds of actors (`kind:rebel`), that fly no aircraft in this country on this date
    (roles.yaml `air_forces` `grounded`): an air strike told with them as its doer is the air force's."""
    if not country or not date:
        return frozenset()
    for rule in _data().get("air_forces") or []:
        if rule["country"] == country and str(rule.get("from", "")) <= date < str(rule.get("until", "9999")):
            return frozenset(rule.get("grounded") or ())
    return frozenset()


def capital_place_before() -> frozenset[str]:
    """Words right before a capital that make it the place, never the government ("in Damascus"), roles.yaml."""
    return _words("capital_place_before")


def capital_side_past(word: str, before: str | None) -> bool:
    """Whether a past tense without -ed after a capital makes it its government ("Damascus lost 40 troops"), given the
    word before the capital (None at the text's start; roles.yaml `capital_side_past`)."""
    return word in _words_of("capital_side_past", "verbs") and before not in _words_of("capital_side_past", "not_after")


def capital_struck() -> frozenset[str]:
    """Participles that make a capital told in the passive the place struck, not its government ("Damascus has been
    largely spared", "the capital was shaken by two blasts"), roles.yaml."""
    return _words("capital_struck")


def prompted_to() -> frozenset[str]:
    """Verbs right before a capital or a country followed by "to" that make it the doer of what it is led to do
    ("prompted Washington to strike"), roles.yaml."""
    return _words("prompted_to")


def country_place_before() -> frozenset[str]:
    """Words right before a country's name that make it the place, never its force ("rebels in Russia attacked"),
    roles.yaml."""
    return _words("country_place_before")


def strike_support_verbs() -> frozenset[str]:
    """Verbs that carry a strike noun after them ("Israel launched airstrikes", "the US carried out raids"): the
    subject before them is the strike's doer, roles.yaml."""
    return _words("strike_support_verbs")


def ally_nouns() -> frozenset[str]:
    """Nouns for a country's partners after its name ("the US and its allies launched"), roles.yaml."""
    return _words("ally_nouns")


def capital_accuses() -> frozenset[str]:
    """Verbs right after a capital that make it the accuser, not a side ("Washington blames"), roles.yaml."""
    return _words("capital_accuses")


@cache
def _accuser() -> re.Pattern[str]:
    words = _data().get("accusers") or {}
    verbs, between = alternation(words.get("verbs") or ()), alternation(words.get("between") or ())
    passive = alternation(words.get("passive_after") or ())
    return re.compile(rf"\s*(?:(?:{between})\s+)?(?:{verbs})\b(?!\s+(?:{passive})\b)", re.I)


def accuses(after: str) -> bool:
    """Whether the text right after a side makes it an accuser ("has accused", "blamed"), roles.yaml `accusers`."""
    return _accuser().match(after) is not None


@cache
def _own_act() -> re.Pattern[str]:
    joins = alternation((_data().get("accusers") or {}).get("own_act_after") or ())
    return re.compile(rf"\b(?:{joins})\s*$", re.I)


def accuser_acts(before: str, trigger: str) -> bool:
    """Whether a trigger tells an act of the accuser's own after its accusation (`before`: the text from the
    accusing verb to the trigger): a finite verb joined by "and" ("has accused the regime of the attack and fired
    missiles at a base"), roles.yaml `accusers` `own_act_after`; an -ing form goes on telling the charge."""
    word = trigger.split()[0].lower() if trigger.split() else ""
    return not word.endswith("ing") and _own_act().search(before) is not None


@cache
def _denier() -> re.Pattern[str]:
    between = alternation((_data().get("accusers") or {}).get("between") or ())
    return re.compile(rf"\s*(?:(?:{between})\s+)?(?:{alternation(_words('deniers'))})\b", re.I)


def denies(after: str) -> bool:
    """Whether the text right after a side makes it the denier of an act told before it ("which the government
    insists were not its doing", roles.yaml `deniers`)."""
    return _denier().match(after) is not None


@cache
def _within() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(_data().get('speaker_within') or ())})\s+(?:the\s+)?$", re.I)


@cache
def _longest_words(key: str, part: str = "") -> tuple[str, ...]:
    """Each phrase's longest word of a roles.yaml list (`part`: of a mapping's list), lower-case: a match of a
    case-blind pattern built from the phrases holds one of them, so a text lacking all (`lacks_words`) holds none."""
    phrases = (_data().get(key) or {}).get(part) if part else _data().get(key)
    return tuple(max(str(p).lower().split(), key=len) for p in phrases or () if str(p).strip())


def speaker_within(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the words before a side, text[start:end], make it a speaker's home ("a source in the Asayesh"),
    roles.yaml `speaker_within`."""
    # (a clause before a side seldom holds "source", "official" or "spokes...": the search, and the slice, are spared)
    return _window_search(_within(), _longest_words("speaker_within"), text, start, end)


@cache
def _history() -> re.Pattern[str]:
    words = _data().get("place_history") or {}
    nouns, verbs = _led(words.get("nouns") or ()), alternation(words.get("verbs") or ())
    # the place by its name: a capitalised word right before the clause (case-sensitive, inside the I-flagged rest)
    named = r"(?-i:\b[A-Z][\w'-]+)"
    return re.compile(rf"(?:{nouns}|{named}),?\s+(?:that|which)\s+(?:has|had|have)\s+(?:\w+\s+)?(?:{verbs})\b"
                      r"[^,;:.()]*$", re.I)


def in_place_history(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether a side stands in a clause that tells a place's past ("an area that has witnessed fighting between
    the opposition and the regime"), roles.yaml `place_history`: text[start:end] is the text of its clause before
    it."""
    return _window_search(_history(), _longest_words("place_history", "verbs"), text, start, end)


@cache
def side_clause_words() -> tuple[str, ...]:
    """The words one of which `speaker_within`, `in_place_history` and `taken_for` each need in their window (each
    list's longest words, together): a text holding none of them answers False to all three, whatever its window."""
    return (*_longest_words("speaker_within"), *_longest_words("place_history", "verbs"),
            *_longest_words("taken_for"))


def _window_search(pattern: re.Pattern[str], words: tuple[str, ...], text: str, start: int, end: int | None) -> bool:
    """Whether `pattern`, each match of which holds one of `words`, is found in text[start:end] (the whole text
    after `start` where `end` is None); the slice is made only where `window_holds` says the words may be there."""
    stop = len(text) if end is None else end
    return window_holds(text, start, stop, words) and pattern.search(text[start:stop]) is not None


def window_holds(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether text[start:end] may hold one of `words` (lower-case ASCII) in any case: `not lacks_words` of that
    slice, read in the window of the whole text's lower-case form (same offsets; made once for a document), so that
    no slice of the text is lowered for each side asked of. True where the text has no such form (a character
    besides an ASCII letter's own matches one case-blind): the caller's search then answers."""
    seen, low = LAST[0]
    if seen is not text:  # (the text the last test read, most often this one: no look-up of its remembered form)
        low = lower_form(text)  # (remembered there for a document's text)
    if low is None:
        return True
    # (one search of the window, no slice: the words' trie skips along by their first letters, where a substring
    # test per word reads the window again for each; some lists hold seventy words)
    return bool(words) and _literal_trie(words).search(low, start, end) is not None


# The trie of each word list `window_holds` was asked of, by the list (its words, not its identity: a compiled
# caller may pass a fixed tuple, boxed anew at each call); the lists are the roles' own, a handful
_TRIES: dict[tuple[str, ...], re.Pattern[str]] = {}
_TRIES_MOST = 64  # a bound for callers that pass lists of their own


def _literal_trie(words: tuple[str, ...]) -> re.Pattern[str]:
    """The words as one case-sensitive pattern that matches each exactly as written (a space only as a space) and
    shares their beginnings: a search of it finds one where a substring test of each would."""
    trie = _TRIES.get(words)
    if trie is None:
        if len(_TRIES) >= _TRIES_MOST:
            _TRIES.clear()
        trie = _TRIES[words] = re.compile(token_trie([re.escape(ch) for ch in w] for w in fewest_words(words)))
    return trie


@cache
def _taken_for() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(_data().get('taken_for') or ())})\s+(?:(?:the|an?)\s+)?$", re.I)


def taken_for(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the words just before a side, text[start:end], make it what someone was taken for ("mistaken for IS
    fighters"), roles.yaml `taken_for`: no side of the event."""
    # (few sentences hold "mistaken", "confused" or "misidentified": the search, and the slice, are spared)
    return _window_search(_taken_for(), _longest_words("taken_for"), text, start, end)


def pronoun_is_thing(after: str) -> bool:
    """Whether the words after a pronoun begin with a copula that makes it the thing named next ("they were
    chemical weapons", roles.yaml `copulas`): `after` is the text from the pronoun's end to the event noun's
    start."""
    words = after.lower().split()
    # (a verb between is the pronoun's own act: "they were fleeing fighting", "it was used as a base")
    return 1 <= len(words) <= 3 and words[0] in _words("copulas") \
        and not any(w.endswith(("ing", "ed")) for w in words[1:])


def after_copula(before: str) -> bool:
    """Whether the words just before a group end in a copula (roles.yaml `copulas`: "the fighters who attacked the
    town were <sleeper cells>"): the group is what the subject was, no other side."""
    words = before.lower().split()
    return bool(words) and words[-1] in _words("copulas")


@cache
def _sender() -> re.Pattern[str]:
    words = _data().get("senders") or {}
    reach = int(words.get("reach") or 0)
    return re.compile(rf"\s+(?:{alternation(words.get('verbs') or ())})\s[^.;:!?]{{0,{reach}}}$", re.I)


def sends_own(between: str) -> bool:
    """Whether the text between a named side and a bare force noun makes the force the side's own, sent by it
    ("Ankara sent tanks, troops", roles.yaml `senders`)."""
    return _sender().match(between) is not None


def member_possessive(before: str) -> bool:
    """Whether the words before a generic armed noun end in a possessive that makes it a group's own men ("IS said
    its militants"), roles.yaml `member_possessives`."""
    words = before.lower().split()
    return bool(words) and words[-1] in _words("member_possessives")


def ly_nouns() -> frozenset[str]:
    """Words ending in -ly that are nouns, not adverbs ("army supply convoy"), roles.yaml `ly_nouns`."""
    return _words("ly_nouns")


def collective_plurals() -> frozenset[str]:
    """Nouns that take a plural verb without a plural ending ("police", "youth"), roles.yaml `collective_plurals`."""
    return _words("collective_plurals")


def headline_verbs() -> frozenset[str]:
    """Bare present-tense verbs after a force or crowd noun ("Police use tear gas"), roles.yaml `headline_verbs`."""
    return _words("headline_verbs")


def crowd_policing_forces() -> frozenset[str]:
    """Force words that name a country's police at a protest or riot ("security forces"), roles.yaml
    `crowd_policing_forces`."""
    return _words("crowd_policing_forces")


def military_at_crowds() -> frozenset[str]:
    """Countries whose unnamed security forces at a protest stay the military (roles.yaml `military_at_crowds`)."""
    return _words("military_at_crowds")


def agent_markers() -> list[str]:
    """The words right before a name that make it the doer (roles.yaml `agent_markers`: "by", "at the hands of")."""
    return list(_data().get("agent_markers") or ("by", "at the hands of", "blamed on"))


def vehicle_owner_pattern() -> str:
    """roles.yaml `vehicle_owners` as one regex alternation, longest first, any spacing between their words."""
    return "|".join(r"\s+".join(re.escape(w) for w in p.split())
                    for p in sorted(_data().get("vehicle_owners") or (), key=len, reverse=True)) or "(?!)"


def agent_marker_pattern() -> str:
    """`agent_markers` as one regex alternation, longest first, any spacing between their words."""
    return "|".join(_joined(m) for m in sorted(agent_markers(), key=len, reverse=True))


def collectives() -> str:
    """The collective nouns of "by a gang of armed men" as one regex alternation (roles.yaml `collectives`)."""
    return alternation(_data().get("collectives") or ())


def _joined(phrase: str) -> str:
    """A phrase as a pattern: any spacing between words, none needed next to punctuation (", and", "and / or")."""
    tokens = phrase.split()
    out = re.escape(tokens[0]) if tokens else ""
    for before, token in pairwise(tokens):
        gap = r"\s+" if before[-1].isalnum() and token[0].isalnum() else r"\s*"
        out += gap + re.escape(token)
    return out


@cache
def _coordination() -> re.Pattern[str]:
    words = _data().get("coordination") or {}
    joiners = "|".join(_joined(p) for p in words.get("joiners") or ()) or "(?!)"
    backers, before_side = alternation(words.get("backers") or ()), alternation(words.get("before_side") or ())
    # "the army and its allies from Lebanon's Shiite militia Hezbollah": a partner named after a few words of
    # description (no punctuation: "and its allies, Russia said," is no partner)
    allies = rf"(?:and|,)\s+(?:their|its)\s+(?:\w+\s+)?(?:{alternation(ally_nouns())})(?:\s+[\w'’-]+){{0,6}}\s*"
    return re.compile(rf"^\s*(?:(?:{joiners}|(?:[a-z]+\s+)?(?:{backers})\s+by)\s*"
                      rf"(?:(?:the|an?)\s+)?(?:(?:their|its)\s+)?(?:(?:{before_side})\s+)?|{allies})$", re.I)


def allied_join(between: str) -> bool:
    """Whether the words between two named sides make the second the first's ally ("and its allied fighters of",
    "backed by"; roles.yaml `coordination.allies`), not a second party to a clash."""
    return coordinated(between) and not _words_of("coordination", "allies").isdisjoint(
        re.findall(r"[a-z]+", between.casefold()))


def coordinated(between: str) -> bool:
    """Whether the words between two named sides join them into one ("and allied", "in cooperation with",
    ", backed by"; roles.yaml `coordination`)."""
    return _coordination().match(between) is not None


@cache
def weapon_modifiers() -> frozenset[str]:
    """Words between a demonym and its weapon ("Russian aerial bombing"), roles.yaml `weapon_modifiers`."""
    return frozenset(w.casefold() for w in _data().get("weapon_modifiers") or [])


@cache
def force_adjectives() -> dict[str, str]:
    """Words that name a state force before its strike or weapon as a demonym does ("government airstrikes"):
    folded word -> the slot ("state:military"), roles.yaml `force_adjectives`."""
    return {str(w).casefold(): str(slot) for w, slot in (_data().get("force_adjectives") or {}).items()}


def strikes_told_again(frame: str) -> bool:
    """Whether strikes of this frame told again as a subject ("the sorties killed") were flown by the side that
    flew them before (roles.yaml `flown_again`)."""
    return frame in _words("flown_again")


def flyers_again(means: str) -> bool:
    """Whether craft of this means class told again as a subject ("the bombers also struck") are those of the side
    that flew the last strike of the class told before (roles.yaml `flyers_again`)."""
    return means in _words("flyers_again")


def burnt_after(frame: str) -> bool:
    """Whether property so destroyed with no doer named fell to the armed group of the act told just before
    (roles.yaml `burnt_after`)."""
    return frame in _words("burnt_after")


def bombed_after(frame: str) -> bool:
    """Whether an act of this frame with no doer named, right after an armed group's act, is that group's
    (roles.yaml `bombed_after`: a suicide bomber is one of the attackers told just before)."""
    return frame in _words("bombed_after")


def fired_by_owner(frame: str) -> bool:
    """Whether a strike noun of this frame takes the force named right before it as its doer (roles.yaml)."""
    return frame in (_data().get("fired_by_owner") or ())


@cache
def _offensive_owner() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = _data().get("owned_offensives") or {}
    before, nouns = alternation(words.get("before") or ()), alternation(words.get("nouns") or ())
    # (a day and a place may stand between the dead and the offensive: "killed Sunday in northern Syria in a
    # Turkish army operation")
    return (re.compile(rf"\b(?:{before})\s+(?:[\w-]+\s+){{0,4}}?(?:in|during|amid)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$",
                       re.I),
            re.compile(rf"\s*(?:['’]s\s+)?(?:[\w-]+\s+)?(?:{nouns})\b", re.I))


def owns_offensive(text: str, start: int, end: int) -> bool:
    """Whether the side named at `start:end` owns the offensive the dead were killed in ("eight killed in Syrian
    army offensive": roles.yaml `owned_offensives`): it is the doer."""
    reach = max(0, start - 80)
    before, after = _offensive_owner()
    # (the anchored match right after the side first: it fails at once where no offensive's noun follows, nine
    # sides in ten, and spares both the search of the window's lower-case form for a casualty word (which most
    # windows before a side in a toll's sentence hold) and the pattern before the side)
    return after.match(text, end) is not None and window_holds(text, reach, start, offensive_words()) \
        and before.search(text, reach, start) is not None


def offensive_words() -> tuple[str, ...]:
    """The casualty words of `owned_offensives` (`before`), lower-case: a window before a side that lacks them all
    (`window_holds`) holds no match of the pattern `owns_offensive` searches there."""
    return _longest_words("owned_offensives", "before")


@cache
def _repelled() -> re.Pattern[str]:
    words = _data().get("repelled") or {}
    verbs, nouns = alternation(words.get("verbs") or ()), alternation(words.get("nouns") or ())
    return re.compile(rf"\b(?:{verbs})\s+(?:the|an?|its|their|this|that)\s+(?:[\w-]+\s+)?(?:{nouns})\b", re.I)


def repels_assault(text: str) -> bool:
    """Whether the text tells that a strike was made to repel an assault named by no side ("to try to repel the
    assault": roles.yaml `repelled`)."""
    return _repelled().search(text) is not None


@cache
def _speaker_follows() -> re.Pattern[str]:
    return re.compile(rf"\W*(?:{alternation(_words('speaker_follows'))})\b", re.I)


def cites_after(after: str) -> bool:
    """Whether the words right after a side cite a speaker who follows them ("held by the army according to a
    monitor": roles.yaml `speaker_follows`), so that the side is no speaker."""
    return _speaker_follows().match(after) is not None


def addressed(label: str, before: str) -> bool:
    """Whether a side is the audience of a statement ("explained to SANA reporter that ...": roles.yaml
    `audience`): reporters spoken to are no side of what they hear."""
    sides, pattern = _audience()
    return label in sides and pattern.search(before) is not None


@cache
def _audience() -> tuple[frozenset[str], re.Pattern[str]]:
    entry = _data().get("audience") or {}
    words = alternation(entry.get("before") or ())
    pattern = rf"\b(?:{words})\s+(?:the\s+|an?\s+)?(?:[A-Z][\w.'’-]*\s+){{0,3}}$"
    return frozenset(entry.get("sides") or ()), prefiltered(re.compile(pattern, re.I))


@cache
def _media_owner() -> re.Pattern[str]:
    entry = _data().get("media_owners") or {}
    nouns, links = _led(entry.get("nouns") or ()), alternation(entry.get("links") or ())
    return prefiltered(re.compile(rf"{nouns}\s+(?:{links})\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,3}}$", re.I))


def owns_outlet(before: str) -> bool:
    """Whether a side is told as the owner of a news outlet ("a television channel run by Lebanese group X":
    roles.yaml `media_owners`); `before`: the text before the side's name. The caller checks that the outlet
    reports."""
    return _media_owner().search(before) is not None


@cache
def _statement() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = _data().get("statements") or {}
    nouns = alternation(words.get("nouns") or ())
    before, after = alternation(words.get("before") or ()), alternation(words.get("after") or ())
    return (re.compile(rf"\s*(?:{nouns})\b", re.I), re.compile(rf"\b(?:{before})\s+(?:an?\s+|the\s+)?$", re.I),
            # (the body's town may follow: "the Local Coordination Committee of Deir al-Adas said")
            re.compile(rf"\s*(?:(?:of|in)\s+(?:[A-Za-z][\w.'’-]*\s+){{1,3}}?)?(?:[A-Z][\w.'’-]*\s+){{0,5}}(?:{after})\b"))


def states_author(before: str, after: str) -> bool:
    """Whether a side is the author of a statement cited ("citing an <X> statement", "an <X> statement said that",
    "the <X> spokesman Major General Jane Roe said that": a title and name may come between):
    `before`, `after`: the text before and after the side's name (roles.yaml `statements`)."""
    noun, cited, opens = _statement()
    m = noun.match(after)
    return m is not None and (cited.search(before) is not None or opens.match(after, m.end()) is not None)


@cache
def _pact() -> re.Pattern[str]:
    words = _data().get("pacts") or {}
    nouns, verbs = alternation(words.get("nouns") or ()), alternation(words.get("verbs") or ())
    return re.compile(rf"\b(?:{nouns})\s+(?:(?:{verbs})\s+)?between\s+[^,;:.()]*$", re.I)


@cache
def _role_words() -> re.Pattern[str]:
    words = _role_word_list()
    # a yes/no search: the words' trie behind a test of their first letters leaves most positions after one class
    # test, where the case-blind alternation tried each of some thirty words there
    return prefiltered(re.compile(word_trie(words, fold=True), re.I))


@cache
def _learner() -> re.Pattern[str]:
    words = _data().get("learners") or {}
    gap = int(words.get("gap") or 0)
    skip = rf"(?:\s+[\w'-]+){{0,{gap}}}?"
    return re.compile(rf"{skip}\s+(?:{alternation(words.get('verbs') or ())}){skip}\s+that\b", re.I)


def learns(after: str) -> int:
    """The length of the text right after a side that makes it one that learns of an event ("learned on Monday
    that", "were told that", roles.yaml `learners`), 0 when none: it tells what happened, no party to it."""
    m = _learner().match(after)
    return m.end() if m is not None else 0


def may_name_role(around: str, start: int = 0, end: int = sys.maxsize) -> bool:
    """Whether the text around a side, around[start:end], holds a word that `party_to_pact` ("between"),
    `states_author` (a statement noun), `accuses` (an accusing verb) or `denies` (a denying verb) needs: a cheap
    test before them, on text that spans what they read. The pattern looks at nothing outside the words it matches
    (no boundary, no look-behind), so a search of the window answers as one of its slice: a document's text is
    asked with the window's bounds, not sliced and lowered for each side (its lower-case form is the document's,
    made once: `patterns.lower_form`)."""
    # (a search of the window's lower-case form for the words first: most windows hold none, and the case-blind
    # pattern's own pre-check and search of the text are spared)
    return window_holds(around, start, end, role_words()) and _role_words().search(around, start, end) is not None


@cache
def role_words() -> tuple[str, ...]:
    """The words `may_name_role` looks for, lower-case (`window_holds`): a window that lacks them all holds no match
    of its pattern."""
    return tuple(w.lower() for w in _role_word_list())


@cache
def _role_word_list() -> list[str]:
    """The one word of each phrase `party_to_pact`, `states_author`, `accuses`, `denies` and `learns` need, as the
    data spell it."""
    statements, accusers = _data().get("statements") or {}, _data().get("accusers") or {}
    words = ["between", *(statements.get("nouns") or ()), *(accusers.get("verbs") or ()), *_words("deniers"),
             *_words_of("learners", "cheap")]
    # (a phrase is tested by its last word, "local coordination committee" needs "committee": every word is one
    # word, which the trie needs, as it would match any spacing inside a phrase)
    return list(dict.fromkeys(w.split()[-1] for w in words if w.strip()))


def party_to_pact(before: str) -> bool:
    """Whether the words before a side make it a party to a pact ("a deal reached between the regime and "),
    roles.yaml `pacts`."""
    return _pact().search(before) is not None


def held_place_struck(frame: str) -> bool:
    """Whether an event of this frame with no other side is done to the holder of its place, roles.yaml
    `held_place_struck`."""
    return frame in _words("held_place_struck")


def named_by_fire(name: str) -> bool:
    """Whether a side's name ends in the fire it shot ("rebel fire", "opposition rockets"), roles.yaml
    `named_by_fire`."""
    words = name.split()
    return len(words) > 1 and words[-1].casefold() in _words("named_by_fire")


def brokers_a_pact(word_after_hyphen: str) -> bool:
    """Whether a word after "<side>-" makes the side a pact's broker ("a US-brokered truce"; roles.yaml
    pacts.brokers)."""
    return word_after_hyphen.casefold() in _words_of("pacts", "brokers")


def holds_a_place(word_after_hyphen: str) -> bool:
    """Whether a word after "<side>-" makes the side's name describe a place ("opposition-held"; roles.yaml
    holds_a_place)."""
    return word_after_hyphen.casefold() in _words("holds_a_place")


def against_a_side(word_before_hyphen: str) -> bool:
    """Whether a word before "-<side>" makes the side's name the target of a campaign ("anti-ISIL operation";
    roles.yaml against_a_side)."""
    return word_before_hyphen.casefold() in _words("against_a_side")


@cache
def _struck() -> re.Pattern[str]:
    spec = _data().get("weapons_struck") or {}
    verbs, between = spec.get("verbs") or [], spec.get("between") or []
    gap = rf"(?:(?:{alternation(between)}|\d[\d,]*)\s+|[\w-]+['’]s\s+)"  # "a", "two", "the group's"
    return re.compile(rf"\b(?:{alternation(verbs)})\s+{gap}{{0,3}}$", re.I)


@cache
def _downed() -> tuple[re.Pattern[str], re.Pattern[str]]:
    spec = _data().get("weapons_struck") or {}
    before = rf"\b(?:{alternation(spec['downed'])})\s+(?:\S+\s+){{0,3}}$" if spec.get("downed") else "(?!)"
    after = rf"^\s*(?:{alternation(spec['downed_after'])})\b" if spec.get("downed_after") else "(?!)"
    return re.compile(before, re.I), prefiltered(re.compile(after, re.I))


def weapon_struck(before: str, after: str = "") -> bool:
    """Whether the words around a weapon make it the object a force struck ("destroyed a mortar", "shot down a
    Russian helicopter", "their helicopter was shot down"), roles.yaml `weapons_struck`."""
    if not _data().get("weapons_struck"):
        return False
    downed_before, downed_after = _downed()
    struck = not lacks_words(before, _longest_words("weapons_struck", "verbs")) and _struck().search(before) is not None
    # (the words before seldom hold "shot", "brought" or "downed" either: that search is spared too; the lower-case
    # form of `before` is the one just made)
    return struck or (not lacks_words(before, _longest_words("weapons_struck", "downed"))
                      and downed_before.search(before) is not None) or downed_after.search(after) is not None


def air_raider(actor: str, noun: str) -> bool:
    """Whether a raid noun of this force is an air strike (roles.yaml `air_raiders`): the trigger's first word
    ("elimination of a command post")."""
    spec = _data().get("air_raiders") or {}
    first = noun.casefold().split()[0] if noun.strip() else ""
    return first in {str(n).casefold() for n in spec.get("nouns") or []} \
        and actor in (spec.get("forces") or ())


@cache
def _partitive() -> re.Pattern[str]:
    # opening the sentence, a figure at most between ("Of the 45 civilians killed", "Out of the 60 people"), never
    # within a name or a phrase ("locals of the area and students", "Development of the Congo militia members")
    phrases = alternation(_spaced(_data().get('partitive') or []))
    return re.compile(rf"\W*(?:out\s+)?(?:{phrases})\s+(?:[\d,]+\s+)?", re.I)


def partitive(before: str) -> bool:
    """Whether the words of its sentence before a side make it a part of those counted ("Of the 45 civilians
    killed"), roles.yaml."""
    return bool(_data().get("partitive")) and _partitive().fullmatch(before) is not None


@cache
def _nationality_words() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    data = _data()["victim_nationality"]
    fold = lambda phrases: frozenset(" ".join(p.casefold().split()) for p in phrases)  # noqa: E731
    of = "|".join(r"\s+".join(map(re.escape, p.split())) for p in data["of"])
    return fold(data["nouns"]), fold(data["foreign"]), re.compile(rf"\b(?:{of})\s+(?:the\s+)?$", re.I)


INTERNATIONAL = "International"


def victim_countries(text: str, country_of: Callable[[str], str | None],
                     country_named: Callable[[str], str | None]) -> set[str]:
    """The countries whose nationals the words name as victims ("two Somali refugees" -> Somalia, "a national of
    Mali" -> Mali, "five Ugandans" -> Uganda); "International" for foreigners of no named country ("foreign
    nationals"); roles.yaml victim_nationality. `country_of` folds a demonym to its country, `country_named` a
    country's name (a name before a noun is a place: "Raqqa, which borders Turkey, a woman ...")."""
    nouns, foreign, of = _nationality_words()

    def demonym(words: str) -> str | None:
        # a country's own name ("Turkey", "Syrias" for "Syria's") is a place or an owner, not the victims' country
        return None if country_named(words) else country_of(words)

    words = [(m.group(), m.start()) for m in _NATIONALITY_WORD.finditer(text)]
    folded = [w.casefold() for w, _ in words]
    # (an "of" phrase holds one of these words: a text without any has none before any name)
    of_told = not lacks_words(text, _longest_words("victim_nationality", "of"))
    found: set[str] = set()
    last = len(words) - 1
    firsts = _nationality_pair_firsts()
    for i, (word, start) in enumerate(words):
        low = folded[i]
        # (a two-word phrase opens with one of `firsts`: no pair is made of a word that opens none)
        pair = low + " " + folded[i + 1] if i < last and low in firsts else low
        if pair in foreign or low in foreign:
            found.add(INTERNATIONAL)
        if low in nouns or pair in nouns:
            found |= _demonyms_before(words, i, demonym)
        capital = word[:1].isupper()
        if capital and of_told and of.search(text, 0, start):
            country = country_named(" ".join(w for w, _ in words[i:i + 2])) or country_named(word)
            if country:
                found.add(country)
        if capital and word.endswith("s") and (country := demonym(word[:-1])):
            found.add(country)  # "four Somalis": the plural demonym is its people
    return found


@cache
def _nationality_pair_firsts() -> frozenset[str]:
    """The first words of the two-word phrases among the victims' nouns and the foreigners' words (roles.yaml
    `victim_nationality`, folded): only a word of these opens a pair `victim_countries` may find there."""
    nouns, foreign, _ = _nationality_words()
    return frozenset(p.split()[0] for p in nouns | foreign if len(p.split()) == 2)


_NATIONALITY_WORD = re.compile(r"[\w'’-]+")  # (compiled once: re.finditer looks the pattern up at every call)


def _demonyms_before(words: list[tuple[str, int]], i: int, country_of: Callable[[str], str | None]) -> set[str]:
    """The countries of the capitalized demonyms just before the noun at `i`, or one word before it ("a Nigerien
    Fulani herder", "South Korean fishing crew"), and of those joined to it ("a Canadian and an Italian aid
    worker")."""
    found: set[str] = set()
    for gap in (0, 1):
        for size in (2, 1):
            lo, hi = i - gap - size, i - gap
            if lo < 0 or not all(w[:1].isupper() for w, _ in words[lo:hi]):
                continue
            country = country_of(" ".join(w for w, _ in words[lo:hi]))
            if country:
                found.add(country)
                found |= _joined_demonyms(words, lo, country_of)
                return found
    return found


def _joined_demonyms(words: list[tuple[str, int]], lo: int, country_of: Callable[[str], str | None]) -> set[str]:
    """The demonyms joined by "and" before the one at `lo` ("an American and a Swiss national")."""
    found: set[str] = set()
    j = lo
    joiners = _words_of("victim_nationality", "joiners")
    while j > 0 and words[j - 1][0].casefold() in joiners:
        j -= 1
    if j == lo or not any(words[k][0].casefold() in ("and", "or") for k in range(j, lo)):
        return found
    for size in (2, 1):
        if j - size >= 0 and all(w[:1].isupper() for w, _ in words[j - size:j]):
            country = country_of(" ".join(w for w, _ in words[j - size:j]))
            if country:
                found.add(country)
                found |= _joined_demonyms(words, j - size, country_of)
                break
    return found
