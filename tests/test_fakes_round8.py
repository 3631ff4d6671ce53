"""Syrian war articles, round 8: where an article's events are placed, and what its body only comments on. The
document's main governorate is read mostly from its headline and lede; an event placed by the next sentence inside
the governorate its own sentence named keeps that governorate when a later report of another governorate joins it;
"the Syrian capital" is Damascus; a sentence of an article's body that comments on events ("it was not clear who",
"a war that has killed") tells none. Our own sentences."""

from __future__ import annotations

import warscribe
from warscribe.model import Event


def coded(text: str, published: str = "2017-05-03") -> list[Event]:
    return warscribe.extract(text, published=published)


def told_at(events: list[Event], text: str, words: str) -> list[Event]:
    start = text.index(words)
    end = start + len(words)
    return [e for e in events if any(v.start < end and start < v.end for v in e.evidence)]


def test_the_lede_names_the_main_governorate_of_an_article():
    text = ("Gunmen killed 12 displaced people near a camp on Tuesday, a monitor said. "
            "The camp lies in Hasakeh province near the border with Iraq. "
            "Aid workers said families had fled in the night. "
            "Many of them had walked for days. "
            "Elsewhere, the front lines in Hama province have been quiet for a month. "
            "Farmers in Hama province returned to their fields.")
    first = coded(text)[0]
    assert first.fatalities == 12
    assert first.admin1 == "Al-Hasakeh"


def test_an_event_placed_by_the_next_sentence_keeps_the_governorate_its_sentence_named():
    text = ("Syrian air strikes on Idlib province killed 19 militants on Sunday. "
            "Syrian bombers pounded the town of Saraqib, killing at least 19 fighters. "
            "The warplanes carried out more than a dozen airstrikes against rebel positions in the town. "
            "Activists also reported government airstrikes on rebel-held areas in Aleppo province, including the "
            "town of Akhtarin.")
    first = told_at(coded(text), text, "air strikes on Idlib")[0]
    assert first.admin1 == "Idleb"
    assert first.location == "Saraqib"


def test_the_syrian_capital_is_damascus():
    event = coded("Two suicide bombers struck near Syria's capital on Saturday, killing 20 people.")[0]
    # near the capital is its countryside (round 17: the capital's point, in Rural Damascus)
    assert (event.location, event.admin1) == ("Damascus", "Rural Damascus")
    event = coded("Air strikes on the group's de facto Syrian capital killed 25 people on Tuesday.")[0]
    assert event.location != "Damascus"


def test_a_town_the_gazetteer_lacked_is_placed():
    event = coded("A missile fired by the army hit the town of Marea on Tuesday, killing 23 people.",
                  published="2014-05-20")[0]
    assert event.admin1 == "Aleppo"


ARTICLE = ("Air strikes killed at least 30 people in a market in the town of Ariha on Monday, a monitor said. "
           "Rescuers said most of the dead were women and children. "
           "The monitor said the toll could rise. "
           "It was not immediately clear who carried out the strike on the market, which killed 30 people. "
           "The strike came a day after rebels shelled the government-held city of Hama, killing four civilians. "
           "The United Nations opened an investigation into whether the raids killed 12 civilians in Ariha. "
           "Aid groups said the hospital was overwhelmed.")


def test_a_body_sentence_commenting_on_an_event_tells_none():
    events = coded(ARTICLE)
    assert told_at(events, ARTICLE, "Air strikes killed")
    for words in ("which killed 30", "rebels shelled", "raids killed 12"):
        assert not told_at(events, ARTICLE, words), words


def test_a_short_note_keeps_the_same_words():
    note = "Unknown gunmen carried out the raids on the town of Ariha on Monday. It was not clear who they were."
    assert told_at(coded(note), note, "raids on the town")
