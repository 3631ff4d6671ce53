"""The benchmark (warscribe.evaluate.bench): what it measures and reports, on a tiny corpus (no timings are
asserted: performance is judged from the benchmark's output, not in tests)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from warscribe.cli import app
from warscribe.evaluate import bench

DOCS = [
    {"id": "b1", "text": "Government forces shelled the town of Sarmin on Monday, killing three civilians.\n\n"
                         "Local activists said the shelling hit a market.", "published": "2021-11-08"},
    {"id": "b2", "text": "Protesters gathered in the central square of As Suwayda on Friday to demand the release "
                         "of detainees.", "published": "2023-08-25"},
    {"id": "b3", "html": "<html><body><article><h1>Clashes near Afrin</h1><p>Rebel groups clashed with each other "
                         "near Afrin on Sunday, witnesses said.</p></article></body></html>"},
]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in DOCS) + "not json\n", encoding="utf-8")
    return path


def test_reading_the_corpus_counts_rejections(corpus: Path) -> None:
    docs, rejected = bench.read_corpus(corpus)
    assert [d.id for d in docs] == ["b1", "b2", "b3"] and rejected == 1
    assert len(bench.read_corpus(corpus, limit=2)[0]) == 2


@pytest.mark.parametrize("stage", ["clean", "extract", "ingest"])
def test_measure_runs_a_stage_and_counts_its_work(corpus: Path, stage: str) -> None:
    figures = bench.measure(stage, corpus, runs=2)
    assert figures.stage == stage and figures.docs == 3 and len(figures.runs_s) == 2
    assert figures.words > 30  # the HTML document counts the words of its article text
    assert figures.docs_per_s > 0 and figures.words_per_s > figures.docs_per_s
    assert figures.peak_rss_mib >= figures.start_rss_mib > 0
    if stage != "clean":
        assert figures.events >= 1


def test_the_ner_path_runs_with_any_spacy_pipeline(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A blank English pipeline stands in for en_core_web_sm (which may be absent) to exercise the code path.
    monkeypatch.setattr(bench, "ner_model", lambda: "blank:en")
    figures = bench.measure(bench.NER, corpus, runs=1)
    assert figures.stage == "ner" and figures.docs == 3 and figures.words > 30


def test_ratio_against_ner() -> None:
    report = bench.BenchReport("c", 1)
    for stage, rate in (("extract", 10.0), ("ner", 40.0)):
        report.stages.append(bench.StageFigures(stage, 1, 1, [1.0], 1.0, rate, rate, 1.0, 1.0))
    assert report.ner_ratio("extract") == 0.25
    assert report.to_dict()["ratio_vs_ner"] == {"extract": 0.25}


def test_cli_bench_in_worker_processes(corpus: Path) -> None:
    result = CliRunner().invoke(app, ["bench", str(corpus), "--runs", "1", "--stage", "clean", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [s["stage"] for s in data["stages"]] == (["clean", "ner"] if bench.ner_available() else ["clean"])
    if not bench.ner_available():
        assert any("en_core_web_sm is not installed" in n for n in data["notes"])
    missing = CliRunner().invoke(app, ["bench", str(corpus.parent / "absent.jsonl")])
    assert missing.exit_code == 1 and "no such file or folder" in missing.output


def _pipeline_with_tagger(ner_listens: bool) -> Any:
    """A blank English pipeline with a shared tok2vec that feeds a tagger, and an entity recognizer that reads
    that tok2vec or (as en_core_web_sm's does) embeds its own."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("tok2vec")
    nlp.add_pipe("tagger", config={"model": {"@architectures": "spacy.Tagger.v2", "tok2vec": _LISTENER}})
    ner_config = {"model": {"@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner",
                            "extra_state_tokens": False, "hidden_width": 16, "maxout_pieces": 2,
                            "use_upper": True, "tok2vec": _LISTENER}} if ner_listens else {}
    nlp.add_pipe("ner", config=ner_config)
    nlp.get_pipe("tagger").add_label("X")
    nlp.get_pipe("ner").add_label("GPE")
    nlp.initialize()
    return nlp


_LISTENER = {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "*"}


@pytest.mark.parametrize("ner_listens", [False, True])
def test_the_ner_step_keeps_a_shared_tok2vec_only_where_the_recognizer_reads_it(ner_listens: bool) -> None:
    nlp = _pipeline_with_tagger(ner_listens)
    assert bench.ner_pipes(nlp) == (["tok2vec", "ner"] if ner_listens else ["ner"])
    nlp.select_pipes(enable=bench.ner_pipes(nlp))
    assert nlp("Shelling hit Idlib on Monday.").ents == ()  # an untrained recognizer still runs on what it keeps


@pytest.mark.skipif(not bench.ner_available(), reason="en_core_web_sm is not installed")
def test_en_core_web_sm_recognizer_runs_alone_with_the_entities_of_the_whole_model() -> None:
    import spacy

    full = spacy.load(bench.ner_model())
    alone = spacy.load(bench.ner_model())
    assert bench.ner_pipes(alone) == ["ner"]
    alone.select_pipes(enable=bench.ner_pipes(alone))
    text = "Syrian army shelled Douma near Damascus on Monday, killing 12 people, the Observatory said."
    assert [(e.text, e.label_) for e in alone(text).ents] == [(e.text, e.label_) for e in full(text).ents]
