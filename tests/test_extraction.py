"""Unit tests for the extraction stages on small hand-written inputs: counts, triggers and cues, roles,
typing, claims, merging within a document and linking across documents."""

from __future__ import annotations

import pytest

import warscribe
from warscribe.config import Config
from warscribe.knowledge.counts import CountReader
from warscribe.knowledge.lexicon import Lexicon
from warscribe.knowledge.patterns import PatternMatcher, compile_pattern
from warscribe.linking import EventLinker
from warscribe.model import Document, Event
from warscribe.pipeline import Pipeline
from warscribe.stages.segment import split_sentences


def events(text: str, published: str | None = "2021-03-10") -> list[Event]:
    return warscribe.extract(text, published=published)


def one(text: str, published: str | None = "2021-03-10") -> Event:
    found = events(text, published)
    assert len(found) == 1, [(e.sub_event_type, e.actor1, e.actor2) for e in found]
    return found[0]


# -- counts (ACLED's conservative rules)

@pytest.fixture(scope="module")
def counts() -> CountReader:
    return CountReader(Lexicon.load())


@pytest.mark.parametrize(("text", "outcome", "value", "vague"), [
    ("Three shepherds were killed near the village.", "death", 3, False),
    ("the blast killed 14 people in the market", "death", 14, False),
    ("shelling killed at least nine civilians", "death", 9, False),
    ("over 30 fighters were killed in the clashes", "death", 30, False),
    ("dozens of people were killed", "death", 12, False),
    ("tens of residents were arrested", "arrest", 10, False),
    ("several policemen were killed and wounded", "death", 3, True),
    ("the raid left 5 people dead", "death", 5, False),
    ("killing 2 soldiers and 3 civilians at the checkpoint", "death", 5, False),
    ("the death toll rose to 21 on Friday", "death", 21, False),
    ("At least six casualties were reported", "casualty", 6, False),
    ("Seven people, including four women and two children, were killed", "death", 7, False),
])
def test_counts(counts: CountReader, text: str, outcome: str, value: int, vague: bool) -> None:
    found = [c for c in counts.read(text) if c.outcome == outcome]
    assert found, counts.read(text)
    assert (found[0].value, found[0].vague) == (value, vague)


def test_negated_deaths_are_not_counted(counts: CountReader) -> None:
    # (told as none: a toll of 0, which the lowest-figure rule weighs against a higher report)
    assert [c.value for c in counts.read("No one was killed in the attack.") if c.outcome == "death"] in ([], [0])


def test_injuries_are_not_fatalities() -> None:
    ev = one("Regime artillery shelled the town of Ariha on Monday, wounding seven civilians.")
    assert ev.fatalities == 0 and ev.injuries == 7


def test_casualties_do_not_prove_deaths() -> None:
    ev = one("Russian warplanes bombed the town of Saraqib on Monday, causing 11 casualties.")
    assert ev.fatalities == 0


# -- the pattern language

def test_pattern_gap_and_inflection() -> None:
    matcher = PatternMatcher([compile_pattern("bring~|brought *3 under *2 control", "regain")])
    words = ["troops", "brought", "the", "whole", "area", "under", "their", "full", "control"]
    assert list(matcher(words)) == [("regain", 1, 9)]
    assert not list(matcher(["troops", "were", "under", "control"]))


def test_sentences_respect_abbreviations() -> None:
    text = "The U.S. military said Gen. Smith arrived. Clashes followed."
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text))] == [
        "The U.S. military said Gen. Smith arrived.", "Clashes followed."]


# -- types and roles

@pytest.mark.parametrize(("text", "sub"), [
    ("Russian warplanes carried out airstrikes on the village of Kafr Nabl on Monday.", "Air/drone strike"),
    ("Government forces shelled the town of Ariha on Monday.", "Shelling/artillery/missile attack"),
    ("A roadside bomb exploded in the town of Azaz on Monday, wounding two passers-by.",
     "Remote explosive/landmine/IED"),
    ("Unknown gunmen shot dead two farmers near the town of Tafas on Monday.", "Attack"),
    ("HTS militants attacked army positions near the town of Kafr Nabl on Monday.", "Armed clash"),
    ("Security forces arrested five men in the town of Nawa on Monday.", "Arrests"),
    ("Hundreds of residents protested in the city of Suwayda on Monday against rising prices.",
     "Peaceful protest"),
    ("Syrian air defences shot down two drones over the town of Masyaf on Monday.", "Disrupted weapons use"),
])
def test_sub_event_types(text: str, sub: str) -> None:
    assert one(text).sub_event_type == sub


def test_passive_with_agent() -> None:
    ev = one("Four civilians were killed on Monday in air strikes carried out by Russian warplanes on Ariha.")
    assert ev.actor1 == "Military Forces of Russia (2000-)"
    assert ev.actor2 == "Civilians (Syria)"
    assert ev.fatalities == 4


