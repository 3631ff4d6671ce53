"""Round 20 (speed14): what a name's surface says of a country, apart from the text around it, is read from the
tables once per surface (`CountryHints._surface_reading`) rather than at every capitalised word of every reading;
the votes are those of the reading that looked each surface up again. The place stage's locative test before an
actor's name searches its patterns only where the text ends in a word they can end in."""

from __future__ import annotations

import itertools

import pytest

from warscribe.places import countries
from warscribe.places.countries import LOCATIVE_BONUS, WEIGHTS, CountryHints
from warscribe.places.data import stop_phrases
from warscribe.places.normalize import key

# Hand-written texts: possessives owning a place (with and without the apostrophe), a bare possessive of a
# province, stop phrases, person titles, bodies, borders, origins, directions, capitals, lists, all capitals.
_TEXTS = [
    "Shells fell on Syria's northern town of Marea and on Syrias Idlib province, the monitor said.",
    "Syria's president met Iraq's prime minister in Baghdad on Monday.",
    "Fighting raged in Aleppos Salah Eddin district as St Pauls Church in London held a service.",
    "The Lok Sabha debated Kashmir Day while Governor Jack visited Virginia Nyaiko in Nairobi.",
    "Members of the Hind Mazdoor Sabha marched near the Somali border and near the border with Mali.",
    "Raiders from Somalia attacked a village in northwest Syria, East London and in Kara, North Darfur.",
    "Two Russian medics were wounded in the Salah Eddin neighbourhood of Aleppo (Aleppo, Syria).",
    "TURKEY'S ARMY SHELLED AFRIN AS THE KURDISH YPG HELD TAL RIFAAT, SYRIA.",
    "Daesh (outlawed in Russia) claimed the attack in Deir ez-Zor and in the Democratic Republic of the Congo.",
    "",
    "no capitalised word at all here",
]


def _old_read_at(self: CountryHints, text, words, reach, i, s, ignore, victims=False, lo=0, hi=-1):
    """`_read_at` as round 19 wrote it (the tables asked at every word): the reference for the one-per-surface
    reading. (The span's words[lo:hi] as its own lists, each reach cut at hi, as round 19 read them.)"""
    hi = len(words) if hi < 0 else hi
    words, reach, i = words[lo:hi], [min(reach[k], hi - k) for k in range(lo, hi)], i - lo
    if reach[i] > 1 and key(words[i][2]) in countries.person_titles() and words[i + 1][2][0].isupper() \
            and self.hint(text[words[i][0]:words[i + reach[i] - 1][1]]) is None:
        return reach[i], ()
    if i and reach[i - 1] > 1 and words[i - 1][2][0].isupper() and key(words[i][2]) in countries.body_words():
        return 1, ()
    for n in range(min(countries._MAX_WORDS, len(words) - i, reach[i]), 0, -1):
        last = words[i + n - 1]
        if not last[2][0].isupper():
            continue
        surface = text[words[i][0]:last[1]].rstrip(".’'")
        if n > 1 and key(surface) in stop_phrases():
            return n, self._phrase_vote(surface)
        found = self.hint(surface)
        if found is None and n == 1 and len(surface) > 4 and surface.endswith("s") and surface.isalpha():
            found = self._bare_possessive(surface[:-1])
        if found is None and n == 1:
            owner = self._owner_named(surface)
            if owner is not None and countries._place_after().match(text, last[1]):
                return n, ((owner, WEIGHTS["name"]), (owner, LOCATIVE_BONUS))
        if found is None:
            continue
        # the readings in context, as `_read_at` has them after its table
        return self._in_context(text, words, i, n, s, found, ignore, victims)
    return 1, ()


class _OldHints(CountryHints):
    _read_at = _old_read_at


@pytest.fixture(scope="module")
def hints(gaz) -> CountryHints:
    return CountryHints(gaz)


@pytest.fixture(scope="module")
def old(gaz) -> CountryHints:
    return _OldHints(gaz)


