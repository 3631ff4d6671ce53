"""An event's actors from what the text implies: a party's home country, parties beside the crowd, old names."""

from __future__ import annotations

import pytest

from warscribe.config import Config
from warscribe.knowledge.actors import ActorBase
from warscribe.knowledge.country_words import country_of_words
from warscribe.knowledge.outlets import outlet_country
from warscribe.model import Document
from warscribe.pipeline import Pipeline


@pytest.fixture(scope="module")
def base() -> ActorBase:
    return ActorBase.load()


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Config(detect_near_duplicates=False))


def _events(pipeline: Pipeline, text: str, published: str = "2015-04-02") -> list:
    doc = Document.from_input({"id": "t", "text": text, "published": published})
    pipeline.run(doc)
    return doc.events


@pytest.mark.parametrize(("text", "crowd", "party"), [
    ("Dozens of BJP workers staged a sit-in outside the collectorate demanding a new bridge.",
     "Protesters (India)", "BJP: Bharatiya Janata Party"),
    ("Youth Congress activists marched to the minister's house over the price of onions.",
     "Protesters (India)", "IYC: Indian Youth Congress"),
    ("Supporters of the Economic Freedom Fighters protested outside the municipal offices over water cuts.",
     "Protesters (South Africa)", "EFF: Economic Freedom Fighters"),
    ("PTI workers held a rally against load shedding and chanted slogans against the power company.",
     "Protesters (Pakistan)", "PTI: Pakistan Tehreek-i-Insaf"),
])
def test_a_party_gives_the_crowd_its_country(pipeline: Pipeline, text: str, crowd: str, party: str) -> None:
    protests = [ev for ev in _events(pipeline, text) if ev.event_type == "Protests"]
    assert protests
    assert protests[0].actor1 == crowd
    assert party in protests[0].assoc_actor_1


def test_a_protest_naming_no_country_has_no_guessed_crowd(pipeline: Pipeline) -> None:
    protests = [ev for ev in _events(pipeline, "Shopkeepers protested against a new market fee.")
                if ev.event_type == "Protests"]
    assert protests and protests[0].actor1 is None


@pytest.mark.parametrize(("gold", "got"), [
    ("Indian National Congress", "INC: Indian National Congress"),  # the 2014-16 spelling
    ("Labour Group (Kenya)", "Labor Group (Kenya)"),
    ("PNU: Party of National Unity", "Party of National Unity"),
    ("TMC: Trinamool Congress Party Militia", "TMC: Trinamool Congress Party"),
])
def test_older_spellings_name_the_same_actor(base: ActorBase, gold: str, got: str) -> None:
    assert base.same_name(gold, got)


def test_parties_of_different_countries_stay_apart(base: ActorBase) -> None:
    assert not base.same_name("PDP: People's Democratic Party", "BJP: Bharatiya Janata Party")
    assert base.get("pdp-nigeria").country == "Nigeria"


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Congress and BJP workers clashed in Meerut, India, after the count.", "Rioters (India)", "Rioters (India)"),
    ("Two groups of ANC members clashed at a branch meeting in Durban, South Africa.",
     "Rioters (South Africa)", "Rioters (South Africa)"),
    ("The KIA and the Myanmar army clashed near a jade mine in Hpakant, Myanmar.",
     "KIA: Kachin Independence Army", "Military Forces of Myanmar"),
])
def test_a_clash_its_subject_names_has_both_sides(pipeline: Pipeline, text: str, first: str, second: str) -> None:
    base = ActorBase.load()
    events = _events(pipeline, text)
    assert events
    ev = events[0]
    assert {base.same_name(first, ev.actor1) or base.same_name(first, ev.actor2),
            base.same_name(second, ev.actor2) or base.same_name(second, ev.actor1)} == {True}
    assert ev.actor2 is not None


def test_a_party_attacked_is_no_second_crowd(pipeline: Pipeline) -> None:
    events = _events(pipeline, "On 11 February 2023, BNP members set fire to the house of an Awami League leader "
                               "in Bogra, Bangladesh.", "2023-02-12")
    assert events
    assert events[0].actor1 == "Rioters (Bangladesh)"
    assert events[0].actor2 != "Rioters (Bangladesh)"


