"""The event lexicon: trigger, cue, means, target, crowd, attribution and number data files compiled into matchers."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from re import _constants as _sre_constants  # type: ignore[attr-defined]
from re import _parser as _sre_parser  # type: ignore[attr-defined]
from typing import Any, Final

import spacy
import yaml
from spacy.attrs import IDX, IS_ALPHA, LENGTH, LOWER, ORTH
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc

from warscribe.knowledge import located
from warscribe.knowledge.patterns import PatternError, PatternMatcher, compile_pattern, keyed

LEXICON_DIR = Path(__file__).resolve().parent.parent / "data" / "lexicon"
_LOWER_MEMO_SIZE = 200_000  # distinct lower-case words remembered by Lexicon.lower_words
# Distinct chunks (the text between two spaces) whose tokens spaCy's tokenizer remembers: its own bound, 10,000, is
# reached within some 400 news articles, after which each chunk not yet remembered is split by its affix rules again
# at every sighting (a chunk takes some 100 bytes)
TOKENIZER_CACHE_SIZE = 200_000
# The attributes of a word's lexeme that warscribe reads (the matchers' LOWER, Token.lower_ and Token.is_alpha):
# for each word it has not seen, spaCy calls every getter it knows (some 23 Python functions: shape, norm, like_url,
# ...); the others would be computed for no reader.
READ_LEXEME_ATTRS = frozenset({LOWER, IS_ALPHA})


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Frame:
    name: str
    plover: str
    rank: int
    violent: bool
    generic: bool = False
    crowd: bool = False
    default_agent: str | None = None
    specifies: bool = True
    conduct: bool = False  # how a protest was carried out or met: never what the protest is about
    mutual: bool = False  # a fight between two sides: its noun in a protest's sentence is the protest's conduct
    yields: bool = False  # damage told with violence against people in the same clause: the violence is the event
    weakest: bool = False  # any frame of higher rank in its sentence specifies it, even one that specifies no other
    takes_toll: bool = False  # a toll told with no doer before "amid/following" this frame is its toll
    defenceless: bool = False  # a pseudo-frame whose victims are the defenceless: people named with it never riot
    toll_agent: str | None = None  # the actor1 of a draft that names none but tells deaths ("shot down, killing 5")


@dataclass(frozen=True)
class TriggerEntry:
    frame: str
    pattern: str
    noun: bool = False
    patient_subject: bool = False
    significant: bool = False
    intransitive: bool = False  # "youths rioted in Kisumu" is never a reduced passive ("villagers killed in X")
    protest: bool = False  # the words themselves tell a protest ("a violent protest", "protested violently")
    tells: str = ""  # a pseudo-frame the words also tell ("blocked the highway": `blocked`, frames.yaml)
    topic: bool = False  # the words tell what a protest is about ("demanding the release of a student, detained")
    where: str = field(default="", compare=False)  # data file:line, for explanations


@dataclass(frozen=True)
class Source:
    name: str
    party: bool = False
    state: str | None = None


@dataclass(frozen=True)
class TypingRule:
    type: str
    sub: str
    frames: frozenset[str] = frozenset()
    also: frozenset[str] = frozenset()
    means: frozenset[str] = frozenset()
    target: frozenset[str] = frozenset()
    agent: frozenset[str] = frozenset()
    with_: frozenset[str] = frozenset()  # frames that must all be told besides the main one (YAML `with`)
    told: frozenset[str] = frozenset()  # pseudo-frames the main trigger's own words tell (triggers.yaml `tells`)
    lacks: frozenset[str] = frozenset()  # means classes none of which the sentence may name
    where: str = field(default="", compare=False)


@dataclass(frozen=True)
class Cited:
    """A cue or means pattern's place in its data file (the payload of its matches)."""

    where: str


# (Not frozen, with an `__init__` of its own: compiled, a dataclass's generated `__init__` runs in the interpreter,
# a frozen one's setting each field through `object.__setattr__`, some 19,500 a pass over FA-KES; `unsafe_hash`
# keeps the hash a frozen one had. Nothing sets a match's fields after it is made.)
@dataclass(unsafe_hash=True)
class Match:
    """A lexicon match in token positions of a spaCy Doc."""

    kind: str  # trigger | cue | means | target | crowd | source
    label: str  # the frame, cue class, means class or source name
    start: int
    end: int
    entry: Any = None

    def __init__(self, kind: str, label: str, start: int, end: int, entry: Any = None) -> None:
        self.kind = kind
        self.label = label
        self.start = start
        self.end = end
        self.entry = entry


@dataclass
class Numbers:
    words: dict[str, int]
    indefinite: dict[str, int]
    vague: frozenset[str]
    modifiers: tuple[str, ...]
    outcomes: dict[str, str]
    victims: dict[str, str]
    victims_first: tuple[str, ...] = ()
    off_duty: frozenset[str] = frozenset()
    # number words that join into one figure ("thirty-five", "one hundred and twenty"): units, teens, tens, scales
    compounds: dict[str, tuple[str, ...]] = field(default_factory=dict)


