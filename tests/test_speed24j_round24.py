"""Round 24 (speed24j): `_mention` searches for a coder's label only in a text holding one (`_LABELLED`, read once per
text), and reads the cue patterns of the last 30 characters from those of the 60 where the 30 hold the word they
end in. Each frames a name as the reading without it does."""

from __future__ import annotations

import pytest

from warscribe.places import recognize

_TEXTS = [
    "Shelling killed four civilians in the town of Saraqib in Idlib province on Monday, activists said.",
    "Jets struck Maarat al-Numan near Idlib, killing two; Maarat al-Numan was hit again.",
    "Governor Kiprono Lang said the road to the Mara Springs lodge was closed. Governor Kiprono Lang said so.",
    "Syrian Democratic Forces and Turkish troops clashed near the Turkish border in northern Syria. The Syrian "
    "Observatory for Human Rights said Russian jets struck Idlib. Two Russian medics were wounded in Aleppo.",
    "Residents of Kara, North Darfur, fled to Nyala. The Islamic State claimed the attack in Deir ez-Zor city.",
    "the village of Tokhar, Amnesty International said. Human Rights Watch Deir ez-Zor Office reported.",
    "Members of the Hind Mazdoor Sabha marched in Tamil Nadu; the Lok Sabha met in New Delhi's Chanakyapuri.",
]


def _mention_fields(m: recognize.PlaceMention) -> tuple:
    return (m.start, m.end, m.text, m.known, m.cue, m.city, m.direction, m.prep, m.data)


@pytest.mark.parametrize("text", [
    *_TEXTS,
    "LOCATION: Kipkelion in Kericho District. Raiders came from the village of Soy to Kipkelion.",
    "Shelling hit the outskirts of Idlib and in and around Aleppo; Syrian jets struck near the town of Ariha.",
    "Fighting in the eastern countryside of Deir ez-Zor and north-west of Hama, near the Turkish border.",
])
def test_mentions_framed_with_the_text_gates_are_those_framed_without(monkeypatch: pytest.MonkeyPatch,
                                                                      text: str) -> None:
    spans = [(m.start(), m.end()) for m in recognize._TOKEN.finditer(text) if m.group()[0].isupper()]
    gated = [_mention_fields(recognize._mention(text, a, b, True)) for a, b in spans]
    # the text read as holding a label: the label searched before each name, as before this round
    monkeypatch.setattr(recognize, "_label_written", lambda before: "LOCATION:" in before or before is text)
    monkeypatch.setattr(recognize, "_LABELLED", (None, True))
    assert gated == [_mention_fields(recognize._mention(text, a, b, True)) for a, b in spans]


def test_a_labelled_text_is_marked_and_an_unlabelled_one_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "LOCATION: Kipkelion in Kericho District"
    assert recognize._mention(text, 10, 19, True).data.get("label")
    assert (text, True) == recognize._LABELLED
    other = "Clashes in Kipkelion, LOCATION: nowhere"[:20]
    asked = []
    label_written = recognize._label_written
    monkeypatch.setattr(recognize, "_label_written", lambda before: asked.append(before) or label_written(before))
    assert not recognize._mention(other, 11, 20, True).data.get("label")
    assert asked == [other] and (other, False) == recognize._LABELLED  # the text asked once, no window after it


@pytest.mark.parametrize("before", [
    "x" * 40 + " in the", "Shelling in the town of al-Bab near", "a" * 29 + " in", "in " + "b" * 40, "é" * 31 + "in",
    " " * 45, "é" + " " * 40, "word é" + "  " * 20, "near " + "z" * 26, "near  " + "z" * 25, "of the" + " " * 26,
    "village of Tell", "village of Tellé", "the town of" + " " * 19, "the town of" + " " * 20, "",
])
def test_the_last_30_characters_end_as_the_60_do_where_they_hold_the_last_word(before: str) -> None:
    from warscribe.places.countries import final_word
    for cut in range(len(before) + 1):
        window = before[cut:][:60]
        if len(window) - len(window.rstrip().rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")) < 30:
            assert final_word(window[-30:]) == final_word(window), repr(window)
