"""`warscribe explain` and the trace behind it: decisions cite the data file line responsible."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warscribe.cli import app
from warscribe.config import DATA_DIR, Config
from warscribe.explain import explain, explain_text
from warscribe.knowledge.lexicon import Lexicon
from warscribe.model import Document
from warscribe.pipeline import Pipeline
from warscribe.trace import DROPPED, KEPT, MERGED, RELABELLED, TYPED

PUBLISHED = "2024-05-06"
STORY = ("Islamic State fighters attacked an army checkpoint near Palmyra on Sunday, killing four soldiers. "
         "More than 3,000 people have been killed in the province since 2011. "
         "Rebels did not shell the town.")


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Config(trace=True, detect_near_duplicates=False))


def line_of(where: str, lines: int = 1) -> str:
    """The text of the data file line a step cites ("lexicon/cues.yaml:42"), and of the lines after it."""
    name, _, number = where.rpartition(":")
    text = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return " ".join(text[int(number) - 1:int(number) - 1 + lines])


def steps(explanation, index: int, action: str):
    return [s for s in explanation.sentences[index].steps if s.action == action]


def test_a_background_sentence_is_dropped_citing_its_cue(pipeline: Pipeline) -> None:
    e = explain_text(STORY, published=PUBLISHED, pipeline=pipeline)
    [dropped] = steps(e, 1, DROPPED)
    assert "background" in dropped.why and dropped.where.startswith("lexicon/cues.yaml:")
    cue_text = STORY[dropped.span[0]:dropped.span[1]].lower()
    # the cited line holds the pattern that matched ("since" in "killed ... since")
    assert any(word in line_of(dropped.where).lower() for word in cue_text.split())
    assert e.sentences[1].draft is None and not e.sentences[1].events


def test_a_sentence_anchored_in_an_earlier_year_is_dropped_as_background(pipeline: Pipeline) -> None:
    e = explain_text("In 2016, government forces shelled the old city of Aleppo.", published=PUBLISHED,
                     pipeline=pipeline)
    [dropped] = steps(e, 0, DROPPED)
    assert "year before the publication year" in dropped.why


def test_the_typing_rule_is_cited_by_its_line(pipeline: Pipeline) -> None:
    e = explain_text(STORY, published=PUBLISHED, pipeline=pipeline)
    draft = e.sentences[0].draft
    assert draft is not None
    [typed] = steps(e, 0, TYPED)
    assert typed.where.startswith("lexicon/typing.yaml:")
    rule = line_of(typed.where, 2)
    assert f"sub: {draft['sub_event_type']}" in rule and f"type: {draft['event_type']}" in rule
    [kept] = steps(e, 0, KEPT)
    assert kept.where.startswith("lexicon/triggers.yaml:") and "attack" in line_of(kept.where)
    assert e.sentences[0].events == [e.events[0].event_id]


def test_a_negated_trigger_is_dropped_citing_the_negation(pipeline: Pipeline) -> None:
    e = explain_text(STORY, published=PUBLISHED, pipeline=pipeline)
    [dropped] = steps(e, 2, DROPPED)
    assert "negation cue 'not'" in dropped.why and line_of(dropped.where).strip() == "- not"


def test_a_report_told_twice_is_merged(pipeline: Pipeline) -> None:
    text = ("Government warplanes struck the market of Ariha on Monday, killing six civilians. "
            "The air strike on Ariha killed six civilians, rescuers said.")
    e = explain_text(text, published=PUBLISHED, pipeline=pipeline)
    merged = [s for s in e.sentences for s in s.steps if s.action == MERGED]
    assert merged and "merged into the event of sentence 1" in merged[0].why
    assert len(e.events) == 1


def test_mentions_carry_their_reading_and_data_line(pipeline: Pipeline) -> None:
    e = explain_text(STORY, published=PUBLISHED, pipeline=pipeline)
    found = {m["kind"]: m for m in e.sentences[0].mentions}
    assert {"actor", "trigger", "count"} <= found.keys()
    assert found["count"]["detail"].startswith("death = 4")
    data = json.loads(json.dumps(e.to_dict()))
    assert data["sentences"][1]["steps"][0]["action"] == DROPPED


def test_every_lexicon_entry_knows_its_line() -> None:
    lexicon = Lexicon.load()
    for entry in lexicon.triggers[:50] + lexicon.triggers[-50:]:
        first = entry.pattern.split()[0].split("|")[0]
        assert first.removesuffix("~n").removesuffix("~") in line_of(entry.where)
    for rule in lexicon.rules:  # a rule may run over two lines
        assert f"sub: {rule.sub}" in line_of(rule.where, 2)


def test_the_normal_pipeline_keeps_no_trace() -> None:
    doc = Document(id="d", text=STORY, published=PUBLISHED)
    Pipeline(Config(detect_near_duplicates=False)).run(doc)
    assert doc.trace is None and doc.events
    with pytest.raises(ValueError, match="trace=True"):
        explain(Document(id="e", text=STORY), Pipeline(Config()))


def test_cli_text_file_json_and_stored_document(tmp_path: Path) -> None:
    runner = CliRunner()
    shown = runner.invoke(app, ["explain", STORY, "--published", PUBLISHED])
    assert shown.exit_code == 0, shown.output
    assert "dropped" in shown.stdout and "lexicon/cues.yaml:" in shown.stdout and "Events coded" in shown.stdout
    as_json = runner.invoke(app, ["explain", STORY, "--published", PUBLISHED, "--json"])
    assert json.loads(as_json.stdout)["sentences"][2]["steps"][0]["action"] == DROPPED
    path = tmp_path / "story.jsonl"
    path.write_text(json.dumps({"id": "s1", "text": STORY, "published": PUBLISHED}) + "\n", encoding="utf-8")
    from_file = runner.invoke(app, ["explain", str(path), "--json"])
    assert from_file.exit_code == 0 and json.loads(from_file.stdout)["doc_id"] == "s1"
    db = tmp_path / "w.db"
    assert runner.invoke(app, ["ingest", str(path), "--db", str(db)]).exit_code == 0
    stored = runner.invoke(app, ["explain", "s1", "--db", str(db), "--json"])
    assert stored.exit_code == 0, stored.output
    assert json.loads(stored.stdout)["published"] == PUBLISHED
    missing = runner.invoke(app, ["explain", "nope", "--db", str(db)])
    assert missing.exit_code == 1 and "no document with id 'nope'" in missing.stderr


def test_role_rules_and_the_unknown_perpetrator_are_told(pipeline: Pipeline) -> None:
    text = ("Hundreds of teachers protested in Daraa, and police dispersed them with tear gas. "
            "Three soldiers were killed in an explosion near Homs.")
    e = explain_text(text, published=PUBLISHED, pipeline=pipeline)
    [crowd] = steps(e, 0, RELABELLED)
    assert "crowd as actor 1" in crowd.why and "'teachers'" in crowd.why
    [unknown] = steps(e, 1, RELABELLED)
    assert unknown.stage == "merge" and "Unidentified Armed Group" in unknown.why


def test_actor_mentions_cite_their_actor_file_line(pipeline: Pipeline) -> None:
    e = explain_text("Syrian army troops shelled Sarmin on Monday.", published=PUBLISHED, pipeline=pipeline)
    [actor] = [m for m in e.sentences[0].mentions if m["kind"] == "actor"]
    assert actor["where"].startswith("actors/") and "Military Forces of Syria" in actor["detail"]
    assert "id:" in line_of(actor["where"]) or "name:" in line_of(actor["where"])