_SOURCES: dict[str, located.Located] = {}


def _read(name: str) -> Any:
    path = LEXICON_DIR / name
    try:
        _SOURCES[name] = located.load(path)
    except yaml.YAMLError as err:
        raise LexiconError(f"{path}: not valid YAML: {err}") from err
    return _SOURCES[name].data


def _where(name: str, *key: Any) -> str:
    return _SOURCES[name].where(*key) if name in _SOURCES else ""


@dataclass
class Lexicon:
    """Every piece of event vocabulary, with the matchers that find it in tokenized text."""

    nlp: Any
    frames: dict[str, Frame]
    triggers: list[TriggerEntry]
    cue_scopes: dict[str, str]
    sources: dict[str, Source]
    reporting_verbs: frozenset[str]
    claim_verbs: frozenset[str]
    rules: list[TypingRule]
    numbers: Numbers
    matcher: PatternMatcher = field(repr=False, default=None)  # type: ignore[assignment]
    source_matcher: PhraseMatcher = field(repr=False, default=None)  # type: ignore[assignment]
    source_case_matcher: PhraseMatcher = field(repr=False, default=None)  # type: ignore[assignment]
    _lowers: dict[int, str] = field(repr=False, default_factory=dict)  # lower-case hash -> string
    _rules_by_frame: dict[str, list[TypingRule]] = field(repr=False, default_factory=dict)
    _source_names: dict[int, str] = field(repr=False, default_factory=dict)  # a source matcher's key -> its name
    # what a statement, a report or a video is said to be put out with ("released Saturday"): its day is no event's
    release_verbs: frozenset[str] = frozenset()
    # the words that tie a side to a source before it ("the IS-linked Amaq agency"): attribution.yaml source_links
    source_links: frozenset[str] = frozenset()
    # the words that may stand between an armed side's name and its members' crowd word ("the Nusra Front group
    # members"): crowds.yaml name_joins
    crowd_joins: frozenset[str] = frozenset()
    # the crowd words and the phrases after them that name an armed side's men ("members of an armed group"):
    # crowds.yaml members_of
    members_words: frozenset[str] = frozenset()
    members_of: tuple[tuple[str, ...], ...] = ()
    # the lower-case form of the first token of each alias `source_case_matcher` holds: a paragraph whose words hold
    # none has no match of it (a token of the same text has the same lower-case form), and is not read by it (most
    # paragraphs name no "SANA" or "AFP"). None: no such test.
    source_case_words: frozenset[str] | None = None
    # the phrases `source_matcher` holds, as it holds them: each source's name with the lower-case hashes (spaCy's
    # LOWER) of its aliases' tokens, in the order added, for a caller that holds them in a lower-case matcher of its
    # own (the recognize stage's actor matcher: one pass over a paragraph finds both)
    source_phrases: tuple[tuple[str, tuple[tuple[int, ...], ...]], ...] = ()
    # `source_case_words` as spaCy's ids of those strings (what a Doc's LOWER array holds), for `matches`
    source_case_ids: frozenset[int] | None = None

    @classmethod
    def load(cls) -> Lexicon:
        return _load_lexicon()

    def tokenize(self, text: str) -> Doc:
        return self.nlp.tokenizer(text)

    def matches(self, doc: Doc, ids: list[int] | None = None,
                lower_sources: list[tuple[int, int, int]] | None = None) -> list[Match]:
        """Triggers, cues and means, overlapping matches of one kind reduced to the longest. `ids`: the Doc's
        lower-case ids (spaCy's LOWER: the matcher's patterns are `keyed` by them), if read already (`read_ids`);
        `lower_sources`: what `source_matcher` finds in it, if found already (by a matcher holding
        `source_phrases`)."""
        found: list[Match] = []
        ids = doc.to_array(LOWER).tolist() if ids is None else ids
        for (kind, label, entry), start, end in self.matcher(ids):
            # a pattern's gap never runs past a sentence's end ("was abducted and killed. The protesters ...";
            # not "School No. 8": a stop before a capital)
            if end - start > 2 and _gap_ends_sentence(doc, ids, start, end):
                continue
            found.append(Match(kind, label, start, end, entry))
        found += self._source_matches(doc, ids, lower_sources)
        return _longest_per_kind(found)

    def read_ids(self, doc: Doc) -> tuple[list[int], Any]:
        """What the recognize stage reads of each token of a paragraph, from one array of the Doc (no Token object
        made per word, no string): the lower-case ids (spaCy's LOWER, what `matches` reads) and the array
        (`read_lower_tokens`'s). None for the array of a Doc of no token."""
        if not len(doc):
            return [], None
        at = doc.to_array(READ_ATTRS)
        return at[:, 0].tolist(), at

    def lower_words(self, doc: Doc) -> list[str]:
        """`[t.lower_ for t in doc]`, read from the Doc's array of lower-case hashes (no Token object made per
        word); the strings are remembered by hash, a bounded memo: words repeat."""
        return self._strings(doc.to_array(LOWER).tolist(), doc)

    def read_lower_tokens(self, doc: Doc) -> tuple[list[str], Any]:
        """What the recognize stage reads of each token of a paragraph, from one array of the Doc (no Token object
        made per word): the lower-case words (`lower_words`) and the array, a row per token of its LOWER hash, offset
        in the Doc and length (`READ_ATTRS`). A token's text is not made (most are never read: a reader cuts those
        it reads from the text by the array's offsets and lengths)."""
        if not len(doc):
            return [], None
        at = doc.to_array(READ_ATTRS)
        return self._strings(at[:, 0].tolist(), doc), at

    def read_tokens(self, doc: Doc) -> tuple[list[str], list[str], Any]:
        """`read_lower_tokens` with the token texts besides (read from an ORTH column after `READ_ATTRS`'s, from
        the same memo: it holds any string by its hash): the lower-case words, the texts and the array."""
        if not len(doc):
            return [], [], None
        at = doc.to_array([*READ_ATTRS, ORTH])
        return self._strings(at[:, 0].tolist(), doc), self._strings(at[:, len(READ_ATTRS)].tolist(), doc), at

    def _strings(self, hashes: list[int], doc: Doc) -> list[str]:
        """The strings of a Doc's hashes, from the bounded memo: no Python call per word it knows already."""
        memo = self._lowers
        if len(memo) > _LOWER_MEMO_SIZE:
            memo.clear()
        # (a comprehension: as quick as map in Python, and compiled a loop of dict look-ups with no call per word)
        strings = [memo.get(h) for h in hashes]
        if None in strings:
            store = doc.vocab.strings
            for i, string in enumerate(strings):
                if string is None:
                    strings[i] = memo.setdefault(hashes[i], store[hashes[i]])
        return strings  # type: ignore[return-value]  # (every None filled just above)

    def _source_matches(self, doc: Doc, ids: list[int] | None = None,
                        lower_sources: list[tuple[int, int, int]] | None = None) -> list[Match]:
        """The sources named in a Doc (`ids`: its lower-case ids, if read already; `lower_sources`: the matches of
        `source_matcher`, if found already)."""
        out: list[Match] = []
        self._add_sources(self.source_matcher(doc) if lower_sources is None else lower_sources, out)
        case_ids = self.source_case_ids
        # (none of the cased aliases' first words: no match of them)
        if case_ids is None or ids is None or not case_ids.isdisjoint(ids):
            self._add_sources(self.source_case_matcher(doc), out)
        return out

    def _add_sources(self, found: Any, out: list[Match]) -> None:
        """A source matcher's (key, start, end) matches added to `out` as source matches."""
        names = self._source_names
        for key, start, end in found:
            name = names.get(key)
            if name is None:  # (decoded from spaCy's store once per source, then read by its hash)
                name = names[key] = self.nlp.vocab.strings[key]
            out.append(Match("source", name, start, end, self.sources[name]))

    def frame_rank(self, frame: str) -> int:
        return self.frames[frame].rank

    def rules_for(self, frame: str) -> list[TypingRule]:
        """The typing rules, in order, that a draft of this main frame can meet (those naming no frames, or this
        one among theirs): the rest fail on the frame, so a draft need not try them all. Built once per frame."""
        rules = self._rules_by_frame.get(frame)
        if rules is None:
            rules = self._rules_by_frame[frame] = [r for r in self.rules if not r.frames or frame in r.frames]
        return rules


