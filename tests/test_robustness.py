"""Runs that do not depend on input order or path spelling, state that stays bounded, and a broken cache that
fails a run once instead of rejecting every document."""

from __future__ import annotations

import importlib.util
import json
import os
import random

import pytest
from typer.testing import CliRunner

from warscribe import cli
from warscribe.config import Config
from warscribe.inputs import InputReader, display
from warscribe.linking import EventLinker
from warscribe.model import Document, Event
from warscribe.store import Store

HAVE_PIPELINE = importlib.util.find_spec("warscribe.stages.merge") is not None
STORY = ("Government warplanes struck the market of Saraqib in Idlib province on Monday, killing seven civilians "
         "and wounding twenty, a local monitor said. Rescuers searched the rubble of two buildings for hours "
         "while the aircraft circled overhead. Residents said the raid came minutes after the market opened.")
OTHER = ("Rebel fighters attacked an army checkpoint near Atarib in western Aleppo on Tuesday, killing four "
         "soldiers, the group said in a statement. Clashes continued into the night along the front line, "
         "residents said, and several families fled towards the border.")


def _copies() -> list[Document]:
    docs = [Document(id="wire-b", text=STORY, published="2024-05-06"),
            Document(id="wire-a", text="SHARE THIS\n" + STORY, published="2024-05-06"),
            Document(id="early", text=STORY + " More soon.", published="2024-05-05"),
            Document(id="other", text=OTHER, published="2024-05-07")]
    for d in docs:
        d.given = {"published": True}
    return docs


def _fresh(doc: Document) -> Document:
    copy = Document(id=doc.id, text=doc.text, published=doc.published)
    copy.given = dict(doc.given)
    return copy


@pytest.mark.skipif(not HAVE_PIPELINE, reason="the pipeline stages are not all written yet")
def test_near_duplicate_choice_and_events_do_not_depend_on_input_order(tmp_path):
    from warscribe.pipeline import Pipeline

    pipeline = Pipeline(Config())
    outcomes = []
    for n, order in enumerate(([0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2])):
        with Store(tmp_path / f"w{n}.db") as store:
            for result in pipeline.process(_fresh(_copies()[i]) for i in order):
                store.save(result)
            docs = {d.id: (d.status, d.duplicate_of) for d in store.documents()}
            events = sorted((e.doc_id, e.event_type, e.location) for e in store.events())
        outcomes.append((docs, events))
    assert outcomes[0] == outcomes[1] == outcomes[2]
    docs, events = outcomes[0]
    assert docs["early"] == ("processed", None)  # the earliest published copy keeps the events
    assert docs["wire-a"][0] == docs["wire-b"][0] == "skipped" and {e[0] for e in events} <= {"early", "other"}


def test_the_same_file_under_another_spelling_has_the_same_origin(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "f.jsonl").write_text('{"id": "x", "text": ""}\n')
    origins = set()
    for spelling in ("in/f.jsonl", "./in/f.jsonl", "in//f.jsonl", str(tmp_path / "in" / "f.jsonl"), "in/../in/f.jsonl"):
        (rej,) = InputReader().read([spelling])
        origins.add(rej.origin)
    assert origins == {os.path.join("in", "f.jsonl")}
    assert display(os.fsdecode(b"caf\xe9.txt")) == "caf\\xe9.txt"


def test_publication_date_for_text_files_comes_from_the_option(tmp_path):
    (tmp_path / "a.txt").write_text("Clashes near the town.")
    (tmp_path / "b.jsonl").write_text('{"id": "b", "text": "x"}\n{"id": "c", "text": "y", "published": "2020-01-02"}\n')
    items = list(InputReader(default_published="2024-03-05").read([str(tmp_path)]))
    assert [(d.id, d.published) for d in items] == [("a", "2024-03-05"), ("b", "2024-03-05"), ("c", "2020-01-02")]


def test_event_linker_memory_is_bounded():
    linker = EventLinker(max_events=500)
    rng = random.Random(1)
    for n in range(5000):
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        linker.link([Event(event_id=f"e{n}", doc_id=f"d{n}", event_date=day, time_precision=1,
                           sub_event_type="Armed clash", location=f"Place {n}", notes="x" * 1000)])
    assert len(linker) <= 500 + 50  # whole days are dropped: at most one day's events over


def test_near_duplicate_state_lives_on_disk(tmp_path):
    from warscribe.cleaning.dedup import NearDuplicateIndex

    index = NearDuplicateIndex()
    rng = random.Random(3)
    words = [f"w{n}" for n in range(5000)]
    for n in range(300):
        assert index.check(Document(id=f"d{n}", text=" ".join(rng.choices(words, k=80)))) is None
    assert len(index) == 300 and not index.__dict__.get("_signatures")


def test_an_unusable_cache_fails_the_run_once_with_status_3(tmp_path, monkeypatch):
    if not HAVE_PIPELINE:
        pytest.skip("the pipeline stages are not all written yet")
    monkeypatch.delenv("WARSCRIBE_CACHE", raising=False)
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    (tmp_path / "r.jsonl").write_text("".join(json.dumps({"id": f"r{n}", "text": STORY}) + "\n" for n in range(3)))
    result = CliRunner().invoke(cli.app, ["--cache-dir", str(blocker / "cache"), "extract", str(tmp_path / "r.jsonl")])
    assert result.exit_code == 3 and result.stderr.count("error:") == 1 and "rejected: " not in result.stderr
