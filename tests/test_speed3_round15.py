"""Round 15 speed work: shortcuts that skip work without changing what the pipeline answers."""

from __future__ import annotations

import gc

import pytest

from warscribe.cleaning import language
from warscribe.cleaning.language import identify_language, proves_english
from warscribe.config import CODING_GC_THRESHOLD, Config, Context, coding
from warscribe.model import PROCESSED, SKIPPED, Document
from warscribe.pipeline import Pipeline
from warscribe.stages.clean import CleanStage

ENGLISH = [
    "Gunmen shot dead two traders at the market on Sunday and fled towards the hills, the police said.",
    "The army said it had pushed the rebels out of the town after a day of heavy fighting.",
    "Residents were told to stay indoors as the curfew was extended for a third night.",
]
FRENCH = "Des hommes armés ont tué huit agriculteurs près de la ville, selon la police locale, dimanche soir."


def _cleaned(text: str, config: Config | None = None) -> Document:
    doc = Document(id="d", text=text)
    CleanStage().run(doc, Context(config or Config()))
    return doc


@pytest.mark.parametrize("text", ENGLISH)
def test_a_text_proven_english_is_what_the_identifier_says(text: str) -> None:
    assert proves_english(text)
    guess = identify_language(text)
    assert guess is not None and guess.code == "en"


@pytest.mark.parametrize("text", ENGLISH)
def test_the_clean_stage_skips_the_identifier_for_a_proven_english_text(text: str, monkeypatch) -> None:
    def fail(_text: str) -> None:
        raise AssertionError("the identifier ran")

    monkeypatch.setattr("warscribe.stages.clean.identify_language", fail)
    doc = _cleaned(text)
    assert doc.language == "en" and doc.status == PROCESSED


def test_other_languages_still_go_through_the_identifier_with_its_confidence() -> None:
    assert not proves_english(FRENCH)
    doc = _cleaned(FRENCH)
    assert doc.language == "fr" and doc.status == SKIPPED
    assert doc.reason == f"language: {identify_language(FRENCH)}"  # "language: fr (0.99)"


def test_english_not_kept_is_skipped_with_the_identifiers_confidence() -> None:
    # a run that keeps only French: the English text's skip reason names the identifier's confidence as before
    doc = _cleaned(ENGLISH[0], Config(keep_languages=("fr",)))
    assert doc.status == SKIPPED and doc.reason == f"language: {identify_language(ENGLISH[0])}"


def test_reads_as_english_counts_each_word(monkeypatch) -> None:
    monkeypatch.setattr(language, "_english_words", lambda: frozenset({"the", "was"}))
    assert language._reads_as_english("The X was Y") and not language._reads_as_english("The Xy Zz Ww Vv Uu Tt")


class _Recorder:
    """A stage that notes the collector's thresholds while it codes."""

    name = "recorder"

    def __init__(self) -> None:
        self.seen: list[tuple[int, ...]] = []

    def run(self, doc: Document, ctx: Context) -> None:
        self.seen.append(gc.get_threshold())


def test_coding_raises_the_young_threshold_and_puts_it_back() -> None:
    before = gc.get_threshold()
    with coding():
        assert gc.get_threshold() == (max(before[0], CODING_GC_THRESHOLD), *before[1:])
    assert gc.get_threshold() == before


@pytest.mark.parametrize("method", ["process", "code"])
def test_pipeline_codes_with_fewer_collections(method: str) -> None:
    pipeline = Pipeline(Config(detect_near_duplicates=False))
    recorder = _Recorder()
    pipeline.stages = [recorder]
    before = gc.get_threshold()
    docs = [Document(id=str(i), text="Gunmen shot two traders in the market.") for i in range(3)]
    assert len(list(getattr(pipeline, method)(docs))) == 3
    assert recorder.seen == [(max(before[0], CODING_GC_THRESHOLD), *before[1:])] * 3
    assert gc.get_threshold() == before