_SENTENCE_ENDS = frozenset({".", "!", "?"})
_SENTENCE_END_IDS = frozenset(get_string_id(w) for w in _SENTENCE_ENDS)  # (as a Doc's LOWER array holds them)


def _gap_ends_sentence(doc: Doc, ids: list[int], start: int, end: int) -> bool:
    """Whether a word inside a match (not its first or last) ends a sentence: a stop before a capital. `ids`: the
    Doc's lower-case ids. (A plain loop: compiled, a set test a word, no slice made and no generator.)"""
    ends = False
    for j in range(start + 1, end - 1):
        if ids[j] in _SENTENCE_END_IDS and doc[j + 1].text[:1].isupper():
            ends = True
            break
    return ends


# The token attributes `Lexicon.read_lower_tokens` reads, in its array's order (no ORTH: a "-" token, the one
# text the recognize stage asks of the array, is told by its LOWER as well; each column costs a pass over the Doc)
READ_ATTRS = [LOWER, IDX, LENGTH]


def _longest_per_kind(matches: list[Match]) -> list[Match]:
    """Among overlapping matches of the same kind keep the longest (earliest on ties)."""
    kept: list[Match] = []
    # kind -> the token indices the matches kept so far hold (only one kind's can clash; a match holds a word)
    held: dict[str, set[int]] = {}
    # On a tie an event-noun reading wins ("the kidnapping of ...": a noun, not a participle). (The order is that of
    # the keys (length, longest first; start; noun first; index), each written as one int in mixed radix
    # (`_order_keys`): ints sorted with no tuple made or compared per match; the index keeps equal keys in their
    # order, as a stable sort does.)
    count = len(matches)
    for key in _order_keys(matches):
        m = matches[key % count]
        taken = held.get(m.kind)
        if taken is None:
            taken = held[m.kind] = set()
        # (the span's words tested and added one by one: compiled, a plain loop, no range object made)
        free = True
        for j in range(m.start, m.end):
            if j in taken:
                free = False
                break
        if free:
            kept.append(m)
            for j in range(m.start, m.end):
                taken.add(j)
    return _by_span(kept)


