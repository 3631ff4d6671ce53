"""Places stage: recognises place mentions and gives each event its location, admin areas and geo_precision."""

from __future__ import annotations

import bisect
import operator
import re
from collections import Counter
from collections.abc import Callable
from functools import cache, lru_cache, partial

from warscribe.cleaning.lines import dateline
from warscribe.config import Context
from warscribe.knowledge.outlets import outlet_country
from warscribe.knowledge.patterns import (
    alternation,
    first_letters,
    lower_form,
    starts_with,
    token_trie,
    word_character,
)
from warscribe.knowledge.prefilter import prefiltered
from warscribe.model import Document, Event, Evidence, Mention, Sentence
from warscribe.places.admin_cues import area_named, capital_named
from warscribe.places.admin_periods import admin_at
from warscribe.places.countries import STRONG, WEIGHTS, after_list_mark, best, final_word, final_words, name_words
from warscribe.places.data import admin1_named, admin1_table, cues, government_seat
from warscribe.places.gazetteer import Place
from warscribe.places.normalize import key
from warscribe.places.recognize import country_focus, find_places, settlement_framed
from warscribe.places.resolve import DocumentPlaces, Resolved, country_name, display_name, is_framed
from warscribe.stages import retell
from warscribe.stages.segment import dateline_places, opening_dateline
from warscribe.timex import DATE_OR_MONTH as _DATE_OR_MONTH
from warscribe.timex import find_dates


class PlaceStage:
    """Place mentions in the kept text (never inside actor names), then one place per event."""

    name = "places"
    reads = ("text", "kept", "sentences", "mentions", "events")
    adds = ("mentions", "events")

    def run(self, doc: Document, ctx: Context) -> None:
        if not doc.events and doc.trace is None:
            return  # no event to place: the place mentions are read by events only (and by a traced run's explain)
        spans = doc.kept or [(0, len(doc.text))]
        actor_mentions = doc.mentions_of("actor")
        skip = [m.span for m in actor_mentions if not _locative(doc.text, m, ctx)]
        skip += _capitals_speaking(doc.text, spans, ctx)
        # a dateline run into the text ("... Province MOSCOW (Sputnik) The ...") says where the reporter wrote
        skip += [span for s, e in spans for span in dateline_places(doc.text, s, e)]
        # Names of forces say who fights, not where ("Russian warplanes"): the focus comes from the rest first,
        # the actors' home countries counting as weak evidence.
        actors = [m.span for m in actor_mentions]
        sentences = doc.sentences or [Sentence(s, e, i, i) for i, (s, e) in enumerate(spans)]
        # a dateline of several bureaus ("PARIS/AMMAN, May 21 -") names where the story was filed, no country of
        # the report's; one city's ("KABUL, May 3 -") is often the scene's
        filed = _datelines(doc.text, sentences)
        outside = _outside(spans, actors + [span for span, bureaus in filed if bureaus > 1]
                           + _allies_named(doc.text, spans))
        # what is read at each word, for the sentences' votes after the document's (the same text, the same test)
        known: dict = {}
        named = ctx.gazetteer.country_hints().votes(doc.text, outside, lambda at: settlement_framed(doc.text, at),
                                                    known)
        # A country, capital or admin1 area named decides alone; a demonym ("Somali refugees") or a district only
        # with the places and actors, as one more vote ("Somali refugees shot by Kenyan police")
        focus = best(named, STRONG) or (None if named else ctx.config.default_country)
        # the actors' countries, read once (no mention is added before the end of this stage) where first asked
        actor_votes = cache(lambda: _actor_votes(doc, ctx))
        focus, displaced = _outlet_reading(doc, ctx, named, known, focus, actor_votes), focus
        found = find_places(doc.text, spans, ctx.gazetteer, focus, skip)
        if focus is None:  # no country named outside the actors: the places named and the actors' countries
            outlet = _outlet_vote(doc, ctx)
            focus = (_place_country(doc.text, found, ctx, actor_votes() + outlet, named, set(outlet))
                     or country_focus(doc.text, spans, None, ctx.gazetteer, _self_named(doc, ctx))
                     # nothing else names a country: the victims' origin ("a South Sudanese aid worker was shot"),
                     # which never outvotes a place or an actor ("two Russian medics hurt by Syrian shelling")
                     or best(ctx.gazetteer.country_hints().votes(doc.text, spans,
                                                                lambda at: settlement_framed(doc.text, at),
                                                                victims=True)))
            found = find_places(doc.text, spans, ctx.gazetteer, focus, skip)
        locate = _locator(sentences)
        sentence_of = {m.start: locate(m.start) for m in found}
        _mark_datelines(found, filed)
        # Only the paragraphs that name a place or tell an event are asked for their own country
        asked = {p for _, p in sentence_of.values()}
        asked.update(ev.draft.sentence.paragraph for ev in doc.events if ev.draft is not None)
        # where a story was filed says nothing of the country its sentences tell of
        local = _local_focus(doc.text, [s for s in sentences if s.paragraph in asked],
                             _outside(outside, [span for span, _ in filed]), focus, ctx, known, displaced)
        focus_of = {m.start: local[sentence_of[m.start][0]] for m in found if sentence_of[m.start][0] in local}
        # the countries the actors are strongly of (its police, or two of its forces): a place named there stays there
        homes = {c for c, n in actor_votes().items() if n >= WEIGHTS["police"]}
        places = DocumentPlaces(ctx.gazetteer, found, focus, sentence_of, focus_of, named, homes)
        resolved = [places.resolved[m.start] for m in places.mentions]
        doc.mentions.extend(_as_mention(r) for r in resolved)
        # the place a coder's label names holds for every event of the note: read once, not per event
        label = _labelled(resolved, places)
        for ev in doc.events:
            sent_focus = local.get(ev.draft.sentence.index, focus) if ev.draft is not None else focus
            _place_event(doc, ev, resolved, sentences, places, sent_focus, label)


def _datelines(text: str, sentences: list[Sentence]) -> list[tuple[tuple[int, int], int]]:
    """The datelines opening paragraphs ("DAMASCUS, May 3 (Reuters) -", "WASHINGTON/BEIRUT, May 21 (X) -"): the
    span of their place names and how many bureaus they name."""
    out = []
    paragraph = None
    for s in sentences:
        if s.paragraph == paragraph:
            continue
        paragraph = s.paragraph
        match = dateline(text[s.start:s.end])
        if match is not None:
            start, end = match.span("place")
            out.append(((s.start + start, s.start + end), match.group("place").count("/") + 1))
    # a sentence inside a paragraph opened by a city and an outlet ("... province. DAMASCUS (Sputnik) A blast")
    opened = {span for span, _ in out}
    out += [(span, 1) for s in sentences if (span := opening_dateline(text, s.start, s.end)) and span not in opened]
    return out


def _mark_datelines(found: list, filed: list[tuple[tuple[int, int], int]]) -> None:
    """Marks each place named in a dateline with the number of bureaus the dateline names (PlaceMention.data
    `dateline`): where the story was filed, read as the well-known city of that name."""
    for m in found:
        for (start, end), bureaus in filed:
            if start <= m.start < end:
                m.data["dateline"] = bureaus


def _actor_votes(doc: Document, ctx: Context) -> Counter[str]:
    """One vote per actor mention for the actor's home country ("Police Forces of Kenya" -> KE); a group that
    fights in several countries votes for each of them (JNIM: Mali, Burkina Faso, Niger...), so that a place
    named in one of them decides rather than the group's home."""
    votes: Counter[str] = Counter()
    # (what a mention of an actor votes for is read once per actor: a report names the same few again and again)
    read: dict[str, tuple[int, list[str]]] = {}
    for m in doc.mentions_of("actor"):
        if m.data.get("form") == "description":
            continue  # "militants" reads as Thailand's separatists only in a text about Thailand: no evidence of it
        vote = read.get(m.label)
        if vote is None:
            vote = read[m.label] = _actor_vote(m.label, doc.published, ctx)
        weight, codes = vote
        for code in codes:
            votes[code] += weight
    return votes


