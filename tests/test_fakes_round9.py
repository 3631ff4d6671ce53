"""Syrian war articles, round 9: more of what an article's body says about the war rather than tells as an event
of the day (cues.yaml `commentary`): what the war has done, how fighting has grown, where the displaced live,
what tactics have led to, who was forced out, and an inquiry "to determine whether". Our own sentences."""

from __future__ import annotations

import warscribe
from warscribe.model import Event


def coded(text: str, published: str = "2016-09-14") -> list[Event]:
    return warscribe.extract(text, published=published)


def told_at(events: list[Event], text: str, words: str) -> list[Event]:
    start = text.index(words)
    end = start + len(words)
    return [e for e in events if any(v.start < end and start < v.end for v in e.evidence)]


ARTICLE = ("Shelling killed at least nine people in the town of Jisr al-Shughur on Tuesday, a monitor said. "
           "Medics said three of the dead were children. "
           "Residents said the shells fell near a bakery. "
           "The war has killed more than 300,000 people since it began. "
           "Fighting around the town has intensified since rebels seized a hill nearby. "
           "The village has become home to thousands of families displaced by fighting further north. "
           "Bombing of hospitals has led to dozens of deaths among medical staff, a charity said. "
           "Villagers say they were forced out by the shelling of their farms. "
           "Officials will study the craters to determine whether the shells killed two farmers last week.")


def test_body_sentences_about_the_war_tell_no_event():
    events = coded(ARTICLE)
    assert told_at(events, ARTICLE, "Shelling killed")
    for words in ("war has killed", "has intensified", "displaced by fighting", "has led to", "forced out by",
                  "shells killed two"):
        assert not told_at(events, ARTICLE, words), words


def test_the_same_words_in_a_short_note_still_tell_an_event():
    note = "Rebels shelled the village on Friday, killing two farmers. Fighting has intensified around it."
    assert told_at(coded(note), note, "Rebels shelled")


PLACE_ARTICLE = ("Rockets fired by militants killed four people in the town of Azaz on Thursday, police said. "
                 "Two children were among the wounded. "
                 "Shops near the market were closed. "
                 "Azaz has been a frequent target of rocket fire from across the front line. "
                 "The district has been under heavy shelling since the spring, which killed dozens. "
                 "From the hills the militants have been able to shell the road at will. "
                 "A nurse described the moment the rockets struck the clinic. "
                 "Related News Gunmen kill two in raid on village market")


def test_body_sentences_on_where_a_place_stands_tell_no_event():
    events = coded(PLACE_ARTICLE)
    assert told_at(events, PLACE_ARTICLE, "Rockets fired")
    for words in ("frequent target", "heavy shelling", "able to shell", "rockets struck", "Gunmen kill"):
        assert not told_at(events, PLACE_ARTICLE, words), words


def test_a_quarter_named_like_a_province_of_another_country_stays_in_its_city():
    text = ("Gunmen Shell Homss Salah Eddin. "
            "Four civilians were killed on Monday as gunmen shelled the Salah Eddin neighbourhood of the city, "
            "a medic said. Shells hit the Salah Eddin quarter again at night.")
    first = coded(text)[0]
    assert first.country == "Syria"
    assert first.admin1 != "Salah ad Din"


HOPES_ARTICLE = ("Rebels attacked an army checkpoint near the town of Saraqib on Sunday, killing six soldiers. "
                 "The army said it repelled the attack. "
                 "Two rebels were wounded. "
                 "The hill above the road has long been coveted by the rebels, who shelled it for weeks. "
                 "Envoys have been trying to broker a truce after fighting killed dozens. "
                 "The deaths were the first of the new offensive to be blamed on the army, which shelled the town.")


def test_body_sentences_on_hopes_and_firsts_tell_no_event():
    events = coded(HOPES_ARTICLE)
    assert told_at(events, HOPES_ARTICLE, "Rebels attacked")
    for words in ("who shelled it", "fighting killed dozens", "which shelled the town"):
        assert not told_at(events, HOPES_ARTICLE, words), words



def test_where_a_speaker_spoke_is_no_scene():
    text = ("UN envoy condemns attack on Syrian suburb. "
            "The UN envoy on Friday condemned an attack on the outskirts of Damascus. "
            "The envoy told a news conference in Oslo that no party could refuse an inquiry. "
            "Opposition activists said the shelling of the town killed 40 people on Wednesday.")
    events = coded(text, published="2013-08-23")
    assert events
    for event in events:
        assert event.location != "Oslo"



def test_a_city_named_for_talks_held_there_is_no_scene():
    from warscribe.places.gazetteer import Gazetteer
    from warscribe.places.recognize import find_places

    text = "Russia bombed Aleppo to force the regime's terms on the opposition in the Geneva negotiations."
    found = {m.text: m.secondary for m in find_places(text, [(0, len(text))], Gazetteer.open(None), "SY")}
    assert found["Aleppo"] is False and found["Geneva"] is True
