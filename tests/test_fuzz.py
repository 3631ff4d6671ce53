"""Fuzzing the input side: thousands of bad inputs of every kind, and arbitrary bytes and JSON from hypothesis,
never crash a run, never vanish without a word, and never keep a good document out."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import fuzzcorpus
from warscribe import cli
from warscribe.inputs import InputReader, Limits
from warscribe.model import Document, Rejection
from warscribe.store import Store

SMALL = Limits(max_document_chars=50_000, max_record_bytes=1 << 20, max_expansion=20, expansion_floor=1 << 20)
SUMMARY = re.compile(r"(\d+) documents: (\d+) processed, (\d+) skipped, (\d+) rejected")


def _outcomes(reader: InputReader, sources: list[str]) -> tuple[list[Document | Rejection], int]:
    items = list(reader.read(sources))
    return items, len(items) + reader.duplicates


def test_two_thousand_bad_inputs_each_end_in_one_outcome(tmp_path):
    corpus = fuzzcorpus.build(tmp_path / "in", bad_rounds=34, good=50, bomb_mb=4)
    try:
        reader = InputReader(limits=SMALL)
        items, outcomes = _outcomes(reader, [str(corpus.root)])
    finally:
        corpus.unlock()
    assert corpus.bad >= 2000
    assert outcomes == corpus.units  # no silent drop
    ids = {i.id for i in items if isinstance(i, Document)}
    assert set(corpus.good_ids) <= ids
    reasons = " ".join(i.reason for i in items if isinstance(i, Rejection))
    for expected in ("nested too deeply", "unpaired surrogate", "empty file", "decompression bomb",
                     "longer than", "no documents", "binary data"):
        assert expected in reasons


def test_ingest_of_the_fuzz_corpus_reconciles_and_lets_every_good_document_through(tmp_path):
    corpus = fuzzcorpus.build(tmp_path / "in", bad_rounds=1, good=50, bomb_mb=2)
    db = tmp_path / "fuzz.db"
    try:
        result = CliRunner().invoke(cli.app, ["ingest", str(corpus.root), "--db", str(db)])
    finally:
        corpus.unlock()
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1, result.output  # some inputs rejected
    total = int(SUMMARY.search(result.stderr).group(1))
    assert total == corpus.units
    with Store(db, read_only=True) as store:
        status = {d.id: d for d in store.documents()}
    assert all(status[i].status == "processed" for i in corpus.good_ids)
    # odd metadata is repaired or dropped with a warning, never a reason to lose the document
    assert status["pa0"].published == status["pw0"].published == status["dk0"].published == "2024-06-05"
    assert status["pk0"].published == "2024-06-05" and status["sm0"].title == "T\ufffd"
    assert "sid\ufffd0" in status


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.binary(max_size=200), max_size=8))
def test_arbitrary_bytes_never_crash_and_every_line_has_an_outcome(tmp_path, lines):
    path = tmp_path / "fuzz.jsonl"
    path.write_bytes(b"\n".join(line.replace(b"\n", b" ") for line in lines))
    reader = InputReader(limits=SMALL)
    items, outcomes = _outcomes(reader, [str(path)])
    records = sum(1 for line in lines if line.replace(b"\n", b" ").strip())
    if path.stat().st_size == 0 or b"\x00" in path.read_bytes()[:8192] or records == 0:
        assert outcomes == 1 and isinstance(items[0], Rejection)
    else:
        assert outcomes == records


_json = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                                 max_size=4), max_leaves=20)
_field = st.one_of(st.text(), _json, st.text(alphabet=st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(record=st.fixed_dictionaries({}, optional={k: _field for k in ("id", "text", "html", "title", "url",
                                                                     "source", "published", "date")}))
def test_arbitrary_records_are_read_or_rejected_and_can_be_stored(tmp_path, record):
    path = tmp_path / "r.jsonl"
    path.write_bytes(json.dumps(record).encode("utf-8", "surrogatepass") + b"\n")
    reader = InputReader(limits=SMALL)
    items, outcomes = _outcomes(reader, [str(path)])
    assert outcomes == 1
    item = items[0]
    if isinstance(item, Document):
        for value in (item.id, item.title, item.url, item.source, item.published):
            if value is not None:
                value.encode("utf-8")  # storable: no unpaired surrogates left
        assert item.published is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", item.published)


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deep_json_in_any_place_is_one_rejection(tmp_path, depth):
    deep = "[" * depth + "]" * depth
    path = tmp_path / "d.jsonl"
    path.write_text(f'{{"id": "a", "text": "x", "extra": {deep}}}\n{deep}\n{{"id": "b", "text": "fine"}}\n')
    items, outcomes = _outcomes(InputReader(), [str(path)])
    assert outcomes == 3 and [i.id for i in items if isinstance(i, Document)][-1] == "b"