def _actor_vote(label: str, published: str | None, ctx: Context) -> tuple[int, list[str]]:
    """The weight of one mention of an actor (`_actor_votes`) and the ISO codes it votes for, in order, a code
    once per country of the actor that has it."""
    try:
        actor = ctx.actors.get(label) if label in ctx.actors else None
        # a force at war abroad that day ("Russian warplanes" in 2017) names that war's country, not its home
        countries = (actor.abroad_on(published) or actor.countries()) if actor is not None else ()
    except (KeyError, AttributeError, TypeError):
        actor, countries = None, ()
    # a country's police works at home (its army may fight abroad): "Kenyan police" outweighs "Somali raiders"
    weight = WEIGHTS["police"] if getattr(actor, "role", None) == "police" else WEIGHTS["actor"]
    codes: list[str] = []
    for country in countries:
        code = ctx.gazetteer.country_keys().get(key(country))
        if code:  # the actor base names countries ("Sudan"); places use ISO codes
            codes.append(code)
    return weight, codes


def _self_named(doc: Document, ctx: Context) -> Counter[str]:
    """One vote for the home country of each force described by a demonym of that country in its own words: of
    "Russian or Syrian warplanes" read as Syria's air force, Syria, so that the country the reading chose outweighs
    the other demonym rather than the first one named deciding. A description that names no country of its own
    ("militants", "government warplanes") gives none."""
    votes: Counter[str] = Counter()
    hints = ctx.gazetteer.country_hints()
    for m in doc.mentions_of("actor"):
        if m.data.get("form") != "description" or m.label not in ctx.actors:
            continue
        said = hints.votes(doc.text, [m.span])
        for country in ctx.actors.get(m.label).countries():
            code = ctx.gazetteer.country_keys().get(key(country))
            if code and said.get(code):
                votes[code] += WEIGHTS["actor"]
    return votes


def _outlet_vote(doc: Document, ctx: Context) -> Counter[str]:
    """One vote, as weak as an actor's, for the country the report's outlet publishes in (lexicon/outlets.yaml):
    of a Kenyan paper's "residents of Tsunza protested", the Kenyan place, not a hamlet of that name in Italy."""
    country = outlet_country(doc.source, ctx.actors)
    code = ctx.gazetteer.country_keys().get(key(country)) if country else None
    return Counter({code: WEIGHTS["actor"]}) if code else Counter()


def _outlet_reading(doc: Document, ctx: Context, named: Counter[str], known: dict, focus: str | None,
                    actor_votes: Callable[[], Counter[str]]) -> str | None:
    """A local outlet's report whose only evidence of another country is names that places of the outlet's country
    bear as well ("Residents of Karak protested" in a Pakistani paper: the Pakistani district, not Jordan's
    governorate; "protest in Wellington" in a South African one) is about the outlet's country; with no local
    outlet, so is one whose named actors belong to a country where all those names are found ("TTP militants
    attacked Karak"). A country named outright, a demonym or an area word keeps the focus it gives."""
    if focus is None:
        return focus
    outlet = best(_outlet_vote(doc, ctx))
    homes = [outlet] if outlet is not None else [c for c, _ in actor_votes().most_common()]
    if focus in homes:
        return focus
    hints, names = ctx.gazetteer.country_hints(), []
    for at, (step, found) in known.items():
        if not any(c == focus for c, _ in found):
            continue
        words = name_words(doc.text, at[0], at[2])
        surface = doc.text[at[0]:words[step - 1][1]] if len(words) >= step else ""
        kind = hints.hint(surface.rstrip(".’'"))
        if kind is None or kind[1] in ("name", "adjective"):
            return focus
        names.append((surface, sum(w for c, w in found if c == focus)))
    if not names or sum(w for _, w in names) < named[focus]:
        return focus  # an area word or a holding area's vote besides the names
    for home in homes:
        if all(any(p.country == home and p.match == "exact" and p.feature != "country"
                   for p in ctx.gazetteer.lookup(surface, home, fuzzy=False, limit=10)) for surface, _ in names):
            return home
    return focus


def _local_focus(text: str, sentences: list[Sentence], outside: list[tuple[int, int]], focus: str | None,
                 ctx: Context, known: dict | None = None, displaced: str | None = None) -> dict[int, str]:
    """Sentence index -> the country that sentence (else its paragraph) names, where it is not the document's:
    "... in Beirut, Lebanon" inside a report on Syria. `sentences`: whole paragraphs. `displaced`: a country the
    document's names seemed to give, read instead in the outlet's country (`_outlet_reading`): no sentence's."""
    hints = ctx.gazetteer.country_hints()
    by_sentence: dict[int, dict[str, int]] = {}
    by_paragraph: dict[int, dict[str, int]] = {}
    clip = _clipper(outside)

    def framed(at: int) -> bool:
        return settlement_framed(text, at)

    for s in sentences:
        # (counted into plain dicts, as a Counter counts: no Counter built per sentence and paragraph)
        votes: dict[str, int] = {}
        hints.count_into(votes, text, clip(s.start, s.end), framed, known)
        by_sentence[s.index] = votes
        summed = by_paragraph.get(s.paragraph)
        if summed is None:
            summed = by_paragraph[s.paragraph] = {}
        # (what `Counter.update` adds, in the same order, without its call through the Counter class)
        for country, n in votes.items():
            summed[country] = summed.get(country, 0) + n
    out: dict[int, str] = {}
    # a paragraph's own country, read once for all its sentences that name none
    of_paragraph: dict[int, str | None] = {}
    for s in sentences:
        local = best(by_sentence[s.index], 2, strict=True)
        if not local:
            if s.paragraph not in of_paragraph:
                of_paragraph[s.paragraph] = best(by_paragraph[s.paragraph], 2, strict=True)
            local = of_paragraph[s.paragraph]
        if local is not None and local != focus and local != displaced:
            out[s.index] = local
    return out