@pytest.mark.parametrize("text", _TEXTS)
def test_votes_are_those_of_the_tables_asked_at_every_word(text: str, hints: CountryHints, old: CountryHints) -> None:
    spans = [(0, len(text))]
    for victims in (False, True):
        expected = old.votes(text, spans, victims=victims)
        assert hints.votes(text, spans, victims=victims) == expected
        assert hints.votes(text, spans, victims=victims) == expected  # the surfaces read from the table now
    # and span by span (a span's end cuts the names that cross it), with what was read kept between the readings
    cuts = sorted({0, len(text), *range(0, len(text), 17)})
    known: dict = {}
    for a, b in itertools.pairwise(cuts):
        assert hints.votes(text, [(a, b)], known=known) == old.votes(text, [(a, b)])


def test_a_possessive_owns_a_place_only_where_a_kind_of_place_follows(hints: CountryHints) -> None:
    text = "Jets struck Syria's northern town of Marea."
    assert hints.votes(text, [(0, len(text))])["SY"] == WEIGHTS["name"] + LOCATIVE_BONUS
    text = "Syria's president spoke."
    assert "SY" not in hints.votes(text, [(0, len(text))])


def test_each_surface_is_read_from_the_tables_once(gaz, monkeypatch) -> None:
    hints = CountryHints(gaz)
    text = "Jets struck Idlib and Ariha on Monday; Syria said the Kurdish YPG fled."
    first = hints.votes(text, [(0, len(text))])
    assert first
    asked: list[str] = []
    monkeypatch.setattr(hints, "hint", asked.append)
    assert hints.votes(text, [(0, len(text))]) == first
    assert asked == []  # no table asked again: each surface was read before


# Texts before a name that a government's city may follow: locatives, directions (hyphenated, capitalised, in
# capitals), "the", whitespace of several kinds, a final newline, letters that are not ASCII, no locative at all.
_BEFORE = [
    "Shells fell on eastern Damascus",
    "Fighters were killed in Damascus",
    "a raid in the northern Damascus",
    "clashes on the outskirts of Damascus",
    "jets struck north-western Damascus",
    "In Damascus",
    "IN THE CAPITAL Damascus",
    "they moved north-east\nDamascus",
    "they moved east \nDamascus",
    "protests in\u00a0Damascus",
    "fighting across  the \t Damascus",
    "the army entered ınto Damascus",
    "the army went İn Damascus",
    "talks with Damascus",
    "the regime's ally, Damascus",
    "Southern Damascus",
    "in the central  Damascus",
    "neighbourhood ofDamascus",
]


class _AnyKey:
    """A gazetteer that knows every name: `_locative` then says what its patterns find."""

    @staticmethod
    def has_key(_k: str) -> bool:
        return True


class _Context:
    gazetteer = _AnyKey()


@pytest.mark.parametrize("text", _BEFORE)
def test_a_locative_is_searched_only_where_its_last_word_can_end_a_match(text: str) -> None:
    from warscribe.model import Mention
    from warscribe.stages.places import _LOCATIVE, _direction_before, _locative

    for at in range(len(text) + 1):
        actor = Mention("actor", at, len(text), text[at:])
        before = text[max(0, at - 40):at]
        expected = bool(_LOCATIVE.search(before) or _direction_before().search(before))
        assert bool(_locative(text, actor, _Context())) == expected


def test_the_locative_gate_reads_the_words_its_patterns_end_in() -> None:
    from warscribe.stages.places import _LOCATIVE_ENDS, _direction_ends

    assert {"in", "of", "capital", "the", "northern"} <= _LOCATIVE_ENDS
    assert {"east", "western", "northwest"} <= (_direction_ends() or set())
    assert "by" not in _LOCATIVE_ENDS and "by" not in (_direction_ends() or set())


