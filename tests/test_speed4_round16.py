"""Round 16 (speed4): shortcuts on the per-document hot path answer what the full work answered, on hand-written
inputs: the lexicon's pattern matcher, the grievance test of place names."""

from __future__ import annotations

import pytest

from places_support import default_gazetteer, make_doc
from warscribe.config import Config, Context
from warscribe.knowledge.patterns import PatternMatcher, _match_from, compile_pattern
from warscribe.places import recognize
from warscribe.stages.places import PlaceStage

_PATTERNS = ["open~ *2 fire", "killed", "shot dead", "shot ?and killed", "set fire to", "blew up", "set *3 ablaze",
             "fire *1 on", "car bomb", "opened fire *2 at crowd", "fire"]


def _full(patterns, words):
    """What the matcher answered before its shortcuts: every pattern of the first word, in order, by
    _match_from."""
    by_first: dict[str, list] = {}
    for p in patterns:
        for w in p.first_words:
            by_first.setdefault(w, []).append(p)
    out = []
    for i, w in enumerate(words):
        for p in by_first.get(w, ()):
            end = _match_from(p.elements, 1, words, i + 1)
            if end is not None:
                out.append((p.payload, i, end))
    return out


@pytest.mark.parametrize("sentence", [
    "gunmen opened fire on the crowd and shot dead two men",
    "troops opened heavy fire at the crowd then set the houses ablaze",
    "they set fire to a car and the car bomb blew up",
    "a man was shot and killed while fire broke out",
    "opened fire at crowd",
    "set fire",
    "fire",
    "open the gate fire",
    "the soldiers set the old market and houses ablaze killed",
])
def test_the_matcher_answers_what_match_from_answers(sentence: str) -> None:
    patterns = [compile_pattern(t, t) for t in _PATTERNS]
    words = sentence.split()
    assert list(PatternMatcher(patterns)(words)) == _full(patterns, words)


@pytest.fixture(scope="module")
def ctx(tmp_path_factory):
    return Context(Config(gazetteer_path=default_gazetteer(tmp_path_factory).path))


def test_no_grievance_word_in_the_text_no_grievance_search(ctx, monkeypatch) -> None:
    def searched(*_args) -> bool:
        raise AssertionError("searched back from a name in a text without a grievance word")

    monkeypatch.setattr(recognize, "_after_grievance", searched)
    doc = make_doc("Hundreds of protesters gathered in Nairobi, and police were deployed in Kampala.",
                   [("protesters gathered", "gathered")], "2019-06-01")
    PlaceStage().run(doc, ctx)
    assert doc.events[0].location == "Nairobi"


def test_a_place_after_a_grievance_is_still_not_the_scene(ctx) -> None:
    text = ("Hundreds of protesters gathered in Nairobi's Central Park, demanding the release of a Ugandan "
            "opposition leader held in Kampala.")
    doc = make_doc(text, [("protesters gathered", "gathered")], "2019-06-01")
    PlaceStage().run(doc, ctx)
    assert (doc.events[0].location, doc.events[0].admin1) == ("Nairobi", "Nairobi")


def test_token_bounds_are_each_tokens_offsets() -> None:
    import spacy

    from warscribe.config import Context
    from warscribe.stages.recognize import _array_bounds, _char_span

    lexicon = Context().lexicon
    tokens = spacy.blank("en")("Gunmen killed “four” soldiers near Aleppo’s gate — café.")
    bounds = _array_bounds(lexicon.read_tokens(tokens)[2], 100)
    assert [(s, e) for s, e in zip(*bounds, strict=True)] == [(100 + t.idx, 100 + t.idx + len(t.text)) for t in tokens]
    assert _char_span(bounds, 1, 4) == (100 + tokens[1].idx, 100 + tokens[3].idx + len(tokens[3].text))
    assert _array_bounds(lexicon.read_tokens(spacy.blank("en")(""))[2], 7) == ([], [])


def test_a_skipped_span_inside_a_run_is_still_no_place(ctx) -> None:
    gaz = ctx.gazetteer
    text = "Fighting went on in Nairobi Kampala yesterday."
    at = text.index("Kampala")
    free = [m.text for m in recognize.find_places(text, [(0, len(text))], gaz, None)]
    held = [m.text for m in recognize.find_places(text, [(0, len(text))], gaz, None, [(at, at + 7)])]
    assert "Kampala" in free and "Kampala" not in held and "Nairobi" in held


@pytest.mark.parametrize(("pattern", "sentence", "end"), [
    ("shot ?and killed", "shot and killed two", 3),
    ("shot ?and killed", "shot killed two", 2),
    ("shot ?and killed", "shot and wounded", None),
    ("set *3 ablaze", "set the old market ablaze", 5),
    ("set *3 ablaze", "set the old big market ablaze", None),
    ("fire *1 on ?the crowd", "fire live rounds on crowd", None),
    ("fire *1 on ?the crowd", "fire rounds on the crowd", 5),
])
def test_match_from_reads_gaps_and_optional_words(pattern: str, sentence: str, end: int | None) -> None:
    assert _match_from(compile_pattern(pattern).elements, 1, sentence.split(), 1) == end


def test_each_date_kind_keeps_its_needs() -> None:
    from warscribe import timex

    assert [(k, p) for k, p, _ in timex._needed_patterns()] == timex._patterns()
    assert all(needs == timex._NEEDS.get(k, ()) for k, _, needs in timex._needed_patterns())
    assert [d.text for d in timex.find_dates("It began on 3 May 2016 and last Tuesday, 2 days ago.")] \
        == ["on 3 May 2016", "last Tuesday", "2 days ago"]