def _reach(matches: list[Match]) -> int:
    """One more than the farthest end of the matches (at least 1): above every start, end and length of theirs."""
    reach = 1
    for m in matches:
        if m.end >= reach:
            reach = m.end + 1
    return reach


def _order_keys(matches: list[Match]) -> list[int]:
    """Each match's sort key (length, longest first; start; an event noun first; its index) as one int, the digits
    in radixes above each one's values (`_reach` for the length and the start, 2, the matches' count), sorted: the
    order of the keys as tuples, the index of each match its key modulo the count."""
    reach = _reach(matches)
    count = len(matches)
    keys: list[int] = []
    for i, m in enumerate(matches):
        keys.append((((reach - (m.end - m.start)) * reach + m.start) * 2 + (0 if _noun(m.entry) else 1)) * count + i)
    keys.sort()
    return keys


def _by_span(matches: list[Match]) -> list[Match]:
    """The matches sorted by (start, end), stably (`sorted` by their spans), through one int per match: its start
    and end in the radix `_reach`, then its place in the list."""
    reach = _reach(matches)
    count = len(matches)
    keys: list[int] = []
    for i, m in enumerate(matches):
        keys.append((m.start * reach + m.end) * count + i)
    keys.sort()
    return [matches[key % count] for key in keys]


def _noun(entry: Any) -> bool:
    """Whether a match's entry reads as an event noun: its `noun`, False where it has none (a trigger's read
    directly; `getattr` with a default raises and catches an error for each entry lacking the field)."""
    if isinstance(entry, TriggerEntry):
        return entry.noun
    if entry is None or isinstance(entry, (Cited, Source)):
        return False
    return bool(getattr(entry, "noun", False))


# The keys a trigger mapping may hold: any other is a slip of YAML's flow syntax ("{p: strike~n and|, ?a march~n}"
# reads ", ?a march~n" as a second key and leaves the pattern cut short), refused rather than matched.
_ENTRY_KEYS = frozenset({"p", "noun", "patient_subject", "significant", "intransitive", "protest", "tells", "topic"})


def _entry(raw: Any, frame: str, where: str = "") -> TriggerEntry:
    if isinstance(raw, str):
        return TriggerEntry(frame, raw, where=where)
    if isinstance(raw, dict) and isinstance(raw.get("p"), str) and not set(raw) - _ENTRY_KEYS:
        return TriggerEntry(frame, raw["p"], bool(raw.get("noun")), bool(raw.get("patient_subject")),
                            bool(raw.get("significant")), bool(raw.get("intransitive")), bool(raw.get("protest")),
                            str(raw.get("tells", "")), bool(raw.get("topic")), where=where)
    raise LexiconError(f"{LEXICON_DIR / 'triggers.yaml'}: bad entry under {frame!r}: {raw!r}")


def _frames() -> dict[str, Frame]:
    raw = _read("frames.yaml")["frames"]
    return {name: Frame(name, v["plover"], int(v["rank"]), bool(v["violent"]), bool(v.get("generic")),
                        bool(v.get("crowd")), v.get("default_agent"), bool(v.get("specifies", True)),
                        bool(v.get("conduct")), bool(v.get("mutual")), bool(v.get("yields")),
                        bool(v.get("weakest")), bool(v.get("takes_toll")), bool(v.get("defenceless")),
                        v.get("toll_agent"))
            for name, v in raw.items()}


def _rules(frames: dict[str, Frame]) -> list[TypingRule]:
    rules = []
    for i, r in enumerate(_read("typing.yaml")["rules"], 1):
        unknown = (set(r.get("frames", [])) | set(r.get("with", [])) | set(r.get("told", []))) - frames.keys()
        if unknown:
            raise LexiconError(f"{LEXICON_DIR / 'typing.yaml'}: rule {i} names unknown frames {sorted(unknown)}")
        rules.append(TypingRule(
            r["type"], r["sub"], frozenset(r.get("frames", [])), frozenset(r.get("also", [])),
            frozenset(r.get("means", [])), frozenset(r.get("target", [])), frozenset(r.get("agent", [])),
            frozenset(r.get("with", [])), frozenset(r.get("told", [])), frozenset(r.get("lacks", [])),
            where=_where("typing.yaml", "rules", i - 1)))
    return rules


def _numbers() -> Numbers:
    raw = _read("numbers.yaml")
    return Numbers({k: int(v) for k, v in raw["words"].items()},
                   {k: int(v) for k, v in raw["indefinite"].items()}, frozenset(raw["vague"]),
                   tuple(raw["modifiers"]), dict(raw["outcomes"]), dict(raw["victims"]),
                   tuple(raw.get("victims_first", ())), frozenset(raw.get("off_duty", ())),
                   {k: tuple(v) for k, v in raw.get("compounds", {}).items()})


