"""Round 33 (speed, issue 14, s33g): a sentence searched for a same-day cue only where its lower-case form holds
every word of one of the cue's phrases before the trigger (`time._holds_day_link`, each distinct word looked for
once); a bracketed span searched for a photo credit only where it holds a picture word (`segment._may_hold_credit`);
an actor's countries read from its fields (`actors._active_in`), and the event's country read once for all its
actors. Each pins an equivalence a change could break silently: no cue or credit the patterns find is ever gated
away on hand-built and random texts, and the countries test answers as `Actor.countries` does."""

from __future__ import annotations

import random
from dataclasses import replace

from warscribe.knowledge.actors import Actor
from warscribe.knowledge.patterns import lower_form
from warscribe.stages import actors as actor_stage
from warscribe.stages import segment
from warscribe.stages import time as time_stage

_CUE_TEXTS = [
    "", "Hours after the initial attack air strikes also hit a hospital.", "HOURS  AFTER\nTHE raid, ten died.",
    "Later that day rebels shelled the town.", "later the same day", "On the same day, a blast hit Homs.",
    "the same  day", "Shortly after a car bomb went off", "soon after midnight", "Moments after its launch",
    "Minutes after an explosion", "hours later", "some 30 hours after the first batches", "the same way as before",
    "after hours", "Hour\u017f after the attack", "Laterthat day", "same-day strikes", "Soon after his arrest",
]
_CUE_PIECES = ["hours", "after", "the", "later", "that", "day", "same", "on", "soon", "shortly", "minutes", "moments",
               " ", "  ", "\n", ",", "a", "its", "Hours", "AFTER", "Later", "Same", "Day", "3", "x"]


def _random_texts(pieces: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 9))) for _ in range(count)]


def _slow_day_link(low: str, start: int, end: int) -> bool:
    return any(all(word in low[start:end] for word in words) for words in time_stage._same_day_words())


def test_the_day_link_test_is_the_plain_one_over_every_phrase() -> None:
    for text in _CUE_TEXTS + _random_texts(_CUE_PIECES, 2000, 33):
        low = text.lower()
        for start in {0, len(text) // 3}:
            for end in {start, len(text) // 2, len(text)}:
                if end >= start:
                    assert time_stage._holds_day_link(low, start, end) == _slow_day_link(low, start, end), text


def test_no_same_day_cue_is_gated_away() -> None:
    cue = time_stage._same_day_cue()
    found = 0
    for text in _CUE_TEXTS + _random_texts(_CUE_PIECES, 3000, 34):
        low = lower_form(text)
        for start in range(0, len(text) + 1, 3):
            for end in (start, (start + len(text)) // 2, len(text)):
                if cue.search(text, start, end) is not None:
                    found += 1
                    assert low is None or time_stage._holds_day_link(low, start, end), (text, start, end)
    assert found > 50  # (the texts hold cues enough for the test to mean something)


def test_the_day_link_words_are_looked_up_once() -> None:
    words, phrases = time_stage._day_link_words()
    assert len(set(words)) == len(words)
    assert tuple(tuple(words[i] for i in p) for p in phrases) == time_stage._same_day_words()


_CREDIT_TEXTS = [
    "Smoke rises over Aleppo (AP Photo) BEIRUT Air strikes killed 21.", "A boy (File PICTURE) Rebels said.",
    "ten killed (SOHR) in Idlib (AFP) Rebels", "(Reuters photographs) The army", "x (images) Y", "(Image) (Photo)",
    "(photo", "photo)", "( photo) A", "(AFP/Getty Images) The", "Hama (\u0130mage) A", "(Phot o) The",
]
_CREDIT_PIECES = ["(", ")", "photo", "Photo", "PICTURES", "image", "AP", "File", " ", "A", "The", "x", ".", "\u017f"]


def test_no_photo_credit_is_gated_away() -> None:
    credit, closing = segment._photo_credit(), segment._closing_photo_credit()
    found = 0
    for text in _CREDIT_TEXTS + ["".join(t.split()) for t in _random_texts(_CREDIT_PIECES, 3000, 35)] \
            + _random_texts(_CREDIT_PIECES, 3000, 36):
        for start in range(0, len(text) + 1, 2):
            for end in (start, len(text)):
                if credit.search(text, start, end) is not None or closing.search(text, start, end) is not None:
                    found += 1
                    assert segment._may_hold_credit(text, start, end), (text, start, end)
    assert found > 20


_DATELINE_TEXTS = [
    "in Hama Province MOSCOW (Sputnik) The army", "x DAMASCUS (SANA) - A blast", "x U.S. (AP) The",
    "x NEW YORK CITY  (Reuters) A", "ten killed (SOHR) in Idlib", "x AB (AFP) A", "x A (AFP) B", "AB (AFP) A",
    "x O’NEIL-X (AP) The", "x BEIRUT\n(AFP) The", "x BEIRUT\u00a0(AFP) The", "x Beirut (AFP) The",
]
_DATELINE_PIECES = ["DAMASCUS", "AB", "A", "(", ")", "SANA", "AFP", "Reuters", " ", "  ", "The", "x", "’", ".", "-",
                    "\n", "Beirut", ":", "“"]


def test_no_dateline_is_gated_away() -> None:
    found = 0
    for text in _DATELINE_TEXTS + ["".join(t.split(" ")) for t in _random_texts(_DATELINE_PIECES, 4000, 37)] \
            + _random_texts(_DATELINE_PIECES, 4000, 38):
        for start in range(0, len(text) + 1, 2):
            for end in (start, len(text)):
                if segment._DATELINE.search(text, start, end) is not None:
                    found += 1
                    assert segment._capitals_before_bracket(text, start, end), (text, start, end)
    assert found > 10


def test_the_credit_words_hold_none_of_the_others() -> None:
    words = segment._credit_words()
    assert "photo" in words and "photos" not in words and "photograph" not in words
    assert all(w == w.lower() for w in words)


def _actor(country: str | None, active_in: tuple[str, ...] = ()) -> Actor:
    base = Actor(id="x", name="X", inter=2, country=country, kind="rebel")
    return replace(base, active_in=active_in)


def test_an_actors_countries_are_read_from_its_fields() -> None:
    actors = [_actor(None), _actor("Syria"), _actor("Syria", ("Iraq",)), _actor(None, ("Iraq", "")),
              _actor("", ("Syria", "Syria")), _actor("Iraq", ("Syria", "Turkey"))]
    for actor in actors:
        for country in (None, "", "Syria", "Iraq", "Turkey", "Lebanon"):
            assert actor_stage._active_in(actor, country) == (country in actor.countries()), (actor, country)