_BORDERS = [
    "Raiders crossed near the Somalia border with Kenya and near the border with Mali.",
    "shelling along the frontier of the Turkish province of Hatay",
    "they fled across the BORDER WITH THE country",
    "near the border with\u00a0Mali and the boundary of\nChad",
    "the border with\n",
    "near the borde with Mali; the border withMali",
    "the border wİth Mali, the border of Ürgüp",
]


@pytest.mark.parametrize("text", _BORDERS)
def test_a_border_is_searched_only_where_the_text_ends_in_a_word_it_can_end_in(text: str) -> None:
    from warscribe.places.countries import _border_before, border_before

    for start in range(len(text) + 1):
        expected = _border_before().search(text, max(0, start - 30), start) is not None
        assert border_before(text, start) == expected


def test_final_word_reads_the_last_ascii_word_and_the_whitespace_after_it() -> None:
    from warscribe.places.countries import final_word

    assert final_word("near the border with ") == ("with", True)
    assert final_word("the north-West") == ("west", False)
    assert final_word("fled, ") == ("", True)
    assert final_word("wİth ") is None  # a letter a case-blind match may fold: it cannot tell


_AROUND = [
    "Shells fell in and around Aleppo and outside Idlib, on the outskirts of Hama and near Homs's mosque.",
    "Fighting raged inside and outside   the Damascus suburbs and in the countryside of Deraa yesterday.",
    "The army advanced to the Rural Damascus towns; rebels shelled around\u00a0the Harasta district.",
    "a very long word Supercalifragilisticexpialidocious outside Kafr Nabl, " + "x" * 40 + " outside Tal Rifaat",
    "In And Around Raqqa, OUTSIDE THE CITY OF Palmyra and the outskirts ofMarea",
]


@pytest.mark.parametrize("text", _AROUND)
def test_the_city_and_around_cues_are_those_the_patterns_find(text: str) -> None:
    import re

    from warscribe.places.recognize import _cue_patterns, _mention

    p = _cue_patterns()
    for hit in re.finditer(r"[A-Z][\w'’]*", text):
        start, end = hit.span()
        before, after = text[max(0, start - 60):start], text[end:end + 40]
        city = p["city_before"].search(before[-30:]) is not None
        around = not city and (p["around_after"].match(after) is not None
                               or (p["around_before"].search(before[-30:]) is not None
                                   and not after.startswith(("'s", "’s"))))
        m = _mention(text, start, end, True)
        assert (m.city or False) >= city and bool(m.data.get("around")) == around, (text[start:end], city, around)


@pytest.mark.parametrize("text", [
    "Clashes between Aleppo and Idlib went on, on the Aleppo-Damascus highway and between the Hama and Homs fronts.",
    "fighting between the towns of Marea and Azaz; the road between Raqqa - Deir ez-Zor road was cut",
    "between Aleppo, Idlib and Hama",
])
def test_a_pair_is_linked_as_the_between_and_road_patterns_say(text: str, gaz) -> None:
    from warscribe.places.recognize import _AND_GAP, _BETWEEN, _DASH_GAP, _ROAD_AFTER, _landmark_gap, _link_pairs
    from warscribe.places.recognize import find_places as found_in

    mentions = found_in(text, [(0, len(text))], gaz, "SY")
    for m in mentions:  # read again from scratch: the pairs' marks as the search of every pair gives them
        m.cue, m.partner, m.secondary = None, None, False
        m.data.pop("cue_text", None)
    expected = []
    for x, y in itertools.pairwise(mentions):
        gap = text[x.end:y.start]
        between = _BETWEEN.search(text[max(0, x.start - 40):x.start])
        road = _DASH_GAP.match(gap) and _ROAD_AFTER.match(text[y.end:y.end + 20])
        if not _landmark_gap().match(gap) and ((between and _AND_GAP.match(gap)) or road):
            expected.append((x.start, "between" if between else "highway"))
    _link_pairs(text, mentions)
    assert [(m.start, m.data["cue_text"]) for m in mentions if m.partner is not None] == expected
