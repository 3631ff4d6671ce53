"""Round 15 speed work: shortcuts that skip work without changing what the pipeline answers."""

from __future__ import annotations

import gc
import random
import re

import pytest

from warscribe.cleaning import language
from warscribe.cleaning.language import identify_language, proves_english
from warscribe.config import CODING_GC_THRESHOLD, Config, Context, coding
from warscribe.model import PROCESSED, SKIPPED, Document, Mention
from warscribe.pipeline import Pipeline
from warscribe.stages.clean import CleanStage
from warscribe.stages.recognize import _OF_FROM, _absorb_generic

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


def _absorb_generic_by_pairs(text: str, mentions: list[Mention]) -> list[Mention]:
    """`_absorb_generic` as written before round 15: every mention tested against every head."""
    heads = [m for m in mentions if m.kind == "anaphor" or (m.kind == "actor" and not m.data.get("generic"))]
    out = []
    for m in mentions:
        if m.kind == "actor" and m.data.get("generic"):
            of_from = _OF_FROM.match(text, m.end) is not None
            apposed = m.label.startswith("generic:") and not m.data.get("crowd")
            if any((h.end <= m.start and m.start - h.end <= 3) or
                   (of_from and m.end <= h.start and _OF_FROM.fullmatch(text, m.end, h.start)) or
                   (apposed and h.kind == "actor" and m.end < h.start <= m.end + 1 and text[m.end] == " ")
                   for h in heads):
                continue
        if m.kind == "anaphor" and any(a.kind == "actor" and a.start <= m.start < a.end for a in mentions):
            continue
        if m.kind == "anaphor" and any(h.kind == "actor" and m.end < h.start <= m.end + 1 and text[m.end] == " "
                                       for h in heads):
            continue
        out.append(m)
    return out


ABSORB_TEXT = ("The group's fighters from the Red Hill Front stormed a post; militants of the Blue Lake Army and "
               "the armed group Storm Brigade then shelled it, and they said gunmen loyal to the Front had fled.")


def _word_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[\w']+", text)]


def _random_mentions(rng: random.Random, text: str) -> list[Mention]:
    words = _word_spans(text)
    out = []
    for _ in range(rng.randint(1, 14)):
        i = rng.randrange(len(words))
        j = min(len(words) - 1, i + rng.randint(0, 3))
        s, e = words[i][0], words[j][1]
        kind = rng.choice(["actor", "actor", "anaphor", "trigger"])
        generic = kind == "actor" and rng.random() < 0.5
        label = rng.choice(["generic:armed_group", "generic:civilians", "state:police", "actor:x"])
        data = {"generic": generic, "crowd": rng.random() < 0.2} if kind == "actor" else {}
        out.append(Mention(kind, s, e, text[s:e], label, data))
    return out


def test_absorb_generic_by_offsets_keeps_what_the_pairwise_tests_kept() -> None:
    rng = random.Random(15)
    for _ in range(3000):
        mentions = _random_mentions(rng, ABSORB_TEXT)
        assert _absorb_generic(ABSORB_TEXT, mentions) == _absorb_generic_by_pairs(ABSORB_TEXT, mentions)


def test_absorb_generic_cases() -> None:
    text = "the group's fighters from the Red Hill Front"
    anaphor = Mention("anaphor", 0, 11, text[0:11], "group")
    fighters = Mention("actor", 12, 20, "fighters", "generic:armed_group", {"generic": True})
    front = Mention("actor", 30, 44, "Red Hill Front", "actor:front", {"generic": False})
    assert _absorb_generic(text, [anaphor, fighters, front]) == [anaphor, front]  # fighters continue "the group's"
    lone = Mention("actor", 12, 20, "fighters", "generic:armed_group", {"generic": True})
    assert _absorb_generic(text, [lone, front]) == [front]  # "fighters from the Red Hill Front": the Front's


def test_interleaved_runs_leave_the_thresholds_as_they_found_them() -> None:
    before = gc.get_threshold()
    first, second = coding(), coding()
    first.__enter__()
    second.__enter__()  # found the raised thresholds
    first.__exit__(None, None, None)  # ends first: puts back the original
    second.__exit__(None, None, None)  # must not put back the raised ones it found
    assert gc.get_threshold() == before
