"""A corpus coded on a Dask LocalCluster gives what one process gives, survives a killed worker, and rejects a
document that crashes the pipeline instead of retrying it."""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import sys
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

import dask  # noqa: E402

from warscribe.distributed import Stats, code, plan  # noqa: E402
from warscribe.inputs import InputReader, with_warnings  # noqa: E402
from warscribe.model import REJECTED, Result  # noqa: E402
from warscribe.pipeline import Pipeline  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "src" / "warscribe" / "data" / "samples"
FAKES = ROOT / ".." / "shared" / "eval" / "articles" / "fakes_syria_dev.jsonl"

# Made-up reports (no real outlet's text), varied enough to give events, near-duplicates and linked reports.
PLACES = ("Maarat al-Numan", "Saraqib", "Ariha", "Jisr al-Shughur", "Kafr Nabl")
KINDS = ("Warplanes carried out air strikes on", "Government forces shelled", "Rebels attacked an army post in")


def _report(i: int) -> str:
    place, kind = PLACES[i % len(PLACES)], KINDS[i % len(KINDS)]
    return (f"{kind} {place} in Idlib province on Sunday, killing {i % 7 + 1} people and wounding others, "
            f"a local monitor said. Report number {i} of the day.")


def _synthetic(folder: Path) -> list[Path]:
    """A corpus with every kind of input the reader must get right across task boundaries."""
    lines = [json.dumps({"id": f"s{i}", "text": _report(i), "published": f"2024-03-{i % 5 + 1:02d}"})
             for i in range(24)]
    lines[5] = ""  # a blank line
    lines[7] = "{not json"
    lines[9] = json.dumps(["a", "list"])
    lines[11] = json.dumps({"id": "empty", "text": "  "})
    lines[13] = json.dumps({"id": "s2", "text": _report(2), "published": "2024-03-03"})  # a repeat, later task
    lines[15] = json.dumps({"id": "s3", "text": "Another text under an id already used."})
    lines[17] = json.dumps({"id": "copy", "text": _report(1) + " "})  # a near-duplicate of s1
    lines[19] = json.dumps({"id": "bad-date", "text": _report(19), "published": "yesterday"})
    main = folder / "corpus.jsonl"
    main.write_text("\n".join(lines) + "\n", encoding="utf-8")
    packed = folder / "more.jsonl.gz"
    with gzip.open(packed, "wt", encoding="utf-8") as out:
        for i in range(24, 34):
            out.write(json.dumps({"id": f"s{i}", "text": _report(i)}) + "\n")
    binary = folder / "binary.jsonl"
    binary.write_bytes(b"\x00\x01\x02 not text")
    (folder / "note.txt").write_text(_report(40), encoding="utf-8")
    return [main, packed, binary, folder / "note.txt", folder / "missing.jsonl"]


def _key(results, reader: InputReader) -> tuple[list, int]:
    """Everything a run decides, comparable across runs."""
    out = []
    for result in results:
        if result.rejection is not None:
            rej = result.rejection
            out.append(("rejected", rej.origin, rej.line, rej.reason, rej.doc_id, result.warnings))
            continue
        doc = result.document
        out.append((doc.id, doc.origin, doc.status, doc.reason, doc.duplicate_of, result.warnings,
                    [ev.to_dict() for ev in doc.events]))
    return out, reader.duplicates


def _local(sources: list[Path]) -> tuple[list, int]:
    reader = InputReader()
    return _key(with_warnings(Pipeline().process(reader.read(sources)), reader), reader)


def _on_cluster(sources: list[Path], client, **kwargs) -> tuple[list, int]:
    reader = InputReader()
    return _key(code(sources, client, reader=reader, **kwargs), reader)


@pytest.fixture(scope="module")
def client():
    # A worker that dies under a task fails that task at once; warscribe then splits it (see the fault tests).
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}), \
            distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                     dashboard_address=":0") as cluster, distributed.Client(cluster) as client:
        yield client


def test_plan_splits_jsonl_by_lines_and_groups_other_files(tmp_path: Path) -> None:
    sources = _synthetic(tmp_path)
    parts = plan(sources, lines_per_task=5)
    ranges = [(p.first, p.last) for p in parts if p.path == str(sources[0])]
    assert ranges == [(1, 5), (6, 10), (11, 15), (16, 20), (21, 24)]
    gz_ranges = [(p.first, p.last, p.offset, p.at) for p in parts if p.path == str(sources[1])]
    assert gz_ranges == [(1, 5, 0, 1), (6, 10, 0, 1)]  # no seeking into gzip: read from the start
    assert [p.index for p in parts] == list(range(len(parts)))
    whole = [p.sources for p in parts if p.path is None]
    assert (str(sources[2]),) in whole  # the binary JSONL is rejected whole, as a local run does
    assert any(str(sources[4]) in group for group in whole)