def test_a_state_air_force_named_by_its_demonym_strikes(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Pakistani airforce jets bombed hideouts of TTP militants in Tirah valley, Pakistan, "
                               "killing 12 militants.")
    assert events
    base = ActorBase.load()
    assert base.same_name("Military Forces of Pakistan", events[0].actor1)
    assert events[0].actor2 == "TTP: Tehreek-i-Taliban Pakistan"


@pytest.mark.parametrize(("text", "country"), [
    ("Boda boda riders blocked the highway after a colleague was knocked down.", "Kenya"),
    ("Traders observed a bandh and staged a dharna against the new tax.", "India"),
    ("Farmers of the woreda gathered outside the administration office to protest land seizures.", "Ethiopia"),
])
def test_local_words_give_a_country_when_no_place_does(text: str, country: str) -> None:
    assert country_of_words(text) == country


def test_local_words_of_two_countries_give_none() -> None:
    assert country_of_words("Boda boda riders joined the dharna.") is None
    assert country_of_words("The mca met the elders.") is None  # the acronym only in capitals


def test_local_words_name_the_crowd(pipeline: Pipeline) -> None:
    protests = [ev for ev in _events(pipeline, "Matatu operators went on strike over new licence fees.")
                if ev.event_type == "Protests"]
    assert protests and protests[0].actor1 == "Protesters (Kenya)"


def test_the_force_that_breaks_up_a_protest_is_actor2(pipeline: Pipeline) -> None:
    events = [ev for ev in _events(pipeline, "Police fired tear gas at traders in Nakuru, Kenya who were protesting "
                                             "new market fees.", "2019-06-03") if ev.event_type == "Protests"]
    assert events
    assert events[0].actor1 == "Protesters (Kenya)"
    assert events[0].actor2 == "Police Forces of Kenya (2013-2022)"


@pytest.mark.parametrize(("text", "wrong", "right"), [
    # the news agency's byline is no army
    ("Car bomb kills 12 in Homs AFP Friday 3 May 2014 A car bomb killed at least 12 people on Friday in the Syrian"
     " city of Homs, state media said.", "Military Forces of the Philippines", "Unidentified Armed Group (Syria)"),
    # the army named with its troops still is
    ("AFP troops clashed with Abu Sayyaf gunmen in Patikul, Sulu, on Tuesday, leaving three soldiers dead.",
     None, "Military Forces of the Philippines"),
])
def test_afp_is_the_agency_unless_its_troops_are_named(pipeline: Pipeline, text: str, wrong: str | None,
                                                       right: str) -> None:
    actors = [name for e in _events(pipeline, text, "2021-05-04") for name in (e.actor1, e.actor2) if name]
    assert any(name.startswith(right) for name in actors), actors
    assert wrong is None or not any(name.startswith(wrong) for name in actors), actors


def test_a_monitors_base_is_not_the_scene(pipeline: Pipeline) -> None:
    # "Britain-based" qualifies the monitor: an event told after it keeps the place named before it
    text = ("Government forces shelled the town of Kafr Nabl in Idlib on Sunday. The army has not taken the hill,"
            " said the Britain-based group's director. Twelve soldiers were killed in clashes on Monday.")
    events = _events(pipeline, text, "2015-03-03")
    assert events and all(e.country == "Syria" for e in events), [(e.location, e.country) for e in events]


def test_people_a_strike_left_injured_are_its_victims(pipeline: Pipeline) -> None:
    # "left six civilians injured": the civilians counted are victims, never a mob (roles.yaml leaves_casualties)
    text = ("Warplanes struck the town of Saraqib on Monday. The raids left six civilians injured and caused damage"
            " to several shops, the agency said.")
    events = _events(pipeline, text, "2017-10-03")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"], [(e.sub_event_type, e.actor1) for e in events]
    assert events[0].actor2 == "Civilians (Syria)"


