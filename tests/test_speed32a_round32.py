"""Round 32 (s32a): the places' tests after a name that need no call into `re` where they cannot match: the word after
a name read by hand (not by `_SPACE_WORD`); the apposition and around-after patterns asked only where what follows
the name may open them; the bearing and near-link gaps only where the word after the name may open one; the landmark
gap, and the district, quarter and kind-of gaps, only where the gap opens with spacing, every gap of the links only
where it opens with spacing, a comma or a bracket. Each gate lets through every position its pattern matches. A
capital's pattern searched only before each "capital" up to its end; membership in a group of mentions asked of the
one at the same span."""

from __future__ import annotations

import copy
import re

import pytest

from warscribe.places import recognize
from warscribe.places.data import cues


def _word_after_by_pattern(text: str, end: int) -> str | None:
    """`_word_after` of an ASCII text as `_SPACE_WORD` reads it."""
    hit = recognize._SPACE_WORD.match(text, end, end + recognize._AFTER_REACH)
    if hit is None:
        return ""
    return None if hit.end() == end + recognize._AFTER_REACH else hit.group(1).lower()


_ASCII_TEXTS = [
    "Homs town, Hama_2 said", "X " + "a" * 40 + " b", "X " + "b" * 28 + " c", "X " + "c" * 29 + " d",
    "X " + "d" * 27, "A  B", "", " ", "Idlib 5km\tnorth-west of Aleppo's CITY (Syria) x_y", "Deir ez-Zor\nRaqqa.",
    "in Homs' south, `Ain Issa` and Ras al-Ain [1]; ~Tal Abyad@Kobani {Manbij}",
]


@pytest.mark.parametrize("text", _ASCII_TEXTS)
def test_word_after_by_hand_reads_as_the_pattern(text: str) -> None:
    for end in range(len(text) + 1):
        assert recognize._ascii_word_after(text, end) == _word_after_by_pattern(text, end), (text, end)


def test_the_article_folds_only_from_its_two_cases() -> None:
    # (the apposition gate reads "a" and "A" alone: no other character matches "a" case-blind)
    every = "".join(map(chr, range(0x110000)))
    assert sorted(set(re.findall("(?i)a", every))) == ["A", "a"]


def _afters() -> list[str]:
    """What may follow a name: each settlement word and direction after the openings of both patterns, and others."""
    c = cues()
    words = [*c.get("settlement_apposition", ()), *c["directions"], *c.get("around_after", ()), "said", "town"]
    heads = ["", " ", "  ", ",", ", ", ",\u00a0", "\u00a0", "'s ", "’s ", "' ", "’ ", "'", "s ", "\n", " ,"]
    afters = []
    for head in heads:
        for article in ("", "a ", "A ", "an ", "AN\u00a0", "the "):
            for word in words:
                for tail in ("", " of", ", where", " countryside", "s", " near"):
                    afters.append(head + article + word + tail)
    return afters


def test_apposition_and_around_gates_let_every_match_through() -> None:
    p = recognize._cue_patterns()
    apposed = around = 0
    for after in _afters():
        if p["settle_apposition"].match(after):
            apposed += 1
            assert after.startswith(recognize._APPOSITION_OPENINGS), after
        if p["around_after"].match(after):
            around += 1
            assert after.startswith(recognize._AROUND_OPENINGS), after
    assert apposed and around


@pytest.mark.parametrize("text", [
    "Safsafeh east of Tabqa, Safsafeh north-east of Tabqa, Safsafeh North East of the Tabqa, Safsafeh southwest of "
    "Tabqa. The town of Safsafah near Al Tabqah, the village of Homs close to Hama, Homs not far from Hama, "
    "the village of Idlib on the outskirts of Aleppo, the town of Idlib outside the Aleppo, Homs in the vicinity "
    "of Hama",
    "Homs westward of Hama, Homs eastern of Hama, Homs  east of Hama, Homs\u00a0east of Hama, Homs, east of Hama, "
    "Homs East_of Hama, Homs near5 Hama, Homs nearby Hama and Idlib said",
])
def test_bearing_links_read_alike_with_the_words_after(text: str) -> None:
    runs = recognize.name_runs(text, 0, len(text))
    mentions = [recognize._mention(text, run[0].start, run[-1].end, True) for run in runs]
    after = [recognize._word_after(text, m.end) for m in mentions]
    plain, gated = copy.deepcopy(mentions), copy.deepcopy(mentions)
    recognize._link_bearings(text, plain)
    recognize._link_bearings(text, gated, after)
    assert [repr(m) for m in plain] == [repr(m) for m in gated]
    assert any("tail_of" in m.data for m in plain)
    assert any("near_of" in m.data for m in plain) or "near5" in text