def test_same_answer_as_one_process(tmp_path: Path, client) -> None:
    sources = [SAMPLES, *_synthetic(tmp_path)]
    local = _local(sources)
    assert local[1] == 1  # the repeated s2
    assert any(r[0] == "rejected" and "different text" in r[3] for r in local[0])
    assert any(r[0] == "copy" and r[4] == "s1" for r in local[0])  # near-duplicate linked across tasks
    assert any(ev["duplicate_of"] for r in local[0] if r[0] != "rejected" for ev in r[6])  # events linked
    assert _on_cluster(sources, client, lines_per_task=3) == local
    # Each worker process built one pipeline for the run's configuration, not one per task or document.
    built = client.run(lambda: len(sys.modules["warscribe.distributed"]._PIPELINES))
    assert set(built.values()) <= {0, 1} and 1 in built.values()


@pytest.mark.skipif(not FAKES.exists(), reason="needs ../shared/eval/articles/fakes_syria_dev.jsonl")
def test_fakes_same_answer_as_one_process(client) -> None:
    assert _on_cluster([FAKES], client, lines_per_task=50) == _local([FAKES])


def test_killed_worker_loses_and_duplicates_nothing(tmp_path: Path, client) -> None:
    sources = _synthetic(tmp_path)
    local = _local(sources)
    killed: list[int] = []

    def kill_one(stats: Stats) -> None:
        if killed:
            return
        busy = [addr for addr, keys in client.processing().items() if keys]
        if busy:
            pid = client.run(os.getpid, workers=busy[:1])[busy[0]]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    on_cluster = _on_cluster(sources, client, lines_per_task=2, on_progress=kill_one)
    assert killed, "no worker was busy to kill"
    ids = [r[0] for r in on_cluster[0] if r[0] != "rejected"]
    assert len(ids) == len(set(ids))
    assert on_cluster == local
    client.wait_for_workers(2, timeout=120)  # the nanny restarts the killed worker for the next test


class Poison(distributed.WorkerPlugin):
    """On each worker: a document that raises inside the pipeline, and one that kills its worker process."""

    def setup(self, worker) -> None:
        self.run = run = Pipeline.run

        def poisoned(pipeline, doc):
            if doc.id == "raise":
                raise RuntimeError("a bug the stages did not catch")
            if doc.id == "die":
                os._exit(13)
            return run(pipeline, doc)

        Pipeline.run = poisoned

    def teardown(self, worker) -> None:
        Pipeline.run = self.run


def test_crashing_documents_are_rejected_not_retried(tmp_path: Path, client) -> None:
    import cloudpickle

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import the test module
    corpus = tmp_path / "poison.jsonl"
    rows = [{"id": f"ok{i}", "text": _report(i)} for i in range(6)]
    rows[2], rows[4] = {"id": "raise", "text": _report(2)}, {"id": "die", "text": _report(4)}
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    client.register_plugin(Poison(), name="poison")
    try:
        results: list[Result] = list(code([corpus], client, lines_per_task=2))
    finally:
        client.unregister_worker_plugin("poison")  # its teardown puts the workers' pipeline back
    assert len(results) == 6
    raised = results[2].document
    assert raised.id == "raise" and raised.status == REJECTED and "a bug the stages did not catch" in raised.reason
    died = results[4].rejection
    assert died is not None and died.line == 5 and "every worker" in died.reason
    assert [r.document.id for i, r in enumerate(results) if i not in (2, 4)] == ["ok0", "ok1", "ok3", "ok5"]


def _rows(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, without the columns that record when a row was written."""
    with sqlite3.connect(db) as conn:
        tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        out = {}
        for table in tables:
            cursor = conn.execute(f"SELECT * FROM {table}")  # table names come from sqlite_master
            keep = [i for i, col in enumerate(cursor.description) if not col[0].endswith("_at")]
            out[table] = sorted((tuple(row[i] for i in keep) for row in cursor), key=repr)
    return out


def test_cli_ingest_on_local_cluster_stores_what_one_process_stores(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from warscribe import cli

    sources = [str(SAMPLES), *map(str, _synthetic(tmp_path))]
    runner = CliRunner()
    one = runner.invoke(cli.app, ["ingest", *sources, "--db", str(tmp_path / "one.db")])
    many = runner.invoke(cli.app, ["ingest", *sources, "--db", str(tmp_path / "many.db"), "--dask", "local:2"])
    assert one.exit_code == many.exit_code == 1  # the synthetic corpus holds rejected lines
    assert many.output.splitlines()[-1] == one.output.splitlines()[-1]  # the same summary line
    assert _rows(tmp_path / "many.db") == _rows(tmp_path / "one.db")
    assert sorted(line for line in many.output.splitlines() if line.startswith("rejected:")) == \
        sorted(line for line in one.output.splitlines() if line.startswith("rejected:"))


@pytest.mark.parametrize("spec", ["local:two", "host:8786"])
def test_cli_rejects_a_bad_dask_address(spec: str, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from warscribe import cli

    result = CliRunner().invoke(cli.app, ["extract", str(SAMPLES), "--dask", spec])
    assert result.exit_code == 2
    assert "--dask" in result.output