def guard_url_match(tokenizer: Any) -> None:
    """Put a test for a dot before the tokenizer's URL pattern: every URL it matches holds one (an address's host,
    a domain or an IP), and most words hold none, which the test leaves at once; the pattern's own first steps
    backtrack over the whole word (a scheme's "://", a user's "@") before they fail."""
    url = getattr(tokenizer.url_match, "__self__", None)
    if isinstance(url, re.Pattern) and url.pattern.startswith(("(?u)^", "^")):
        tokenizer.url_match = re.compile(r"(?=[^.]*\.)" + url.pattern.removeprefix("(?u)"), url.flags).match


# The last characters `EndSearch` keeps a search of the rules ending with them for (words end in a few dozen)
_ENDINGS_KEPT = 1024
# `EndSearch._edges`' flags of a last character: a match can end with it; a match of an unbounded rule can
_ENDS_RULE: Final = 1
_ENDS_FAR: Final = 2


class EndSearch:
    """`pattern.search` for a pattern whose every match ends the string (spaCy's suffix rules: an alternation of
    `rule$`), the same match found without trying every position: the rules of bounded width are searched only
    in the last characters they can span, the few of unbounded width (a run of dots) over the whole string, and the
    leftmost start found is matched by the whole pattern there (as its search would match there, trying the rules
    in order). `__self__` is the pattern, as a bound `search` has it (spaCy serializes the tokenizer's rules by
    it)."""

    def __init__(self, pattern: re.Pattern[str], bounded: re.Pattern[str], unbounded: re.Pattern[str] | None,
                 width: int, last: EdgeClass | None = None,
                 rules: list[tuple[str, EdgeClass | None, int]] | None = None,
                 far_last: EdgeClass | None = None) -> None:
        self.__self__ = pattern
        self._bounded, self._unbounded, self._width = bounded.search, unbounded and unbounded.search, width
        self._last = last  # every character a match can end with (`edge_class`), or None: no such test
        # every character a match of the unbounded rules can end with, or None: no such test
        self._far_last = far_last
        # the bounded rules in order, each with the characters its matches end with (None: any) and its width; and
        # by a word's last character, the search of the rules that can end with it and their width (`_ending`)
        self._rules: list[tuple[str, EdgeClass | None, int]] = rules or []
        self._by_last: dict[str, tuple[Callable[[str, int], re.Match[str] | None], int]] = {}
        # by a word's last character, whether a match can end with it and whether an unbounded rule's can
        # (`_ENDS_RULE`, `_ENDS_FAR`: `_edges`)
        self._edges_by_last: dict[str, int] = {}

    def __call__(self, string: str) -> re.Match[str] | None:
        if string and string[-1] != "\n":
            # (a match ends the string: its last character is the string's. A word whose last character ends no
            # rule, most words, has no match; one that ends no rule of unbounded width is not searched for them
            # (the run of dots, searched over the whole word): both told by the character's flags, worked out once)
            last = string[-1]
            edges = self._edges_by_last.get(last)
            if edges is None:
                edges = self._edges(last)
            if not edges & _ENDS_RULE:
                return None
            if self._rules:
                # only the rules that end with its last character are searched, from as far back as the longest of
                # them reaches (a word ending in a letter passes the class test by a unit rule, "5km", and the whole
                # alternation, its classes of thousands of letters among it, tried at each of the last characters
                # cost far more)
                search, width = self._by_last.get(last) or self._ending(last)
                found = search(string, max(0, len(string) - width))
            else:
                found = self._bounded(string, max(0, len(string) - self._width - 1))
            far = self._unbounded(string) if self._unbounded is not None and edges & _ENDS_FAR else None
        else:
            # (a match ends the string, or precedes its final newline: it starts `width` + 1 characters from the
            # end at the farthest)
            found = self._bounded(string, max(0, len(string) - self._width - 1))
            far = self._unbounded(string) if self._unbounded is not None else None
        if far is not None and (found is None or far.start() < found.start()):
            found = far
        return None if found is None else self.__self__.match(string, found.start())

    def _edges(self, last: str) -> int:
        """Whether a match can end with the character `last` (`_ENDS_RULE`) and whether a match of the unbounded
        rules can (`_ENDS_FAR`), as flags; remembered for up to `_ENDINGS_KEPT` characters. (A class's answer for a
        word's last character is the same for the character alone: an ASCII one is in the class exactly when it is
        in the class's ASCII part.)"""
        edges = 0
        if self._last is None or self._last.ends(last):
            edges |= _ENDS_RULE
        if self._unbounded is not None and (self._far_last is None or self._far_last.ends(last)):
            edges |= _ENDS_FAR
        if len(self._edges_by_last) < _ENDINGS_KEPT:
            self._edges_by_last[last] = edges
        return edges

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> EndSearch | None:
        """The search for `pattern`, or None where its alternatives are not all anchored at the end (`rule$`)."""
        parts = _alternatives(pattern.pattern)
        try:
            tree = _sre_parser.parse(pattern.pattern, pattern.flags)
            widths = [_sre_parser.parse(part, pattern.flags).getwidth()[1] for part in parts]
        except re.error:
            return None
        if len(tree) != 1 or tree[0][0] is not _sre_constants.BRANCH or len(tree[0][1][1]) != len(parts) \
                or not all(part.endswith("$") and not part.endswith("\\$") for part in parts):
            return None  # (a lone "$" after a backslash would be a literal dollar)
        width = max((w for w in widths if w < _sre_constants.MAXREPEAT), default=0)
        bounded = [part for part, w in zip(parts, widths, strict=True) if w <= width]
        unbounded = [part for part, w in zip(parts, widths, strict=True) if w > width]
        rules = [(part, edge_class(_sre_parser.parse(part, pattern.flags), pattern.flags, last=True), w)
                 for part, w in zip(parts, widths, strict=True) if w <= width]
        far = re.compile("|".join(unbounded), pattern.flags) if unbounded else None
        return cls(pattern, re.compile("|".join(bounded) or "(?!)", pattern.flags), far, width,
                   edge_class(tree, pattern.flags, last=True), rules,
                   None if far is None else edge_class(_sre_parser.parse(far.pattern, far.flags), far.flags, last=True))

    def _ending(self, last: str) -> tuple[Callable[[str, int], re.Match[str] | None], int]:
        """The search of the bounded rules whose matches can end with the character `last` (those of no known last
        characters too), in their order, and the most characters one of them takes; remembered for up to
        `_ENDINGS_KEPT` characters. (A rule that ends with no such character has no match in a word that ends so.)"""
        rules = [(part, w) for part, edge, w in self._rules if edge is None or edge.whole.match(last) is not None]
        flags = self.__self__.flags
        found = (re.compile("|".join(part for part, _w in rules) or "(?!)", flags).search,
                 max((w for _part, w in rules), default=0))
        if len(self._by_last) < _ENDINGS_KEPT:
            self._by_last[last] = found
        return found