def test_protesters_are_actor1_and_the_force_actor2() -> None:
    ev = one("Security forces opened fire on protesters in the city of Suwayda on Monday, killing one.")
    assert ev.sub_event_type == "Excessive force against protesters"
    assert ev.actor1 == "Protesters (Syria)"
    assert ev.actor2 == "Military Forces of Syria (2000-)"


def test_unknown_perpetrator_of_violence_is_an_unidentified_armed_group() -> None:
    ev = one("A car bomb exploded in the town of Azaz on Monday, killing six civilians.")
    assert ev.actor1 == "Unidentified Armed Group (Syria)"
    assert ev.fatalities == 6


# -- statements that are not events

@pytest.mark.parametrize("text", [
    "The army denied that any air strike was carried out on the village of Kafr Nabl.",
    "The rebels said they could attack the town of Morek if the talks fail.",
    "HTS is planning to storm the town of Saraqib next week.",
    "In 2016, government forces retook the city of Aleppo after a long siege.",
    "A powerful earthquake killed dozens of people in the town of Jinderes on Monday.",
    "The army continues to strike terrorist hideouts across the country.",
])
def test_no_event(text: str) -> None:
    assert events(text) == []


# -- claims

def test_party_media_makes_a_claim() -> None:
    ev = one("According to Amaq, ISIS fighters ambushed an army patrol near the town of al-Sukhnah on Monday, "
             "killing three soldiers.")
    assert ev.claim_status == "claimed"
    assert "Amaq" in ev.attributed_to


def test_disputed_claim_is_kept_and_flagged() -> None:
    text = ("Rebel factions said they killed five soldiers near the village of Afes on Monday.\n"
            "The army called the report fabricated.")
    ev = one(text)
    assert ev.claim_status == "disputed"


# -- one event told several times in a document; two days make two events

def test_headline_lede_and_body_make_one_event() -> None:
    text = ("Russian jets strike Kafr Nabl, killing four\n"
            "Russian warplanes struck the town of Kafr Nabl on Monday, killing four civilians.\n"
            "The air strikes hit a market, local sources said.")
    ev = one(text)
    assert ev.sub_event_type == "Air/drone strike" and ev.fatalities == 4


def test_two_days_make_two_events() -> None:
    found = events("On March 3 and March 4, Russian warplanes bombed the town of Ariha.", "2021-03-10")
    assert sorted(e.event_date for e in found) == ["2021-03-03", "2021-03-04"]


def test_evidence_indexes_the_text_as_given() -> None:
    text = "Regime\u00a0forces shelled the town of Ariha on Monday,\r\nkilling two “civilians”."
    for ev in events(text):
        for e in ev.evidence:
            assert text[e.start:e.end] == e.text


# -- across documents

def _event(doc_id: str, **fields: object) -> Event:
    base = dict(event_id=f"{doc_id}:1", doc_id=doc_id, event_date="2021-11-07", time_precision=1,
                event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                actor1="Military Forces of Russia (2000-)", actor2="Civilians (Syria)", location="Kansafra",
                admin1="Idleb", country="Syria", latitude=35.7, longitude=36.5, geo_precision=1)
    base.update(fields)
    return Event(**base)  # type: ignore[arg-type]


def test_linker_joins_reports_of_one_event() -> None:
    # One outlet's "gas attack" is another's air strike; the second names no perpetrator.
    first, second = _event("a"), _event("b", sub_event_type="Chemical weapon", actor1=None)
    linker = EventLinker()
    linker.link([first])
    linker.link([second])
    assert second.duplicate_of == first.event_id


@pytest.mark.parametrize("change", [{"event_date": "2021-11-09"}, {"location": "Ariha", "latitude": 35.9},
                                    {"sub_event_type": "Arrests"},
                                    {"sub_event_type": "Shelling/artillery/missile attack"},
                                    {"event_date": "2021-11-08", "sub_event_type": "Attack"}])
def test_linker_keeps_different_events_apart(change: dict) -> None:
    first, second = _event("a"), _event("b", **change)
    linker = EventLinker()
    linker.link([first])
    linker.link([second])
    assert second.duplicate_of is None


def test_pipeline_links_across_documents_and_keeps_order() -> None:
    texts = ["Russian warplanes struck the village of Kansafra on Sunday, killing five civilians.",
             "Five people were killed on Sunday when Russian jets bombed the village of Kansafra."]
    docs = [Document.from_input({"id": f"d{i}", "text": t, "published": "2021-11-08"}) for i, t in enumerate(texts)]
    results = list(Pipeline(Config()).process(docs))
    assert [r.document.id for r in results] == ["d0", "d1"]
    assert results[1].events and results[1].events[0].duplicate_of == results[0].events[0].event_id