def test_bearing_gap_reads_its_bearings() -> None:
    # (the pattern built from the bearings' words is the one written out before them)
    assert recognize._BEARING_GAP.pattern == (r"^[ \u00a0]+(?i:(?:north|south)(?:[ -]?(?:east|west))?|east|west)"
                                              r"[ \u00a0]+(?i:of)[ \u00a0]+(?:the[ \u00a0]+)?$")
    firsts = recognize._bearing_firsts()
    assert firsts is not None
    for gap in (" east of ", " North-West of the ", " south east of ", " southwest of ", " near the town of "):
        assert recognize._BEARING_GAP.match(gap) or recognize._near_gap().match(gap), gap
        assert re.match(r" (\w*)", gap).group(1).lower() in firsts, gap


_CAPITAL_TEXTS = [
    "Syria capital Damascus capital and the capital, the Kenya capital. Burkina Faso's capital, Mali’s capital",
    "Mcapital Foo capital, Xcapital capital Syria capital Acapital Bcapital Kenya capitals Sudan capitalx Chad capital",
    "In Kenya capital\nNairobi,  Syria  capital   Iraq capital Iraq capital Iraq\tcapital capital capital Iraq capital",
    "de facto Syrian capital of IS, Raqqa; the group's self-declared Syria capital; Syria capital-city; Syria capital",
]


@pytest.mark.parametrize("text", _CAPITAL_TEXTS)
def test_capitals_read_as_the_pattern_finds_them(text: str) -> None:
    found = 0
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 4):
            first = text.find("capital", start, end)
            expected = [] if first < 0 else [
                (hit.span(), hit.span(1)) for hit in
                recognize._CAPITAL_OF.finditer(text, recognize._capital_reach(text, start, first), end)]
            assert [(hit.span(), hit.span(1)) for hit in recognize._capitals_of(text, start, end)] == expected, \
                (start, end)
            found += len(expected)
    assert found


def test_gap_openings_let_every_matched_gap_through() -> None:
    from test_speed30a_round30 import _gaps

    spaced = [recognize._district_gap(), recognize._quarter_gap(), recognize._kind_of_gap(), recognize._landmark_gap()]
    opened = [recognize._offset_gap(), recognize._tail_gap(), recognize._holding_gap()]
    matched = 0
    landmarks = [f"{head} {word} the Israeli-occupied " for word in cues()["landmark_link"] for head in ("", " region")]
    others = [". In ", "'s ", "\u00a0of ", "\u00a0district of ", "(", "( ", ",", " ,", "\n, ", "; "]
    for gap in [*_gaps(), *landmarks, *others]:
        for pattern in spaced + opened:
            if pattern.match(gap):
                matched += 1
                assert gap.startswith(recognize._GAP_OPENINGS), (pattern.pattern, gap)
                assert pattern in opened or gap.startswith(recognize._SPACINGS), (pattern.pattern, gap)
    assert matched


@pytest.mark.parametrize("text", [
    "Clashes hit Watamu, Dabaso, Kilifi. Then in Kara in North Darfur state and the Mumbai area of Yambio.",
    "in Qodax village (22km SE of Borama), Kaliganj upazila of Gazipur, Homs. Hama's Idlib (Kisumu) "
    "Kibanda\u00a0(Kisumu) in Mandi sector of Poonch district, Kibanda area of Kisumu,Homs (Hama, Idlib), Raqqa.",
])
def test_links_read_alike_with_the_gap_openings(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    runs = recognize.name_runs(text, 0, len(text))
    mentions = [recognize._mention(text, run[0].start, run[-1].end, True) for run in runs]
    plain, opened = copy.deepcopy(mentions), copy.deepcopy(mentions)
    for link in (recognize._link_tails, recognize._link_holders):
        link(text, opened)
    with monkeypatch.context() as patch:
        # (every gap opens with "": no gap is left out; as many strings as before, which the compiled module checks)
        patch.setattr(recognize, "_GAP_OPENINGS", ("",) * len(recognize._GAP_OPENINGS))
        patch.setattr(recognize, "_SPACINGS", ("",) * len(recognize._SPACINGS))
        for link in (recognize._link_tails, recognize._link_holders):
            link(text, plain)
    assert [repr(m) for m in plain] == [repr(m) for m in opened]
    assert any(m.data for m in plain)


def test_among_is_membership() -> None:
    def mention(start: int, end: int, **fields: object) -> recognize.PlaceMention:
        m = recognize.PlaceMention(start, end, "Homs"[:end - start], True)
        for name, value in fields.items():
            setattr(m, name, value)
        return m

    group = [mention(0, 4), mention(10, 14, cue="near"), mention(20, 24, data={"held": True})]
    asked = [*group, mention(0, 4), mention(10, 14), mention(10, 14, cue="near"), mention(20, 24),
             mention(20, 24, data={"held": True}), mention(0, 3), mention(30, 34)]
    for m in asked:
        for members in (group, group[::-1], [], group[1:]):
            assert recognize._among(m, members) == (m in members), (m, members)
    assert recognize._among(mention(10, 14, cue="near"), group) and not recognize._among(mention(10, 14), group)