def _clip(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    return [(max(s, start), min(e, end)) for s, e in spans if s < end and start < e]


def _clipper(spans: list[tuple[int, int]]) -> Callable[[int, int], list[tuple[int, int]]]:
    """`_clip` of `spans` for one range after another: spans in order, none overlapping the next (as `_outside` makes
    them), are found by bisection, not tested one by one for each sentence; other spans are clipped as `_clip` does."""
    starts, ends = [s for s, _ in spans], [e for _, e in spans]
    # (each span not empty, each ending where the next starts at the latest: tested without a call per span)
    if not all(map(operator.lt, starts, ends)) or not all(map(operator.le, ends[:-1], starts[1:])):
        return partial(_clip, spans)

    def clip(start: int, end: int) -> list[tuple[int, int]]:
        # the spans ending after `start` and starting before `end`: a run of consecutive spans, of which only the
        # first may start before `start` and only the last end after `end`
        run = spans[bisect.bisect_right(ends, start):bisect.bisect_left(starts, end)]
        if run:
            s, e = run[0]
            if s < start:
                run[0] = (start, e if e < end else end)
            s, e = run[-1]
            if e > end:
                run[-1] = (s if s > start else start, end)
        return run
    return clip


# ... and the words that make a capital named for its government a place again ("the Tanghin area of
# Ouagadougou", "the capital Ouagadougou")
_LOCATIVES = ("in", "at", "near", "outside", "around", "into", "inside", "across", "outskirts of", "area of",
              "areas of", "district of", "neighbourhood of", "neighborhood of", "suburb of", "suburbs of",
              "sector of", "city of", "town of", "capital")
_COMPASS_ADJECTIVES = ("northern", "southern", "eastern", "western", "central")
# The look-ahead changes no match; the search from each position leaves at its first letter or two.
_LOCATIVE = re.compile(r"\b" + starts_with(_LOCATIVES, r"\s") + f"(?:{'|'.join(_LOCATIVES)})"
                       rf"\s+(?:the\s+)?(?:(?:{'|'.join(_COMPASS_ADJECTIVES)})\s+)?$", re.IGNORECASE)
# The words a match of `_LOCATIVE` can end in, lower case: a locative's last word, "the" or a compass adjective
_LOCATIVE_ENDS = frozenset({*(w.split()[-1] for w in _LOCATIVES), "the", *_COMPASS_ADJECTIVES})


def _place_country(text: str, found: list, ctx: Context, actors: Counter[str],
                   named: Counter[str] | None = None, outlet: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The country most consistent with the places named and the actors: each place framed as one ("in X",
    "the village of X", "(Pobe-Mengao, Soum)") votes for every country having a place of that name, an area or a
    city more than a small town; the actors' home countries add theirs. Unframed names only count when no
    framed one is known; `named` (demonyms, districts) adds its weak votes."""
    framed = [m for m in found if m.prep in ("in", "at", "near") or m.cue or m.data.get("tail_of") is not None
              or (_listed(text, m.start) and not m.text.isupper())]  # "(PALA)" spells out a name before it
    for group, unframed in ((framed, False), (found, True)):
        votes: Counter[str] = Counter()
        seen: set[str] = set()
        weighed: dict[int, dict[str, int]] = {}
        for m in group:
            weights: dict[str, int] = {}
            for p in ctx.gazetteer.lookup(m.text, fuzzy=False, limit=20):
                if p.country and p.match == "exact" and not (p.feature == "country" and m.prep == "from"):
                    # ("raiders from Somalia": whence they came, counted as a demonym by the country hints)
                    # (a city's size counts under its own name, not under a suburb's filed as its alternate)
                    big = p.feature in ("country", "admin1") or ((p.population or 0) >= 100_000 and p.primary)
                    # "(Pobe-Mengao, Soum)": a name closing a list of areas is the area (Soum province), not a
                    # town of that name abroad
                    area = p.feature == "admin2" and (m.data.get("tail_of") is not None
                                                      or (_listed(text, m.start) and not m.text.isupper()))
                    # a place of our own lists is one conflict reports name: it outweighs a small namesake abroad
                    ours = p.ours
                    weights[p.country] = max(weights.get(p.country, 0), 2 if big or area or ours else 1)
            weighed[m.start] = weights
        _held_within(group, weighed)
        for m in group:
            if key(m.text) in seen:
                continue  # a name said twice ("Pobe Mengao (Pobe-Mengao, Soum)") is no more evidence
            seen.add(key(m.text))
            votes.update(weighed[m.start])
        if votes:
            places = Counter(votes)
            votes.update(actors)
            votes.update(named or Counter())
            return _backed(votes, places, actors, unframed, outlet)
    return best(actors + (named or Counter()))


def _held_within(group: list, weighed: dict[int, dict[str, int]]) -> None:
    """'in Banda, Bajaur' / 'in X (Y, Z)': a place and the areas named as holding it lie in one country. A place's
    readings abroad give way to those in the countries of its holding areas; where it has none there (a village
    the gazetteer lacks), the areas alone say the country."""
    tails: dict[int, list] = {}
    for m in group:
        if m.data.get("tail_of") is not None and m.data["tail_of"] in weighed:
            tails.setdefault(m.data["tail_of"], []).append(m)
    for head, held in tails.items():
        areas: set[str] = set()
        for t in held:
            areas.update(weighed[t.start])
        if areas:
            weighed[head] = {c: w for c, w in weighed[head].items() if c in areas}


def _backed(votes: Counter[str], places: Counter[str], actors: Counter[str], unframed: bool,
            outlet: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The country with the most votes. On a tie, when no name is framed as a place, the one the actors back most
    ("the Jubilee candidate" named beside "ODM supporters" is a party of Kenya, not a hamlet of Canada); when
    names are framed, the one both a place and an actor stand for ("protest in Maua" after an al Shabaab killing:
    the Kenyan town, not the larger one of Brazil); then the first named ("Somali gunmen stormed Kakuma camp":
    the camp's country). Before the first named, the country of the report's outlet: of a local paper's "students
    protested in Moka", the paper's country (a town of Moka abroad is another place of that name)."""
    order = {c: i for i, c in enumerate(votes)}

    def backing(c: str) -> int:
        return actors[c] if unframed else int(places[c] > 0 and actors[c] > 0)

    ranked = sorted(votes, key=lambda c: (-votes[c], -backing(c), c not in outlet, order[c]))
    return ranked[0] if ranked and votes[ranked[0]] >= 1 else None


def _listed(text: str, start: int) -> bool:
    """A name after a comma or bracket: one of a list of the areas holding a place ("(Pobe-Mengao, Soum)")."""
    return after_list_mark(text[max(0, start - 3):start])


def _allies_named(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names after a word for an ally or backer (cues.yaml `ally_before`: "Damascus's ally Russia", "allies
    Russia and Iran"), up to the next lower-case word but "and": states taking part, no country of the text's."""
    if not _ally_words_written(text):
        return []
    pattern, words = _ally_pattern(), _ally_words()
    out: list[tuple[int, int]] = []
    for start, end in spans:
        out += _ally_spans(text, start, end, pattern, words)
    return out


@lru_cache(maxsize=1)
def _ally_words() -> tuple[str, ...]:
    """The words for an ally or backer as `_ally_pattern` spells them (cues.yaml `ally_before`), each once."""
    return tuple(dict.fromkeys(cues().get("ally_before", ())))


def _ally_spans(text: str, start: int, end: int, pattern: re.Pattern[str], words: tuple[str, ...]
                ) -> list[tuple[int, int]]:
    """The first group's span of each match `pattern.finditer` finds in text[start:end], the pattern tried only where
    one of `words` is written after no character of `\\w`: every match begins a word with one (a search would try
    the pattern at every letter of its look-ahead's class, "a" among them; a substring test skips along the text far
    faster, and "really" is left after one character's test)."""
    if not all(word[:1].isalnum() for word in words):  # (an empty word, or one a boundary may not open: the search)
        return [m.span(1) for m in pattern.finditer(text, start, end)]
    out: list[tuple[int, int]] = []
    # the next place each word is written from `at` on (-1: nowhere before `end`), found again only once passed
    nexts = [text.find(word, start, end) for word in words]
    at = start
    while True:
        first = -1
        for k in range(len(words)):
            found = nexts[k]
            if 0 <= found < at:
                found = nexts[k] = text.find(words[k], at, end)
            if found >= 0 and (first < 0 or found < first):
                first = found
        if first < 0:
            return out
        # (a match from `first` sees the text before it, as the search reaching it does: the same word boundary)
        m = None if first and word_character(text[first - 1]) else pattern.match(text, first, end)
        if m is None:
            at = first + 1
        else:
            out.append(m.span(1))
            at = m.end()  # (never empty: it holds a word)


def _ally_words_written(text: str) -> bool:
    """Whether the text's lower-case form holds a word for an ally or backer (cues.yaml `ally_before`)."""
    # (the lower-case form `lower_form` keeps for the document, read by the other tests before: not lowered again;
    # where it gives none, the text's own)
    lowered = lower_form(text)
    if lowered is None:
        lowered = text.lower()
    return any(word in lowered for word in cues().get("ally_before", ()))


@lru_cache(maxsize=1)
def _ally_pattern() -> re.Pattern[str]:
    name = r"[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*)*"
    # (the look-ahead on the words' first letters changes no match: the search leaves most positions after one
    # class test, before the word boundary's Unicode tests)
    words = cues().get("ally_before", ())
    return re.compile(rf"{first_letters(words)}\b(?:{alternation(words)})[ \u00a0]+"
                      rf"({name}(?:,?[ \u00a0]+and[ \u00a0]+{name})?)")


def _outside(spans: list[tuple[int, int]], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of `spans` not covered by `holes`."""
    out = []
    # (the holes sorted once: those that may overlap a span start at most the longest hole's length before it and
    # before its end, a run of the sorted list found by bisection)
    ordered = sorted(holes)
    starts = [h[0] for h in ordered]
    longest = max([h[1] - h[0] for h in ordered] + [0])
    for start, end in spans:
        cursor = start
        for h_start, h_end in ordered[bisect.bisect_right(starts, start - longest):bisect.bisect_left(starts, end)]:
            if h_end <= start:
                continue
            if h_start > cursor:
                out.append((cursor, h_start))
            if h_end > cursor:
                cursor = h_end
        if cursor < end:
            out.append((cursor, end))
    return out


def _locative(text: str, actor: Mention, ctx: Context) -> bool:
    """'killed in Damascus': a city that also names a government (metonymy) is a place after a locative
    preposition, or after a direction word ("Jobar eastern Damascus": cues.yaml `directions`, in lower case), whatever
    the actor recogniser made of it."""
    before = text[max(0, actor.start - 40):actor.start]
    ending, directions = final_word(before), _direction_ends()
    framed: re.Match[str] | bool | None
    if ending is None or directions is None:  # (a word it cannot tell, or a direction of other characters)
        framed = _LOCATIVE.search(before) or _direction_before().search(before)
    else:
        # each match ends in one of the words either pattern ends in and whitespace: another ending is not searched
        word, spaced = ending
        framed = spaced and ((word in _LOCATIVE_ENDS and _LOCATIVE.search(before))
                             or (word in directions and _direction_before().search(before)))
    if not framed:
        return False
    return ctx.gazetteer.has_key(key(actor.text))


@lru_cache(maxsize=1)
def _direction_ends() -> frozenset[str] | None:
    """The lower-case words a match of `_direction_before` can end in (a direction's letters after its last hyphen,
    as `final_word` reads them); None where one is not plain ASCII letters."""
    return final_words(cues()["directions"])


@lru_cache(maxsize=1)
def _direction_before() -> re.Pattern[str]:
    """A lower-case direction word right before a name ("eastern Damascus"): a part of that area, never its government
    ("Southern" opens a name)."""
    return re.compile(rf"(?<![\w-])(?:{alternation(cues()['directions'])})[ \u00a0]+$")


@lru_cache(maxsize=1)
def _capital_run() -> re.Pattern[str]:
    """A national capital, perhaps joined to another ("Washington and Paris"), and the word after them; the first
    capital as a trie of its characters (`_capitals_in` tests the word boundary before it)."""
    from warscribe.places.world import capitals

    words = sorted({name.strip() for name in capitals().values()})
    # (a search leaves each character that starts no capital's name at one class test, and reads a name that starts
    # there letter by letter instead of trying every name in turn: the same strings, each ending tried longest
    # first, as the alternation longest first tries them; only names starting with A-Z can start a run)
    first = token_trie([re.escape(ch) for ch in word] for word in words if "A" <= word[:1] <= "Z")
    return re.compile(rf"({first})(?:\s+and\s+({alternation(words)}))?\s+([a-z]+)\b")


def _capitals_in(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The matches of `_capital_run` in text[start:end] that start a word (after no character of `\\w`), in order,
    none overlapping: what `finditer` of the pattern behind a word boundary finds."""
    pattern = _capital_run()
    out: list[re.Match[str]] = []
    at = start
    while True:
        hit = pattern.search(text, at, end)
        if hit is None:
            return out
        first = hit.start()
        if first > 0 and (text[first - 1].isalnum() or text[first - 1] == "_"):
            at = first + 1  # inside a word: a later match may start within this one
            continue
        out.append(hit)
        at = hit.end()


def _capitals_speaking(text: str, spans: list[tuple[int, int]], ctx: Context) -> list[tuple[int, int]]:
    """"Washington and Paris say forces loyal to Assad were behind the attack": capitals that speak (the subject of a
    reporting verb, lexicon attribution `reporting_verbs`) are their governments, no scene; so are capitals before
    a word for a state or its ally ("Moscow defended its Damascus ally": cues.yaml `capital_state_after`); not after
    a locative ("a meeting in Paris said")."""
    out: list[tuple[int, int]] = []
    state = frozenset(cues().get("capital_state_after", ()))
    for s, e in spans:
        for hit in _capitals_in(text, s, e):
            # ("Damascus government-held districts" are places: the word opens a compound there)
            if (hit.group(3) in ctx.lexicon.reporting_verbs
                or (hit.group(3) in state and not text.startswith("-", hit.end()))) \
                    and not _LOCATIVE.search(text[max(0, hit.start() - 40):hit.start()]):
                out += [hit.span(i) for i in (1, 2) if hit.group(i)]
    return out


def _locate(sentences: list[Sentence], offset: int) -> tuple[int, int]:
    for s in sentences:
        if s.start <= offset < s.end:
            return s.index, s.paragraph
    return -1, -1


def _locator(sentences: list[Sentence]) -> Callable[[int], tuple[int, int]]:
    """`_locate` in `sentences` for one offset after another: sentences in order, none overlapping the next (as the
    segmenter makes them), are found by bisection, not tested one by one for each offset; others as `_locate` does."""
    starts = [s.start for s in sentences]
    if not all(s.start < s.end for s in sentences) or not all(map(operator.le, [s.end for s in sentences[:-1]],
                                                                   starts[1:])):
        return partial(_locate, sentences)

    def locate(offset: int) -> tuple[int, int]:
        # the last sentence starting at or before the offset is the only one that may hold it
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset < sentences[i].end:
            return sentences[i].index, sentences[i].paragraph
        return -1, -1
    return locate


def _as_mention(r: Resolved) -> Mention:
    m = r.mention
    data = {"location": r.location, "country": r.country, "admin1": r.admin1, "admin2": r.admin2,
            "latitude": r.lat, "longitude": r.lon, "geo_precision": r.precision, "feature": r.feature,
            "place_id": r.place_id, "cue": m.cue, "direction": m.direction, "secondary": m.secondary}
    return Mention("place", m.start, m.end, m.text, label=r.location or "", data=data)


def _best_in(resolved: list[Resolved], start: int, end: int, anchor: int, focus: str | None) -> Resolved | None:
    """The place of a span: specific places before governorates before countries, a place of origin ("buses from
    X", "fired from X") or an end of a road named for its towns ("blocked the Nairobi-Nakuru highway at
    Kwambira") after the scene, then nearest the anchor."""
    # a dateline of several bureaus ("WASHINGTON/BEIRUT, May 21 -") says where the story was filed, not where
    # anything happened
    inside: list[Resolved] = []
    tails = False  # whether one of them closes another's list of areas (the places' starts are then gathered)
    for r in resolved:
        m = r.mention
        if start <= m.start < end and not m.secondary and m.data.get("dateline", 1) < 2:
            inside.append(r)
            tails = tails or m.data.get("tail_of") is not None
    if tails:
        heads = {r.mention.start for r in resolved}
        inside = [r for r in inside if r.mention.data.get("tail_of") not in heads]
    if not inside:
        return None
    if len(inside) == 1:
        return inside[0]  # (the least of one, with no rank to read: most spans name one place)

    # a place abroad framed as the scene ("shot dead in Taunsa, near Lahore") where the sentence frames none at home
    # (only "the Ahmadi community"): the country of the place the sentence names outranks the country the rest of
    # the text seemed to give
    abroad = _framed_abroad(resolved, start, end, focus)
    held = _origin_held(inside)

    def rank(r: Resolved) -> float:
        if r.feature == "country":
            return 3
        if r.mention.data.get("origin") and r not in held:
            # "terrorists positioned in Eastern Ghouta shelled Damascus" (cues.yaml `origin_before`): where the fire
            # came from is the scene only when the sentence names no other place at home
            return 2.5
        if focus is not None and r.country_code != focus and not (abroad and is_framed(r.mention)):
            return 2
        return 1 if r.feature == "admin1" else 0

    # a place the sentence names as the gazetteer spells it outranks an unframed look-alike ("protest at Keithel
    # (Imphal)": Imphal, not Kaithal in Haryana)
    spelled = any(not r.lookalike and r.feature not in ("unresolved", "country") for r in inside)
    # a place the report says it codes the event at ("between Sebba and X (coded as X)") is the scene
    # a one-city dateline is the scene only when the sentence names no other place as precise
    # a one-city dateline is where the report was filed: a province or town the sentence names at home outranks it
    # ("DAMASCUS (Sputnik) A blast in the Idlib province"), a place abroad or a country does not
    return min(inside, key=lambda r: (not _designated(r), spelled and r.lookalike,
                                      max(rank(r), 1.5) if "dateline" in r.mention.data else rank(r),
                                      "dateline" in r.mention.data, abroad and not is_framed(r.mention),
                                      bool(r.mention.data.get("journey_end")), r.mention.prep == "from",
                                      r.mention.data.get("cue_text") == "highway",
                                      abs(r.mention.start - anchor)))


# How far after a place a name may start and be read as the area holding it ("X under Y upazila of Z")
_HOLDER_GAP = 40


def _origin_held(inside: list[Resolved]) -> list[Resolved]:
    """The places named as an origin ("kidnapped the priest from the village of X") in a sentence whose other
    places are only the governorate holding them or the country ("In the province of Idlib ..."): the origin says
    the same governorate more precisely, so it is the scene; another town named keeps it second."""
    # (only "from the village of X": "terrorists positioned in X fired on Y" tells where the fire came from)
    origins = [r for r in inside if r.mention.data.get("origin_from") and r.feature != "unresolved" and r.specific]
    if not origins:
        return []
    others = [r for r in inside if not r.mention.data.get("origin")]
    return [o for o in origins
            if all(r.feature == "country" or (r.feature == "admin1" and r.admin1 == o.admin1) for r in others)]


def _framed_abroad(resolved: list[Resolved], start: int, end: int, focus: str | None) -> bool:
    """Whether text[start:end] frames a place outside the focus country as a place ("in X", "near X", "the
    village of X") and names none inside it but in passing ("the Ahmadi community"). A place at home framed as one,
    an area's name, or one named just after the place abroad (its holding area: "Sanya area, Lagos", "Shikarpur
    under Wazirpur upazila of Barisal") keeps the scene at home."""
    if focus is None:
        return False
    inside = [r for r in resolved if start <= r.mention.start < end and r.feature not in ("country", "unresolved")]
    home = [r for r in inside if r.country_code == focus]
    if any(is_framed(r.mention) or r.feature in ("admin1", "admin2") or r.mention.data.get("tail_of") is not None
           for r in home):
        return False
    return any(r.country_code != focus and is_framed(r.mention)
               and not any(0 < h.mention.start - r.mention.end <= _HOLDER_GAP for h in home) for r in inside)


def _labelled(resolved: list[Resolved], places: DocumentPlaces) -> Resolved | None:
    """The place a coder's label names for the whole note (cues.yaml `place_label`), when it is placed in a
    first-level area (an unknown village named with its district is); a namesake outside the first-level area the
    label's sentence names ("LOCATION: Embakasi village (near Kitale), Trans Nzoia District": not Nairobi's
    estate) gives way to that area."""
    label = next((r for r in resolved if r.mention.data.get("label") and r.feature != "country" and r.admin1), None)
    if label is None:
        return None
    sentence = places.sentence_of.get(label.mention.start, (-1, -1))[0]
    areas = [r for r in resolved if r.feature == "admin1" and r.mention.start > label.mention.start
             and places.sentence_of.get(r.mention.start, (-2, -2))[0] == sentence]
    return label if not areas or any(a.admin1 == label.admin1 for a in areas) else areas[0]


def _designated(r: Resolved) -> bool:
    """A place the text says the event is coded at (cues.yaml `designated_before`) that the gazetteer knows."""
    return bool(r.mention.data.get("designated")) and r.feature not in ("unresolved", "country")


def _choose(doc: Document, ev: Event, resolved: list[Resolved], sentences: list[Sentence],
            places: DocumentPlaces, label: Resolved | None = None) -> Resolved | None:
    """The place of an event. `label`: `_labelled` of the document's places (read once per document)."""
    draft = ev.draft
    if draft is None:
        return places.focus_place()
    sent = draft.sentence
    named = [] if draft.event_type in cues().get("event_name_kept_for", ()) \
        else _event_names(doc.text, resolved, sent, draft.trigger)
    parts = _breakdown(doc.text, resolved, sent)
    draft.whole_place = bool(parts)
    chosen: Resolved | None = _away(_best_in(_not_in(resolved, draft.backdrop + named + parts), sent.start,
                                             sent.end, draft.trigger.start, places.focus), places.focus)
    if chosen is None and named and not draft.backdrop:
        # "The Khan Sheikhun strike prompted Washington to fire missiles at an air base": the sentence names a
        # place only as another event's; the sentences before tell that event, so where this one happened is
        # not known below the report's country
        return places.country_place() or places.focus_place()
    if chosen is None and draft.backdrop:
        # a main clause naming no place: a backdrop told apart in time most often happened there too ("arrested
        # hours after the blasts at a temple in X"); a side's advance elsewhere did not
        chosen = _away(_best_in(_not_in(resolved, draft.backdrop_setting), sent.start, sent.end,
                                draft.trigger.start, places.focus), places.focus)
    if chosen is not None and (first := _first_pair(doc.text, resolved, sent, draft.trigger.start)) is not None:
        chosen = first
    if chosen is not None and (town := _town_of_part(doc, chosen, resolved, sentences, sent, places.focus)) is not None:
        chosen = town
    if chosen is not None and not chosen.specific and not parts:
        # (a toll split among the places it holds is the whole's: the next sentence's town is none of it)
        follow = _elaboration(resolved, sentences, sent, chosen, partial(_told, doc, ev))
        if follow is not None and chosen.mention.start >= 0:
            # the event's own sentence named the governorate: its place is the sentence's, made precise
            ev.evidence.append(Evidence.of(doc.text, chosen.mention.start, chosen.mention.end, "location"))
        chosen = follow or chosen
    if chosen is not None and chosen.feature == "country" and chosen.country_code == places.focus:
        # "in Syria": the document's main governorate says more; else a town the paragraph names in that
        # country ("protests across Burkina Faso ... a large turn-out in Ouagadougou")
        # "bombs kill 28 in IS-held Syria town": a town of the country left unnamed is the town the next sentences
        # of the paragraph name
        town = _next_place(resolved, sentences, sent, places.focus) if chosen.mention.data.get("kind_after") else None
        # "a town in eastern Syria": the document's main governorate or the paragraph's place only where it lies
        # in that part of the country (else the country is all that is known)
        part = [p for p in (places.focus_place(), _paragraph_place(resolved, sentences, sent, places.focus))
                if p is not None and _toward(p, chosen)]
        chosen = town or (part[0] if part else None) or chosen
    elif chosen is not None and chosen.feature == "country" and places.focus and chosen.country_code != places.focus:
        chosen = None  # "the United States is backing the rebels": a foreign country named, not the scene
    elif chosen is not None and _unframed_abroad(doc.text, chosen, resolved, places, sent):
        # "Washington and Paris say the regime was behind the attack", "... 2015 Beirut Syrian air strikes
        # killed 39": a city abroad the sentence does not frame as a place, in a sentence about the report's own
        # country, names a government or a bureau, not the scene
        chosen = None
    if chosen is None and (pointer := _kind_pointer(doc.text, sent)) is not None:
        chosen = _kind_antecedent(doc.text, resolved, sent.start, pointer[0], places.focus)
        if chosen is not None:
            # "in the same city": the sentence tells where, by pointing back (an event placed in its own sentence)
            ev.evidence.append(Evidence.of(doc.text, pointer[1], pointer[2], "location"))
    # (`not chosen`, not `chosen is None`: the same test of a place, but mypy then reads `chosen` after the loop
    # below as None, whatever its `break` leaves, and the compiled build would check it is None)
    if not chosen:
        earlier = [s for s in sentences if s.paragraph == sent.paragraph and s.end <= sent.start]
        abroad: Resolved | None = None
        home: Resolved | None = None
        for s in reversed(earlier):
            chosen = _away(_best_in(resolved, s.start, s.end, s.end, places.focus), places.focus)
            if chosen is not None and _listed_part(doc.text, chosen, resolved, s):
                # "... warplanes hit districts including al-Kalaseh, Bustan al-Qasr and al-Sakhour. Seven children
                # were among 71 civilians killed in opposition-held areas": one of the spots of another event's
                # list is no place of an event told apart; the sentences before name the place holding them
                chosen = None
                continue
            if chosen is not None and chosen.feature == "country" and chosen.country_code == places.focus:
                # "... the main Syria Kurdish militia told AP. Kurdish forces attacked them": the report's own
                # country says no more than the place an earlier sentence names below it ("16 km from Al Bab")
                home, chosen = home or chosen, None
                continue
            if chosen is not None and ((chosen.feature == "country" and places.focus
                                        and chosen.country_code != places.focus)
                                       or _unframed_abroad(doc.text, chosen, resolved, places, s)):
                # "... a deal brokered by Russia, Turkey and Iran. Strikes forced hospitals in the province to
                # close": a foreign country named before is no scene where the document has a main governorate
                # (it stays the place when nothing else is known)
                abroad, chosen = abroad or chosen, None
                continue
            if chosen is not None:
                break
        chosen = chosen or home
        if chosen is None and places.focus_place() is None:
            chosen = abroad
    if chosen is None and sent.index < _LEAD and doc.title:
        # "More than 30 rebels killed in a suicide blast near the Turkish border. ... The bomber struck at Atmeh in
        # Idlib": an article's (a titled document's) headline or lede naming no place is told where by the next
        # sentence of its paragraph naming a place below the country in the report's country, before the
        # document's main governorate (a coder's note, with no title, names its place where it names it)
        chosen = _next_place(resolved, sentences, sent, places.focus)
    if chosen is None and places.focus_place() is None:
        # "Three officers were killed on Tuesday. ... headed back to Lomelo": a report's place may come after
        # its event sentence; the next sentences of the paragraph name it when nothing before does
        later = [s for s in sentences if s.paragraph == sent.paragraph and s.start >= sent.end]
        for s in later:
            chosen = _best_in(resolved, s.start, s.end, s.start, places.focus)
            if chosen is not None and chosen.feature != "country":
                break
            chosen = None
    if label is not None and not (chosen is not None and _designated(chosen)):
        # "Attacks on a village - 4 killed. Linked to the clash of Kalenjin and Kisii. LOCATION: Kipkelion in
        # Kericho District": the label says where the note's events are coded, over the names its sentences give
        chosen = label
    return chosen or places.focus_place()


@lru_cache(maxsize=1)
def _event_name_after() -> re.Pattern[str]:
    """After a place: perhaps one modifier in lower case ("chemical"), then a word naming an event by its scene
    (cues.yaml `event_name_after`: "the Khan Sheikhun strike", "the Ghouta chemical attack")."""
    words = alternation(cues().get("event_name_after", ()))
    return re.compile(rf"[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+)?(?i:{words})\b")


# "the" right before a place named as an event's scene ("the Khan Sheikhun strike"; "the 2013 Ghouta attack")
_THE_BEFORE = re.compile(r"\b(?i:the)\s+(?:\d{4}\s+)?$")
# How many words may stand between an event's name and its trigger for the name to be the trigger's subject
# ("The Idlib strike has killed 18": the strike told is the event)
_SUBJECT_WORDS = 2


def _event_names(text: str, resolved: list[Resolved], sent: Sentence, trigger: Mention) -> list[tuple[int, int]]:
    """The spans of the places a sentence names only as another event's scene ("The Khan Sheikhun strike prompted
    Washington to fire missiles at a central air base"): "the", the place, a word for an event (cues.yaml
    `event_name_after`), where the event's trigger lies outside that name and is not its verb ("The Idlib strike
    killed 18" keeps Idlib)."""
    spans = []
    for r in resolved:
        m = r.mention
        if not sent.start <= m.start < sent.end or r.feature == "country":
            continue
        after = _event_name_after().match(text, m.end)
        if after is None or not _THE_BEFORE.search(text, max(sent.start, m.start - 12), m.start):
            continue
        if m.start <= trigger.start < after.end():
            continue  # the name holds the trigger: this event's own scene
        if trigger.start >= after.end() and len(text[after.end():trigger.start].split()) <= _SUBJECT_WORDS:
            continue  # the name is the trigger's subject
        spans.append((m.start, after.end()))
    return spans


@lru_cache(maxsize=1)
def _breakdown_pattern() -> re.Pattern[str]:
    """A toll split by places: a word opening the split (cues.yaml `breakdown_before`), a number, perhaps two
    words, then "in" or "at" ("including 9 in the neighborhood Alsaliheen")."""
    words = alternation(cues().get("breakdown_before", ()))
    # (behind a pre-check of the opening words: most sentences hold none, and the case-blind search tries every word)
    return prefiltered(re.compile(rf"\b(?:{words})\s+(?:at\s+least\s+)?\d[\d,]*\s+(?:[a-z]+\s+){{0,2}}?(?:in|at)\b",
                                  re.I))


def _breakdown(text: str, resolved: list[Resolved], sent: Sentence) -> list[tuple[int, int]]:
    """The rest of a sentence after a toll's split by places ("54 civilians were killed in strikes on Aleppo on
    Tuesday including 9 in Alsaliheen, 8 in Ansari"), when a place below the country is named before the split:
    the toll is that place's, the split's places its parts."""
    if not _place_pair(resolved, sent.start, sent.end, True):
        return []  # (no place named before another: neither test below can hold, and no search is run)
    split = _breakdown_pattern().search(text, sent.start, sent.end)
    if split is None:
        return []
    if not any(sent.start <= r.mention.start < split.start() and r.feature not in ("country", "unresolved")
               and not r.mention.secondary for r in resolved):
        return []
    # ("including at least 29 people in a single neighbourhood": a split naming no place leaves the toll's place
    # free to be narrowed by the sentences after)
    if not any(split.start() <= r.mention.start < sent.end and r.feature != "country" for r in resolved):
        return []
    return [(split.start(), sent.end)]


@lru_cache(maxsize=1)
def _breakdown_opener() -> re.Pattern[str]:
    """A word opening a split or a list (cues.yaml `breakdown_before`)."""
    return re.compile(rf"\b(?:{alternation(cues().get('breakdown_before', ()))})\b", re.I)


# How far before a listed place the word opening the list may stand ("districts including al-Kalaseh, X and Y")
_LIST_REACH = 80


def _listed_part(text: str, chosen: Resolved, resolved: list[Resolved], sent: Sentence) -> bool:
    """Whether the place is one of several places below the governorate that a sentence lists after a word
    opening a split (cues.yaml `breakdown_before`: "hit several districts including al-Kalaseh, Bustan al-Qasr and
    al-Sakhour")."""
    if not chosen.specific:
        return False
    if not _two_listed(resolved, sent.start, sent.end):
        return False  # (a list needs two places in the sentence: no opener is searched for where it names fewer)
    opener = None
    for hit in _breakdown_opener().finditer(text, sent.start, chosen.mention.start):
        opener = hit.end()
    if opener is None or chosen.mention.start - opener > _LIST_REACH:
        return False
    listed = [r for r in resolved if opener <= r.mention.start < sent.end and _listable(r)]
    return len(listed) >= 2 and chosen in listed


def _two_listed(resolved: list[Resolved], start: int, end: int) -> bool:
    """Whether text[start:end] names two places or more that a list may hold (`_listable`)."""
    n = 0
    for r in resolved:
        if start <= r.mention.start < end and _listable(r):
            n += 1
            if n == 2:
                return True
    return False


def _listable(r: Resolved) -> bool:
    """Whether a place may be one of a list's places (`_listed_part`): below the governorate, known, named first."""
    return r.specific and r.feature != "unresolved" and not r.mention.secondary


def _first_pair(text: str, resolved: list[Resolved], sent: Sentence, trigger: int) -> Resolved | None:
    """"dropped nerve agents on eastern Hama on December 11 and northern Hama near Khan Shaykhun on March 30": a
    list of places each with its day after the trigger; the event is the first pair's (its day is the first), so
    its place is the one named before the first day, not a more precise one of a later pair."""
    if not _place_pair(resolved, trigger, sent.end, False):
        return None  # (most clauses name no place before another: no pair can hold, and no date is searched)
    if not _DATE_OR_MONTH.search(text, trigger, sent.end):
        return None  # (nine in ten events' clauses: no day or month to read, and no search of the date patterns)
    dates = [d for d in find_dates(text, trigger, sent.end) if d.kind in ("date", "month")]
    if len(dates) < 2:
        return None
    first = dates[0].start
    here = [r for r in resolved if trigger <= r.mention.start < first and r.feature not in ("country", "unresolved")]
    later = [r for r in resolved if dates[0].end <= r.mention.start < sent.end and r.feature != "country"]
    if not here or not later or dates[0].end > later[0].mention.start or dates[1].start < later[0].mention.start:
        return None
    return _best_in(here, trigger, first, trigger, None)


def _place_pair(resolved: list[Resolved], start: int, end: int, main: bool) -> bool:
    """Whether text[start:end] names a place below the country that is neither unresolved nor (with `main`) a
    secondary mention, and after it another place that is no country: what `_breakdown` (a place before the split,
    one at or after it) and `_first_pair` (a place before the first day, one after it) need before any search."""
    first, last = end, -1
    for r in resolved:
        at = r.mention.start
        if start <= at < end and r.feature != "country":
            if at > last:
                last = at
            if at < first and r.feature != "unresolved" and not (main and r.mention.secondary):
                first = at
    return first < last


def _toward(place: Resolved, country: Resolved) -> bool:
    """Whether a place lies in the part of the country its mention names ("eastern Syria": east of the middle of its
    governorates' seats); a country named with no direction, or a central or greater one, holds every place."""
    direction = (country.mention.direction or "").lower()
    middle = _middle(country.country_code or "") if direction else None
    if middle is None or place.lat is None or place.lon is None:
        return True
    lat, lon = middle
    return not (("north" in direction and place.lat < lat) or ("south" in direction and place.lat > lat)
                or ("east" in direction and place.lon < lon) or ("west" in direction and place.lon > lon))


@lru_cache(maxsize=64)
def _middle(country: str) -> tuple[float, float] | None:
    """The middle of the box around a country's governorate seats (data/places/admin1.yaml), if it has two."""
    seats = [(a.lat, a.lon) for a in admin1_table() if a.country == country]
    if len(seats) < 2:
        return None
    lats, lons = [s[0] for s in seats], [s[1] for s in seats]
    return (min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2


@lru_cache(maxsize=1)
def _town_part_after() -> re.Pattern[str]:
    """A part of a town's kind right after its name ("Sahel district"; cues.yaml `town_parts`)."""
    return re.compile(rf"[ \u00a0]+(?:{alternation(cues().get('town_parts', ()))})\b", re.IGNORECASE)


def _town_of_part(doc: Document, chosen: Resolved, resolved: list[Resolved], sentences: list[Sentence],
                  sent: Sentence, focus: str | None) -> Resolved | None:
    """"... captured more territory inside Zabadani. They seized the Sahel district": a part of a town, the only place
    of a sentence opening with a pronoun, read in another governorate than the town the paragraph's previous sentence
    names (or in another country: the Sahel region), is a part of that town (the gazetteer knows no quarter of that name
    there): the event is placed at it."""
    m = chosen.mention
    if m.start < 0 or chosen.feature == "country" or not _town_part_after().match(doc.text, m.end):
        return None
    if any(sent.start <= r.mention.start < sent.end and r is not chosen for r in resolved):
        return None
    if not any(a.kind == "anaphor" and not doc.text[sent.start:a.start].strip() for a in doc.mentions):
        return None
    earlier = [s for s in sentences if s.paragraph == sent.paragraph and s.end <= sent.start]
    if not earlier:
        return None
    last = max(earlier, key=lambda s: s.start)
    town = _best_in(resolved, last.start, last.end, last.end, focus)
    if town is None or not town.specific or town.feature == "unresolved" or not town.admin1:
        return None
    return town if (town.country_code, town.admin1) != (chosen.country_code, chosen.admin1) else None


@lru_cache(maxsize=1)
def _kind_pointer_pattern() -> re.Pattern[str]:
    """'the same city', 'the town' not followed by 'of' (data/places/cues.yaml `kind_anaphors`)."""
    words = cues()
    kinds, openers = alternation(words.get("kind_anaphors", ())), alternation(words.get("kind_anaphor_openers", ()))
    return prefiltered(re.compile(rf"\b(?:{openers})\s+({kinds})\b(?!\s+of\b)", re.IGNORECASE))


def _kind_pointer(text: str, sent: Sentence) -> tuple[str, int, int] | None:
    """The kind of place a sentence points back at ("in the same city"), with the pointer's span."""
    hit = _kind_pointer_pattern().search(text, sent.start, sent.end)
    return (hit.group(1).lower(), hit.start(), hit.end()) if hit else None


def _kind_antecedent(text: str, resolved: list[Resolved], before: int, kind: str,
                     focus: str | None) -> Resolved | None:
    """The last place named before `before` as that kind ("the city of Manbij", "Manbij city"), in the focus
    country: what "the same city" points back at, not a village of it told in between."""
    framed_before = re.compile(rf"\b{re.escape(kind)}\s+of\s+(?:the\s+)?$", re.IGNORECASE)
    framed_after = re.compile(rf"\s+{re.escape(kind)}\b", re.IGNORECASE)
    for r in sorted((r for r in resolved if 0 <= r.mention.start < before), key=lambda r: -r.mention.start):
        m = r.mention
        if (focus is None or r.country_code == focus) and r.feature not in ("country", "admin1") \
                and (framed_before.search(text, max(0, m.start - 30), m.start) or framed_after.match(text, m.end)):
            return r
    return None


def _not_in(resolved: list[Resolved], spans: list[tuple[int, int]]) -> list[Resolved]:
    """The places not named in these spans (an event's backdrop clauses: "... hours after a gas attack in X")."""
    return [r for r in resolved if not any(a <= r.mention.start < b for a, b in spans)] if spans else resolved


# The headline and the lede: the sentences whose place the next ones may tell
_LEAD = 3
# How many sentences after a headline or lede are read for its place
_LEAD_REACH = 2


def _next_place(resolved: list[Resolved], sentences: list[Sentence], sent: Sentence,
                focus: str | None) -> Resolved | None:
    """The specific place in the focus country that the next sentences of the paragraph name, the first first."""
    later = sorted((s for s in sentences if s.paragraph == sent.paragraph and s.start >= sent.end),
                   key=lambda s: s.start)[:_LEAD_REACH]
    for s in later:
        found = _best_in(resolved, s.start, s.end, s.start, focus)
        if found is not None and found.specific and found.country_code == focus:
            return found
    return None


# "in downtown Cairo", "at central Beirut": a locative one word before the name frames it as a place too
_LOOSE_LOCATIVE = re.compile(r"\b(?:in|at|near)\s+[a-z]+\s+$", re.IGNORECASE)


def _unframed_abroad(text: str, r: Resolved, resolved: list[Resolved], places: DocumentPlaces,
                     sent: Sentence) -> bool:
    """A town outside the report's country, named with no word framing it as a place, in a sentence that does not
    name the town's country ("In Lebanon, Kurds rallied in downtown Beirut" is about Lebanon), in a document that
    names a governorate of its country (where it names none, its country may be misread: "French magazine" in a
    report of protests in Islamabad)."""
    # (the cheap tests first: most chosen places lie in the focus country)
    if not places.focus or r.country_code == places.focus or r.feature not in ("town", "village") \
            or places.focus_place() is None or is_framed(r.mention) \
            or _LOOSE_LOCATIVE.search(text[max(0, r.mention.start - 30):r.mention.start]):
        return False
    return not any(x.feature == "country" and x.country_code == r.country_code
                   and sent.start <= x.mention.start < sent.end for x in resolved)


def _away(chosen: Resolved | None, focus: str | None) -> Resolved | None:
    """None for a place abroad that is where a story was filed, a speaker spoke, talks met or a thing was made
    (a dateline, data/places/cues.yaml `venue_before`): no scene of an event of the report's own country."""
    if chosen is None or focus is None or chosen.country_code == focus:
        return chosen
    data = chosen.mention.data
    return None if data.get("elsewhere") or "dateline" in data else chosen


def _paragraph_place(resolved: list[Resolved], sentences: list[Sentence], sent: Sentence,
                     focus: str | None) -> Resolved | None:
    """The place below the country that the other sentences of the paragraph name in the focus country, the
    nearest before the event's sentence first, else the nearest after it."""
    others = [s for s in sentences if s.paragraph == sent.paragraph and s.index != sent.index]
    others.sort(key=lambda s: (s.start > sent.start, abs(s.start - sent.start)))
    for s in others:
        found = _best_in(resolved, s.start, s.end, s.start, focus)
        if found is not None and found.feature != "country" and found.country_code == focus:
            return found
    return None


def _told(doc: Document, ev: Event) -> set[int]:
    """The sentences that tell an event of their own, another than `ev`: of another kind, with a toll of its own
    that is not `ev`'s (a lede telling its headline's strike again, or a detail or a toll of one told elsewhere,
    is no other event), or dead counted on top of a toll."""
    d = ev.draft
    if d is None or not d.fatalities:
        return set()
    # ("... 42 killed in strikes on eastern Aleppo. It reported five more deaths in rebel fire on the Sheikh Maqsud
    # district": dead counted on top of a toll are a share of their own, even where no event word drafts it)
    added = {_locate(doc.sentences, m.start)[0] for m in doc.mentions_of("count")
             if m.label == "death" and retell.adds_to_toll(m.text)}
    return added | {e.draft.sentence.index for e in doc.events
                    if e.draft is not None and not e.draft.enrich_only and not e.draft.follow_up
                    and e.draft.sub_event_type != d.sub_event_type and e.draft.fatalities
                    and e.draft.fatalities != d.fatalities}


def _elaboration(resolved: list[Resolved], sentences: list[Sentence], sent: Sentence,
                 chosen: Resolved, told: Callable[[], set[int]]) -> Resolved | None:
    """'... in southern Idlib. ... in the village of X': the next sentence of the paragraph names the spot
    inside the governorate the event sentence gave, unless it tells an event of another kind (`told`: "... 39
    killed in air strikes on Aleppo province. Those killed included 12 aid workers in a raid on a convoy to the
    town of X": the raid's place, not the bombardment's). `told` is asked only where that sentence names such a spot."""
    nxt = [s for s in sentences if s.paragraph == sent.paragraph and s.start >= sent.end]
    if not nxt or chosen.feature != "admin1":
        return None
    s = min(nxt, key=lambda x: x.start)
    for r in resolved:
        if s.start <= r.mention.start < s.end and r.specific and r.mention.cue == "settlement" \
                and not r.mention.secondary and r.admin1 == chosen.admin1:
            return None if s.index in told() else r
    return None


def _place_event(doc: Document, ev: Event, resolved: list[Resolved], sentences: list[Sentence],
                 places: DocumentPlaces, focus: str | None, label: Resolved | None = None) -> None:
    r = _choose(doc, ev, resolved, sentences, places, label)
    ev.country = (r.country if r else None) or country_name(focus)
    if (r is None or (r.admin1 is None and r.country_code == focus)) and _area_of_names(doc, ev, focus, places):
        return
    if r is None:
        return
    ev.location = r.location
    # the admin names of the report's day (older areas before a reorganisation; data/places/admin_periods.yaml)
    ev.admin1, ev.admin2 = admin_at(r.country_code, r.admin1, r.admin2, r.lat, r.lon, doc.published)
    if ev.admin1 is None and r.feature == "unresolved" and (area := _one_area(resolved, r.country_code)):
        ev.admin1 = admin_at(r.country_code, area.admin1, None, area.lat, area.lon, doc.published)[0]
    ev.latitude, ev.longitude, ev.geo_precision = r.lat, r.lon, r.precision
    m = r.mention
    if m.start >= 0:
        ev.evidence.append(Evidence.of(doc.text, m.start, m.end, "location"))
    if r.feature == "unresolved" and r.admin1:
        hint = places.admin_hint(m)
        if hint is not None:
            for a in places.admin_mentions:
                if places.admin_reading(a) == hint and places.sentence_of.get(a.start) == places.sentence_of.get(
                        m.start):
                    ev.evidence.append(Evidence.of(doc.text, a.start, a.end, "location"))
                    break


def _one_area(resolved: list[Resolved], country: str | None) -> Resolved | None:
    """A village the gazetteer lacks ("Mathoyoh village outside Bentiu", "clashes near Punnamada" after "in
    Alappuzha district") lies, absent other evidence, in the one first-order area that every place the report
    names in its country lies in: a place of that area, or None when they lie in two areas or there are none."""
    areas = {r.admin1: r for r in resolved if r.country_code == country and r.admin1 and r.feature != "unresolved"
             and r.lat is not None and not r.lookalike}
    return next(iter(areas.values())) if len(areas) == 1 else None


def _area_of_names(doc: Document, ev: Event, focus: str | None, places: DocumentPlaces) -> bool:
    """An event whose place gives no admin1, in a report using names that belong to one area of its country
    ("AIADMK workers staged a protest": Tamil Nadu; data/places/admin_cues.yaml), is coded at that area's seat;
    in one that places it in "the capital", at its country's capital."""
    cue = area_named(doc.text, focus)
    if cue is None:
        # a regional outlet's report names its region before a national body's seat
        return _capital(doc, ev, focus, places) or _outlet_area(doc, ev, focus, places) \
            or _capital(doc, ev, focus, places, seats=True)
    ev.country = country_name(cue.country)
    ev.location, ev.latitude, ev.longitude, ev.geo_precision = cue.seat, cue.lat, cue.lon, 3
    ev.admin1, ev.admin2 = admin_at(cue.country, cue.admin1, None, cue.lat, cue.lon, doc.published)
    return True


_SOURCE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _outlet_area(doc: Document, ev: Event, focus: str | None, places: DocumentPlaces) -> bool:
    """An event whose place gives no admin1, reported by an outlet named after one first-order area of the report's
    country ("Assam Tribune", "Oromia Media Network"), is coded at that area's seat: a regional outlet reports on
    its region. An area named like a town of that country ("Dhaka Tribune", "Vanguard (Lagos)") names the city a
    national paper is published in, not what it reports on; an outlet naming two areas says nothing."""
    if not focus or not doc.source:
        return False
    gaz = places.gaz
    found: dict[str, tuple[str, Place]] = {}
    for part in doc.source.split(";"):
        words = _SOURCE_WORD.findall(part)
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                name = " ".join(words[i:i + n])
                if not name[0].isupper():
                    continue
                for area in gaz.admin1_areas(name, focus):
                    if area.country == focus and key(area.matched) == key(name):
                        found.setdefault(key(area.name), (name, area))
    if len(found) != 1:
        return False
    name, area = next(iter(found.values()))
    if any(p.country == focus and p.feature == "town" and p.match == "exact"
           for p in gaz.lookup(name, focus, fuzzy=False, limit=10)):
        return False
    admin = admin1_named(area.name)
    seat, lat, lon = (admin.capital, admin.lat, admin.lon) if admin is not None and admin.country == focus \
        else (display_name(area.name), area.lat, area.lon)
    ev.country = country_name(focus)
    ev.location, ev.latitude, ev.longitude, ev.geo_precision = seat, lat, lon, 3
    ev.admin1, ev.admin2 = admin_at(focus, display_name(area.name) if admin is None else admin.name, None, lat, lon,
                                    doc.published)
    return True


def _capital(doc: Document, ev: Event, focus: str | None, places: DocumentPlaces, seats: bool = False) -> bool:
    """"Bombs went off in the capital": the event is at the capital of the country the report is about (the
    capital's biggest namesake there), when the text says "the capital" (with `seats`, names a body sitting there:
    "a sit-in outside the Ministry of Finance") and names no place holding the event."""
    from warscribe.places.world import capitals

    name = government_seat(focus, doc.published) or capitals().get(focus or "")
    if not name or not capital_named(doc.text, seats):
        return False
    towns = [p for p in places.gaz.lookup(name, focus, fuzzy=False, limit=10)
             if p.country == focus and p.feature == "town" and p.admin1]
    if not towns:
        return False
    seat = max(towns, key=lambda p: p.population)
    ev.country = country_name(focus)
    ev.location, ev.latitude, ev.longitude, ev.geo_precision = display_name(seat.name), seat.lat, seat.lon, 1
    ev.admin1, ev.admin2 = admin_at(focus, seat.admin1, seat.admin2, seat.lat, seat.lon, doc.published)
    return True