def test_the_pair_match_says_what_inside_word_says() -> None:
    from warscribe.places.countries import _GOES_ON_PAIR, _inside_word

    text = "Al-Bab's U.N. post_office, Ḥama’s 3rd road (x) - é.ü"
    for at in range(-1, len(text) + 2):
        pair = 0 < at < len(text) and _GOES_ON_PAIR.match(text, at - 1) is not None
        assert pair == _inside_word(text, at), at


def test_an_index_of_spans_overlaps_as_the_list_does() -> None:
    spans = [(5, 9), (0, 3), (20, 40), (22, 25)]
    index = recognize._SpanIndex(spans)
    for a in range(0, 45):
        for b in range(a + 1, 46, 3):
            assert recognize._overlaps((a, b), index) == recognize._overlaps((a, b), spans), (a, b)


@pytest.mark.parametrize("text", ["fighting near the village of Tell Abyad", "in the town of Kara in Darfur",
                                  "clashes in northern Idlib and near Hama city", "the city of Aleppo countryside"])
def test_a_frame_read_with_the_cues_given_is_the_frame_read_alone(text: str) -> None:
    for at in range(len(text)):
        if text[at].isupper():
            end = text.find(" ", at) if " " in text[at:] else len(text)
            before = text[max(0, at - 60):at]
            given, alone = recognize._frame(text, at, end, recognize._cues_possible(before)), \
                recognize._frame(text, at, end)
            assert given[:2] == alone[:2]
            assert (given[2] and given[2].group()) == (alone[2] and alone[2].group())


def _ranked_best(votes, minimum=1, *, strict=False):
    """`best` as it read `most_common(2)` before."""
    ranked = votes.most_common(2)
    if not ranked or ranked[0][1] < minimum:
        return None
    if strict and len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


@pytest.mark.parametrize("counts", [{}, {"SY": 1}, {"SY": 2, "IQ": 2}, {"IQ": 1, "SY": 3, "TR": 3},
                                    {"LB": 5, "SY": 2, "IQ": 5, "TR": 1}, {"SY": 0}, {"A": 1, "B": 2, "C": 3}])
def test_best_ranks_as_most_common_did(counts) -> None:
    from collections import Counter

    from warscribe.places.countries import best

    votes = Counter(counts)
    for minimum in (0, 1, 2, 3, 4, 6):
        for strict in (False, True):
            assert best(votes, minimum, strict=strict) == _ranked_best(votes, minimum, strict=strict)


def test_the_place_stage_reads_the_actors_countries_once(ctx, monkeypatch) -> None:
    from warscribe.stages import places

    calls = []
    real = places._actor_votes
    monkeypatch.setattr(places, "_actor_votes", lambda doc, c: calls.append(doc) or real(doc, c))
    doc = make_doc("Gunmen attacked a market in Karak, residents said, and police fired on them in Nairobi.",
                   [("attacked", "attacked")], "2019-06-01")
    PlaceStage().run(doc, ctx)
    assert len(calls) <= 1


@pytest.mark.parametrize(("text", "found"), [
    ("Shelling hit the city of Nairobi Saturday, police said.", [("Nairobi", "settlement", None, None)]),
    ("AP Photo Felipe Dana Nairobi Protest in Kisumu town.", [("Kisumu", "settlement", "in", None)]),
    ("Clashes broke out in Torah Garah of Mandera county on Monday.",
     [("Torah Garah", None, "in", True), ("Mandera", "region", None, None)]),
    ("Police said Raman Singh Kisumu was held in Nakuru.", [("Nakuru", None, "in", None)]),
])
def test_name_runs_cut_at_a_day_a_family_name_a_credit_and_an_of(ctx, text: str, found) -> None:
    # the run's words are read in one loop each (no generator per run): what they find is what they found
    places = recognize.find_places(text, [(0, len(text))], ctx.gazetteer, None)
    assert [(m.text, m.cue, m.prep, m.data.get("held")) for m in places] == found


def test_an_actors_kind_is_remembered_per_label_and_an_unknown_one_is_not() -> None:
    from warscribe.config import Config, Context
    from warscribe.model import Mention
    from warscribe.stages import assemble
    from warscribe.stages.assemble import _kind, _label_kind

    context = Context(Config())
    labels = ["state:police", "generic:civilians", "generic:rebels", "no-such-actor"]
    first = [_kind(context, Mention("actor", 0, 1, "x", label, {})) for label in labels]
    assert first == [_label_kind(context, label) for label in labels]
    assert first[0] == "state" and first[1] == "civilians" and first[3] is None
    base, remembered = assemble._KIND_BY_LABEL
    assert base is context.actors
    # (the actor base is shared in a process: other tests' labels may be there too)
    assert set(labels[:3]) <= set(remembered) and "no-such-actor" not in remembered  # may be built later
    assert [_kind(context, Mention("actor", 0, 1, "x", label, {})) for label in labels] == first


@pytest.mark.parametrize("text", ["Crowds marched, DEMANDING the release of a leader.", "a rally Against them",
                                  "They were protesting against the strikes", "In solidarity with Gaza",
                                  "no grievance here, only shelling", "in protest over fuel prices", "condemning"])
def test_the_guarded_grievance_search_finds_what_the_alternation_finds(text: str) -> None:
    import re

    from warscribe.places.data import cues

    words = sorted(cues()["grievance_before"], key=len, reverse=True)
    plain = re.compile("|".join(re.escape(w) for w in words), re.I)
    found = recognize._cue_patterns()["grievance_words"].search(text)
    assert (found and found.span()) == ((m := plain.search(text)) and m.span())