class GuardedFinditer:
    """`pattern.finditer` behind a test for the characters its matches can begin with (spaCy's infix rules: some
    eight alternatives tried at every character of a word it has not seen, though most words hold none of the
    characters a rule consumes first: a hyphen, a dot, a slash, a symbol); a word with one of them is searched as
    before. `__self__` is the pattern, as a bound `finditer` has it (spaCy serializes the rules by it)."""

    def __init__(self, pattern: re.Pattern[str], first: EdgeClass) -> None:
        self.__self__ = pattern
        self._first, self._finditer = first, _led_by(pattern, first).finditer

    def __call__(self, string: str) -> Iterator[re.Match[str]]:
        return self._finditer(string) if self._first.search(string) else iter(())

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> GuardedFinditer | None:
        """The guarded finditer of `pattern`, or None where the characters its matches begin with are not known."""
        try:
            tree = _sre_parser.parse(pattern.pattern, pattern.flags)
        except re.error:
            return None
        first = edge_class(tree, pattern.flags, last=False)
        return None if first is None else cls(pattern, first)


def _led_by(pattern: re.Pattern[str], first: EdgeClass) -> re.Pattern[str]:
    """The pattern behind a look-ahead for the characters its matches begin with (`first`'s ASCII part, or any
    character beyond ASCII): the same matches, but a position whose character begins none is left after one small
    class test, not after every rule is tried there (spaCy's infix rules hold classes of hundreds of ranges, some
    beyond the first plane, read range by range). The pattern itself where its source will not take the lead."""
    try:
        return re.compile(f"(?={first.ascii_part.pattern}|[^\\x00-\\x7f])(?:{pattern.pattern})", pattern.flags)
    except re.error:  # (a source with flags of its own at its start, say)
        return pattern


# What a pattern's parse says takes no character: an anchor, a look-ahead or a look-behind
_ZERO_WIDTH = (_sre_constants.AT, _sre_constants.ASSERT, _sre_constants.ASSERT_NOT)


def edge_class(items: Any, flags: int, last: bool) -> EdgeClass | None:
    """A class of every character that a match of the parsed pattern `items` can begin with (`last`: end with), or
    None where the parse says no such class plainly (a character of any kind, a category, a match that may take no
    character)."""
    found = _edge_items(list(items), last)
    if not found or any(op not in (_sre_constants.LITERAL, _sre_constants.RANGE) for op, _av in found):
        return None
    # an ASCII text's characters tested against the ASCII part of the class alone (a few characters; the whole
    # class, with its hundreds of ranges of symbols, costs far more a character); a case-blind class may match an
    # ASCII letter by a character beyond ASCII (the Kelvin sign): then the whole class always
    low = [(op, av) if op is _sre_constants.LITERAL else (op, (av[0], min(av[1], 127))) for op, av in found
           if (av if op is _sre_constants.LITERAL else av[0]) < 128]
    whole = _class_pattern(found, flags)
    return EdgeClass(whole, whole if flags & re.IGNORECASE else _class_pattern(low, flags))


