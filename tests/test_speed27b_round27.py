"""Round 27 (s27b): the name words of a text split by `findall` read as their pattern reads them by match objects,
and the whole text's words, starts and reach from one pass read as the separate calls do."""

from __future__ import annotations

import random

from warscribe.places.countries import _NAME_WORD, name_words

TEXTS = [
    "Shelling hit Kafr Nabl and al-Bab in Aleppo's countryside on Monday, the Syrian Observatory said; residents of "
    "Deir ez-Zor fled to the Turkish border near Tal Abyad.",
    "Côte d'Ivoire and the Democratic Republic of the Congo; São Tomé, Ma‘arrat an-Nu‘man and Ḥamāh.",
    "the of and d' d'x D'Or oF Of THE-end x.y U.S. forces 12th Brigade_2 - Al  Bab -- el-Fasher",
    "école Élysée \u212a \u0130stanbul ıd the’s Syria’s north-west",
    "",
    "   ",
    "of",
    "Homs.",
]


def _by_match(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start("w"), m.end("w"), m.group("w")) for m in _NAME_WORD.finditer(text, start, end)
            if m.group("w") is not None]


def test_name_words_read_as_their_pattern() -> None:
    rng = random.Random(27)
    alphabet = "aAbBzZ éÉ’'.-_ 09\u00a0,ıK\u212a"
    texts = TEXTS + ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(500)]
    texts += ["".join(rng.choice(["of ", "the ", "d'", "Al ", "x ", "Y-", "de", "é"]) for _ in range(8))
              for _ in range(300)]
    for text in texts:
        for start, end in [(0, len(text))] + [sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
                                              for _ in range(5)]:
            assert name_words(text, start, end) == _by_match(text, start, end), (text, start, end)


def test_around_gate_reads_as_the_pattern() -> None:
    from warscribe.places.recognize import _around, _word_after

    texts = ["shelling of the Aleppo countryside", "Aleppo  countryside", "Aleppo Countryside.", "Idlib's northern "
             "countryside", "in Homs rural areas", "in Homs ruralx", "Hama north-west suburbs", "Hama North West "
             "outskirts", "Hama\u00a0suburbs", "Homs suburbsx", "Homs " + "a" * 35 + " suburbs", "Daraa southern "
             "outskirts were shelled", "Daraa town", "Daraa", "Raqqa\u212a suburbs", "Deir ez-Zor’s suburbs"]
    for text in texts:
        for end in range(len(text) + 1):
            before = text[max(0, end - 60):end]
            assert _around(text, end, before, None, _word_after(text, end)) == _around(text, end, before), (text, end)
