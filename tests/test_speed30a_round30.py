"""Round 30 (s30a): the places' tests after a name gated by the word after it (read once a name for the links between
names and the attributive tests): the gaps between names cut and matched only where they may open one of their
patterns; the border and road patterns asked only where the word after may open them; the allegiance pattern only
after a dash. Each gate lets through every position its pattern matches."""

from __future__ import annotations

import copy

import pytest

from warscribe.places import recognize
from warscribe.places.countries import boundary_pattern
from warscribe.places.data import cues


def _gaps() -> list[str]:
    """Gaps between two names: each kind and link word of the gap patterns in its forms, and others."""
    c = cues()
    words = sorted({*c["part_kinds"], *c["quarter_kinds"], *c["holder_kinds"], *c["area_kinds"], "ward", "union",
                    *c["directions"], "of", "in", "and", "the", "said", "near", "Of", "IN"})
    gaps = [" ", "", ", ", " (", "  (", " , ", ",", " - ", "-", "\u2013", " and the ", " And ", " said, ", "\n",
            " 12 km north of ", " (approx. 50km SW of ", ", (", " in the northern ", " of the ", " 5 ", "_of "]
    for w in words:
        gaps += [f" {w} ", f" {w}, ", f" {w} of ", f" {w} in the ", f" {w} (", f" {w.upper()} of ", f" {w}s of ",
                 f" {w}_x of ", f" {w}5 ("]
    return gaps


def _patterns() -> list[tuple[object, frozenset[str] | None]]:
    tails, holders = recognize._gap_firsts()
    return [(recognize._district_gap(), tails), (recognize._quarter_gap(), tails), (recognize._offset_gap(), tails),
            (recognize._kind_of_gap(), tails), (recognize._tail_gap(), tails), (recognize._holding_gap(), holders)]


@pytest.mark.parametrize("after", ["Beta", "beta", "5Beta", "_Beta", "Of", ""])
def test_gap_gate_lets_every_matched_gap_through(after: str) -> None:
    matched = 0
    for gap in _gaps():
        text = "Alpha" + gap + after
        word = recognize._word_after(text, 5)
        for pattern, firsts in _patterns():
            if pattern.match(gap):  # type: ignore[attr-defined]
                matched += 1
                assert recognize._gap_may_open(word, firsts), (gap, after)
        if recognize._AND_GAP.match(gap):
            assert not word or word == recognize._AND_WORD, gap
        if recognize._DASH_GAP.match(gap):
            assert not word, gap
    assert matched > 50


def test_gap_gate_closes_plain_words() -> None:
    tails, holders = recognize._gap_firsts()
    assert tails is not None and holders is not None
    assert not recognize._gap_may_open("said", tails) and not recognize._gap_may_open("said", holders)
    assert recognize._gap_may_open("", tails) and recognize._gap_may_open(None, tails)
    assert recognize._gap_may_open("district", tails) and recognize._gap_may_open("of", holders)


_AFTER_TEXTS = [
    "the Kenya border, Kenya borders, the Kenya-Somalia border, Kenya  border, Kenya frontier town, "
    "Syria border crossing, Syria crossings, Iraq/Syria border, Kenya border town of X, Kenya Border",
    "the Mombasa-Malindi road, Dhaka - Aricha highway, Kitui road, Kitui Road, Kitui roads, Kitui railway, "
    "Kitui rail line, Kitui said, Kitui  road, Kitui_road, Kitui roadside",
    "the Dir clan, a Majeerteen sub-clan elder, Dir clansmen, Dir\nclan, Dir  tribe, Dir Clan's, Dir clang, Dir_clan",
]


@pytest.mark.parametrize("text", _AFTER_TEXTS)
def test_border_and_road_gates_let_every_match_through(text: str) -> None:
    border, road, kin = recognize._spaced_firsts()
    hits = 0
    for end in range(len(text) + 1):
        word = recognize._word_after(text, end)
        if boundary_pattern().match(text, end):
            hits += 1
            assert not word or recognize._may_follow(word, border), text[end:end + 20]
        first = recognize._road_patterns()[0]
        if first.match(text, end) or recognize._road_named_for().match(text, end):
            hits += 1
            assert not word or recognize._may_follow(word, road), text[end:end + 20]
        if recognize._kin_after().match(text, end):
            hits += 1
            assert not word or recognize._may_follow(word, kin), text[end:end + 20]
    assert hits >= 5


def test_allegiance_searched_only_after_its_last_character() -> None:
    pattern = recognize._cue_patterns()["allegiance"]
    text = "pro-Damascus, anti-Ankara, Pro\u2010Assad, anti\u2013IS, pro-\nHoms, pro- Aleppo, prof-X, anti-\n\nY"
    hits = 0
    for start in range(len(text) + 1):
        if pattern.search(text, max(0, start - 6), start):
            hits += 1
            assert start > 0 and text[start - 1] in recognize._ALLEGIANCE_LAST
    assert hits >= 5


_LINK_TEXTS = [
    "Clashes hit Watamu, Dabaso, Kilifi. Then in Kara in North Darfur state and the Mumbai area of Yambio.",
    "in Qodax village (22km SE of Borama), Kaliganj upazila of Gazipur, between Homs and Hama, the Homs - "
    "Hama highway; Safsafeh east of Tabqa, the Kibanda area of Kisumu, Kibanda (Kisumu) and Idlib said",
]


@pytest.mark.parametrize("text", _LINK_TEXTS)
def test_links_read_alike_with_the_words_after(text: str) -> None:
    runs = [run for run in recognize.name_runs(text, 0, len(text))]
    mentions = [recognize._mention(text, run[0].start, run[-1].end, True) for run in runs]
    after = [recognize._word_after(text, m.end) for m in mentions]
    plain, gated = copy.deepcopy(mentions), copy.deepcopy(mentions)
    for link in (recognize._link_pairs, recognize._link_tails, recognize._link_holders):
        link(text, plain)
        link(text, gated, after)
    assert [repr(m) for m in plain] == [repr(m) for m in gated]
    assert [repr(m) for m in recognize._peoples_dropped(text, plain)] \
        == [repr(m) for m in recognize._peoples_dropped(text, gated, after)]
    assert any(m.data for m in plain)


def _word_after_fresh(text: str, end: int) -> str | None:
    """`_word_after` as it read before its answers were kept."""
    if not text.isascii():
        return None
    hit = recognize._SPACE_WORD.match(text, end, end + recognize._AFTER_REACH)
    if hit is None:
        return ""
    return None if hit.end() == end + recognize._AFTER_REACH else hit.group(1).lower()


def test_word_after_kept_answers_as_read() -> None:
    texts = [*_AFTER_TEXTS, *_LINK_TEXTS, "Homs\u00a0town, Hom\u00e9 said", "X " + "a" * 40 + " b", "A  B", ""]
    for rounds in range(2):
        for text in texts + texts[::-1]:
            ends = list(range(len(text) + 1))
            for end in ends[::-1] if rounds else ends:
                assert recognize._word_after(text, end) == _word_after_fresh(text, end), (text, end)