def _class_pattern(members: list[Any], flags: int) -> re.Pattern[str]:
    """One class of these literals and ranges (a pattern that never matches where there are none)."""
    parts = [re.escape(chr(av)) if op is _sre_constants.LITERAL else f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
             for op, av in members]
    return re.compile("[" + "".join(parts) + "]" if parts else "(?!)", flags)


class EdgeClass:
    """The characters a pattern's matches begin (or end) with, as a class for any text and one for an ASCII text."""

    def __init__(self, whole: re.Pattern[str], ascii_part: re.Pattern[str]) -> None:
        self.whole, self.ascii_part = whole, ascii_part

    def search(self, text: str) -> bool:
        """Whether the text holds one of the characters."""
        return (self.ascii_part if text.isascii() else self.whole).search(text) is not None

    def ends(self, text: str) -> bool:
        """Whether the text's last character is one of them."""
        return (self.ascii_part if text.isascii() else self.whole).match(text, len(text) - 1) is not None


def _edge_items(items: list[Any], last: bool) -> list[Any] | None:
    """The class members (literals and ranges) one of which the first (`last`: the last) character each match of
    the parsed sequence `items` takes matches, or None when that is not plainly known."""
    taking = [(op, av) for op, av in items if op not in _ZERO_WIDTH]
    if not taking:
        return None
    op, av = taking[-1] if last else taking[0]
    if op is _sre_constants.LITERAL:
        return [(op, av)]
    if op is _sre_constants.IN:
        return None if any(o not in (_sre_constants.LITERAL, _sre_constants.RANGE) for o, _a in av) else list(av)
    if op in (_sre_constants.MAX_REPEAT, _sre_constants.MIN_REPEAT) and av[0] >= 1:
        return _edge_items(list(av[2]), last)
    if op is _sre_constants.SUBPATTERN and not av[1] and not av[2]:  # (a group that sets no flags of its own)
        return _edge_items(list(av[3]), last)
    if op is _sre_constants.BRANCH:
        out: list[Any] = []
        for alternative in av[1]:
            edge = _edge_items(list(alternative), last)
            if edge is None:
                return None
            out += edge
        return out
    return None


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex's source (a `|` inside a group or a class, or escaped, divides none)."""
    parts, depth, in_class, start, i = [], 0, False, 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 2 if pattern.startswith("^]", i + 1) else 1 if pattern.startswith(("]", "^"), i + 1) else 0
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


def guard_suffix_search(tokenizer: Any) -> None:
    """The tokenizer's suffix rules searched near the end of a word (`EndSearch`): spaCy's search tries each of
    some 260 rules at every character of a word it has not seen, though a match can only end it."""
    pattern = getattr(tokenizer.suffix_search, "__self__", None)
    if isinstance(pattern, re.Pattern) and (search := EndSearch.of(pattern)) is not None:
        tokenizer.suffix_search = search


def guard_infix_finditer(tokenizer: Any) -> None:
    """The tokenizer's infix rules searched only in a word holding a character one of them begins with
    (`GuardedFinditer`)."""
    pattern = getattr(tokenizer.infix_finditer, "__self__", None)
    if isinstance(pattern, re.Pattern) and (finditer := GuardedFinditer.of(pattern)) is not None:
        tokenizer.infix_finditer = finditer


def anchored_prefix_search(tokenizer: Any) -> None:
    """The tokenizer's prefix rules matched at a word's start (`match`), not searched along it: each rule is
    anchored there (`^rule`), so the search finds what the match does, but tries every character of the word. The
    match is led by the characters the rules begin with (`_led_by`): a word that begins with a letter, most words
    the tokenizer has not seen, is left after one class test, not after each of some 80 rules is tried."""
    pattern = getattr(tokenizer.prefix_search, "__self__", None)
    if isinstance(pattern, re.Pattern) and _anchored_at_start(pattern):
        first = edge_class(_sre_parser.parse(pattern.pattern, pattern.flags), pattern.flags, last=False)
        tokenizer.prefix_search = (pattern if first is None else _led_by(pattern, first)).match


def _anchored_at_start(pattern: re.Pattern[str]) -> bool:
    """Whether every alternative of the pattern begins with `^` (the string's start: no MULTILINE flag)."""
    if pattern.flags & re.MULTILINE:
        return False
    try:
        tree = _sre_parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return False
    alternatives = tree[0][1][1] if len(tree) == 1 and tree[0][0] is _sre_constants.BRANCH else [tree]
    begins = (_sre_constants.AT_BEGINNING, _sre_constants.AT_BEGINNING_STRING)
    return all(len(alt) and alt[0][0] is _sre_constants.AT and alt[0][1] in begins for alt in alternatives)


def roomy_cache(tokenizer: Any) -> None:
    """Let the tokenizer remember up to `TOKENIZER_CACHE_SIZE` chunks' tokens (a larger bound of its own stays):
    a remembered chunk's tokens are those its rules give it."""
    if getattr(tokenizer, "max_cache_size", TOKENIZER_CACHE_SIZE) < TOKENIZER_CACHE_SIZE:
        tokenizer.max_cache_size = TOKENIZER_CACHE_SIZE


