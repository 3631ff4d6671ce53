"""Language identification: English is never taken for another language; other languages are named with a
confidence."""

from __future__ import annotations

import csv
import json

import pytest

from conftest import SHARED
from warscribe.cleaning.language import identify_language

ENGLISH = [
    "Boko Haram militants killed 8 farmers near Maiduguri",
    "Several ODM activists were detained",
    "Garre militia raid a Murle village",
    "Police disperse rioters in Kisumu.",
    "SAF bomb Kalo.",
    "Anti-IEBC protest along Moi avenue.",
    "Gunmen abducted a chief in Gwoza and torched his compound on Tuesday.",
    "Jawans of the CRPF recovered two IEDs from a culvert near Dantewada.",
    "Hartal supporters torched a bus at Jatrabari in Dhaka city.",
]
OTHER = [
    ("fr", "Des hommes armés ont tué huit agriculteurs près de la ville, selon la police locale."),
    ("fr", "Les manifestants ont été dispersés par les forces de l'ordre devant la mairie."),
    ("es", "Hombres armados mataron a ocho campesinos cerca de la frontera el domingo por la noche."),
    ("ar", "قتل مسلحون ثمانية مزارعين قرب المدينة يوم الأحد"),
    ("pt", "Homens armados mataram oito agricultores perto da cidade na noite de domingo."),
    ("de", "Bewaffnete Männer haben acht Bauern in der Nähe der Stadt getötet."),
]


@pytest.mark.parametrize("text", ENGLISH)
def test_short_and_name_heavy_english_is_english(text: str) -> None:
    guess = identify_language(text)
    assert guess is not None and guess.code == "en", guess


@pytest.mark.parametrize(("code", "text"), OTHER)
def test_other_languages_are_named_with_confidence(code: str, text: str) -> None:
    guess = identify_language(text)
    assert guess is not None and guess.code == code and guess.confidence >= 0.9
    assert str(guess) == f"{code} ({guess.confidence:.2f})"


def test_no_letters_no_guess() -> None:
    assert identify_language("12 - 3 / 2020") is None


def _english_texts() -> list[str]:
    dev = SHARED / "eval" / "dev"
    texts: list[str] = []
    for name in ("acled_tune.csv", "acled_oldschema_tune.csv"):
        with (dev / name).open(encoding="utf-8") as fh:
            texts += [row["notes"] for row in csv.DictReader(fh) if row["notes"].strip()]
    with (dev / "insecurity_insight_tune.jsonl").open(encoding="utf-8") as fh:
        texts += [json.loads(line)["description"] for line in fh if line.strip()]
    return texts


@pytest.mark.skipif(not (SHARED / "eval" / "dev" / "acled_tune.csv").exists(), reason="needs ../shared/eval/dev")
def test_coder_written_english_is_never_taken_for_another_language() -> None:
    texts = _english_texts()[::3]  # a third of the 42,000 texts keeps the test to a couple of seconds
    wrong = [(str(g), t[:80]) for t in texts if (g := identify_language(t)) is not None and g.code != "en"]
    assert not wrong, wrong[:10]