@pytest.mark.parametrize(("source", "country"), [
    ("Star (Kenya)", "Kenya"),  # the outlet's name says its country
    ("Daily Nation; AFP", "Kenya"),  # a wire beside a local paper says nothing
    ("Sidwaya", "Burkina Faso"),  # listed in lexicon/outlets.yaml
    ("Agence Benin Presse", "Benin"),
    ("Burkinabe Info", "Burkina Faso"),  # a demonym
    ("AFP", None),
    ("Radio France Internationale", None),  # reports from everywhere, whatever its name says
    ("Xinhua News Agency - French", None),  # the language of a wire's service is no country
    ("Agence France Presse - English", None),
    ("Agence France Presse -- English", None),  # however many dashes set the language apart
    ("Nouvelles du Sahel (French)", None),  # a language in brackets is no country either
    ("Dawn", "Pakistan"),
    ("The New Dawn", "Liberia"),  # the longest listed name decides, not the short one inside it
    ("Le Quotidien (Dakar)", "Senegal"),  # the capital it is published in, in brackets
    ("GroundUp", "South Africa"),
    ("Capital FM", "Kenya"),
    ("Le Pays; Whatsapp", "Burkina Faso"),
    ("Undisclosed Source; Daabaaru", "Benin"),
    ("Noor TV", "Afghanistan"),
    ("Daily Nation; Prothom Alo", None),  # outlets of two countries
    (None, None),
])
def test_an_outlet_gives_its_country(base: ActorBase, source: str | None, country: str | None) -> None:
    assert outlet_country(source, base) == country


def _sourced(pipeline: Pipeline, text: str, source: str) -> list:
    doc = Document.from_input({"id": "t", "text": text, "published": "2019-05-02", "source": source})
    pipeline.run(doc)
    return doc.events


def test_a_report_naming_no_country_takes_its_outlets(pipeline: Pipeline) -> None:
    protests = [ev for ev in _sourced(pipeline, "Shopkeepers protested against a new market fee.", "Daily Nation")
                if ev.event_type == "Protests"]
    assert protests and protests[0].actor1 == "Protesters (Kenya)" and protests[0].country == "Kenya"
    wired = [ev for ev in _sourced(pipeline, "Shopkeepers protested against a new market fee.", "Reuters")
             if ev.event_type == "Protests"]
    assert wired and wired[0].actor1 is None


def test_a_named_place_outweighs_the_outlet(pipeline: Pipeline) -> None:
    events = _sourced(pipeline, "Gunmen killed two traders in Kabul on Monday.", "Daily Nation")
    assert events and events[0].actor1 == "Unidentified Armed Group (Afghanistan)"


def test_a_local_outlet_breaks_a_tie_of_places_abroad(pipeline: Pipeline) -> None:
    # Grabow is a small town of Germany, and spelled so a look-alike of Grabouw, South Africa: a South African
    # paper's report is about the South African town
    text = "Angry residents blocked roads in Grabow over evictions."
    assert [ev.country for ev in _sourced(pipeline, text, "News24")] == ["South Africa"]
    assert [ev.country for ev in _sourced(pipeline, text, "Reuters")] == ["Germany"]


def test_a_local_outlet_reads_a_name_its_country_shares_at_home(pipeline: Pipeline) -> None:
    # Karak names a governorate of Jordan and a district of Pakistan: a Pakistani paper means its own
    text = "Residents of Karak blocked the main road over a shortage of teachers."
    events = _sourced(pipeline, text, "Dawn")
    assert events and events[0].country == "Pakistan" and events[0].admin1 == "Khyber Pakhtunkhwa"
    assert [ev.country for ev in _sourced(pipeline, text, "Reuters")] == ["Jordan"]


def test_a_name_shared_with_the_actors_country_is_read_there(pipeline: Pipeline) -> None:
    # no outlet: the TTP fights in Pakistan and Afghanistan, and Pakistan has a Karak (Jordan's governorate is
    # another place of that name)
    events = _sourced(pipeline, "Fighters of the TTP stormed a police post in Karak and killed three constables.",
                      "Reuters")
    assert events and events[0].country == "Pakistan"