def lean_getters(vocab: Any) -> None:
    """Keep only the lexeme attribute getters of `vocab` whose values warscribe reads (READ_LEXEME_ATTRS), spaCy's
    own that a method of `str` answers alike as that method (`_same_as_method`)."""
    getters = vocab.lex_attr_getters or {}
    same = _same_as_method()
    vocab.lex_attr_getters = {attr: same.get(get, get) for attr, get in getters.items() if attr in READ_LEXEME_ATTRS}


def _same_as_method() -> dict[Any, Callable[[str], Any]]:
    """spaCy's lexeme getters that only call a method of the string (`lower`: `string.lower()`, `is_alpha`:
    `string.isalpha()`), each with that method: called for every word the tokenizer has not seen, some 2,900 a
    pass over FA-KES' unseen half, the method is called with no Python frame in between (the same values)."""
    from spacy.lang import lex_attrs

    return {lex_attrs.lower: str.lower, lex_attrs.is_alpha: str.isalpha}


@cache
def _load_lexicon() -> Lexicon:
    nlp = spacy.blank("en")
    lean_getters(nlp.vocab)
    guard_url_match(nlp.tokenizer)
    guard_suffix_search(nlp.tokenizer)
    guard_infix_finditer(nlp.tokenizer)
    anchored_prefix_search(nlp.tokenizer)
    roomy_cache(nlp.tokenizer)
    frames = _frames()
    compiled = []

    def add(kind: str, label: str, pattern: str, entry: Any = None) -> None:
        try:
            compiled.append(compile_pattern(pattern, (kind, label, entry)))
        except PatternError as err:
            raise LexiconError(f"{LEXICON_DIR}: {kind} {label!r}: {err}") from err

    triggers: list[TriggerEntry] = []
    for frame, raws in _read("triggers.yaml").items():
        if frame not in frames:
            raise LexiconError(f"{LEXICON_DIR / 'triggers.yaml'}: unknown frame {frame!r}")
        for i, raw in enumerate(raws):
            entry = _entry(raw, frame, _where("triggers.yaml", frame, i))
            triggers.append(entry)
            add("trigger", frame, entry.pattern, entry)
    cue_scopes = {}
    for cue, spec in _read("cues.yaml").items():
        cue_scopes[cue] = spec["scope"]
        for i, pattern in enumerate(spec["patterns"]):
            add("cue", cue, str(pattern), Cited(_where("cues.yaml", cue, "patterns", i)))
    for cls_name, patterns in _read("means.yaml").items():
        for i, pattern in enumerate(patterns):
            add("means", cls_name, pattern, Cited(_where("means.yaml", cls_name, i)))
    for actor_label, patterns in _read("targets.yaml").items():
        for i, pattern in enumerate(patterns):
            add("target", actor_label, pattern, Cited(_where("targets.yaml", actor_label, i)))
    crowds = _read("crowds.yaml")
    for i, pattern in enumerate(crowds["crowd"]):
        add("crowd", "crowd", pattern, Cited(_where("crowds.yaml", "crowd", i)))
    attribution = _read("attribution.yaml")
    sources = {s["name"]: Source(s["name"], bool(s.get("party")), s.get("state")) for s in attribution["sources"]}
    lower, cased = PhraseMatcher(nlp.vocab, attr="LOWER"), PhraseMatcher(nlp.vocab, attr="ORTH")
    case_words: set[str] = set()
    source_phrases: list[tuple[str, tuple[tuple[int, ...], ...]]] = []
    for s in attribution["sources"]:
        short = [a for a in s["aliases"] if a.isupper() and len(a) <= 4]
        short_docs = [nlp.make_doc(a) for a in short]
        case_words.update(d[0].lower_ for d in short_docs if len(d))
        cased.add(s["name"], short_docs)
        long_docs = [nlp.make_doc(a) for a in s["aliases"] if a not in short]
        lower.add(s["name"], long_docs)
        # (the hashes PhraseMatcher.add takes from a Doc for LOWER; it skips an empty one)
        source_phrases.append((s["name"], tuple(tuple(t.lower for t in d) for d in long_docs if len(d))))
    return Lexicon(nlp, frames, triggers, cue_scopes, sources, frozenset(attribution["reporting_verbs"]),
                   frozenset(attribution["claim_verbs"]), _rules(frames), _numbers(),
                   PatternMatcher([keyed(p, get_string_id) for p in compiled]),
                   lower, cased, release_verbs=frozenset(attribution.get("release_verbs", ())),
                   source_links=frozenset(attribution.get("source_links", ())),
                   crowd_joins=frozenset(str(w).lower() for w in crowds.get("name_joins") or ()),
                   members_words=frozenset(str(w).lower() for w in crowds["members_of"]["words"]),
                   members_of=tuple(tuple(str(p).lower().split()) for p in crowds["members_of"]["of"]),
                   source_case_words=frozenset(case_words), source_phrases=tuple(source_phrases),
                   source_case_ids=frozenset(get_string_id(w) for w in case_words))
