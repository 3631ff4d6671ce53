"""The command line: help texts, exit statuses (0 / 1 / 2), messages on stderr, and each command's output."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import warscribe
from warscribe import cli
from warscribe.model import PROCESSED, SKIPPED, Document, Event, Evidence, Rejection, Result
from warscribe.store import Store

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
runner = CliRunner()
COMMANDS = ("clean", "extract", "ingest", "events", "export")
HAVE_PIPELINE = importlib.util.find_spec("warscribe.stages") is not None and all(
    importlib.util.find_spec(f"warscribe.stages.{name}") is not None
    for name in ("clean", "segment", "recognize", "assemble", "actors", "places", "time", "merge"))
HAVE_CLEAN = importlib.util.find_spec("warscribe.stages") is not None and (
    importlib.util.find_spec("warscribe.stages.clean") is not None)
needs_pipeline = pytest.mark.skipif(not HAVE_PIPELINE, reason="the pipeline stages are not all written yet")

# Made-up reports (not from any real outlet), enough for the pipeline to find something in.
REPORT = ("Warplanes strike market in Maarat al-Numan, killing four\n"
          "Warplanes carried out air strikes on a market in Maarat al-Numan in Idlib province on Sunday, "
          "killing four civilians and wounding nine others, a local monitor said.\n")


def _invoke(*args: str, stdin: str | None = None):
    return runner.invoke(cli.app, list(args), input=stdin)


def _stored_db(tmp_path: Path) -> Path:
    """A database with two hand-made events, one without coordinates."""
    doc = Document(id="d1", text="Shelling hit Kafr Nabl. Clashes near Atarib.", origin="in.jsonl:1")
    doc.events = [
        Event(event_id="d1-1", doc_id="d1", event_date="2023-05-01", event_type="Explosions/Remote violence",
              sub_event_type="Shelling/artillery/missile attack", actor1="Military Forces of Syria",
              location="Kafr Nabl", admin1="Idlib", country="Syria", latitude=35.61, longitude=36.56,
              fatalities=2, evidence=[Evidence.of(doc.text, 0, 8, "event_type")]),
        Event(event_id="d1-2", doc_id="d1", event_date="2023-06-02", event_type="Battles",
              sub_event_type="Armed clash", actor1="Hayat Tahrir al-Sham", location="Atarib", admin1="Aleppo",
              country="Syria", evidence=[Evidence.of(doc.text, 24, 31, "event_type")]),
    ]
    path = tmp_path / "w.db"
    with Store(path) as store:
        store.save(doc)
    return path


# --- help and usage errors ----------------------------------------------------------------------------------

@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_has_help_with_an_example(command):
    result = _invoke(command, "--help")
    assert result.exit_code == 0 and "Example" in result.output and f"warscribe {command}" in result.output


def test_usage_errors_exit_2(tmp_path):
    db = _stored_db(tmp_path)
    assert _invoke("events", "--db", str(db), "--no-such-option").exit_code == 2
    assert _invoke("events", "--db", str(db), "--format", "xml").exit_code == 2
    assert _invoke("export", "--db", str(db), "--format", "kml").exit_code == 2
    bad_date = _invoke("events", "--db", str(db), "--since", "May 2023")
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.output
    missing = _invoke("events", "--db", str(tmp_path / "none.db"))
    assert missing.exit_code == 2 and "no database" in missing.output and not (tmp_path / "none.db").exists()
    assert _invoke("ingest").exit_code == 2  # no inputs
    assert _invoke("frobnicate").exit_code == 2


# --- events and export ------------------------------------------------------------------------------------

def test_events_table_and_filters(tmp_path):
    db = str(_stored_db(tmp_path))
    table = _invoke("events", "--db", db)
    assert table.exit_code == 0 and "Kafr Nabl" in table.stdout and "Atarib" in table.stdout
    assert "2 events" in table.stderr
    only = _invoke("events", "--db", db, "--format", "jsonl", "--admin1", "aleppo")
    assert [json.loads(line)["event_id"] for line in only.stdout.splitlines()] == ["d1-2"]
    dated = _invoke("events", "--db", db, "--format", "jsonl", "--since", "2023-05-15",
                    "--type", "armed clash", "--actor", "tahrir", "--query", "atarib")
    assert [json.loads(line)["event_id"] for line in dated.stdout.splitlines()] == ["d1-2"]
    rows = list(csv.DictReader(io.StringIO(_invoke("events", "--db", db, "--format", "csv").stdout)))
    assert [r["event_id_cnty"] for r in rows] == ["d1-1", "d1-2"]


def test_reports_of_one_event_are_shown_once_and_each_on_request(tmp_path):
    db = _stored_db(tmp_path)
    other = Document(id="d2", text="Kafr Nabl shelled, five dead.", source="Other outlet", origin="in.jsonl:2")
    other.events = [Event(event_id="d2-1", doc_id="d2", event_date="2023-05-01", time_precision=1,
                          event_type="Explosions/Remote violence",
                          sub_event_type="Shelling/artillery/missile attack", location="Kafr Nabl", admin1="Idlib",
                          country="Syria", latitude=35.61, longitude=36.56, fatalities=5, source="Other outlet")]
    with Store(db) as store:
        doc = store.document("d1")
        doc.events = store.events()
        doc.events[0].time_precision, doc.events[0].source = 1, "Outlet"
        store.save(doc)
        store.save(other)
    shown = [json.loads(x) for x in _invoke("events", "--db", str(db), "--format", "jsonl").stdout.splitlines()]
    linked = shown[0]
    assert [e["event_id"] for e in shown] == ["d1-1", "d1-2"]
    assert linked["sources"] == 2 and linked["source"] == "Outlet; Other outlet" and linked["fatalities"] == 2
    assert linked["disagreements"]["fatalities"]["reports"] == {"d1-1": 2, "d2-1": 5}
    reports = _invoke("events", "--db", str(db), "--format", "jsonl", "--reports").stdout.splitlines()
    everything = _invoke("events", "--db", str(db), "--format", "jsonl", "--with-duplicates").stdout.splitlines()
    assert len(reports) == 2 and len(everything) == 3
    rows = list(csv.DictReader(io.StringIO(_invoke("export", "--db", str(db)).stdout)))
    assert [r["source"] for r in rows] == ["Outlet; Other outlet", ""]
    table = _invoke("events", "--db", str(db))
    assert "sources" in table.stdout and "2 events" in table.stderr


@pytest.mark.parametrize(("fmt", "check"), [
    ("acled-csv", lambda text: [r["location"] for r in csv.DictReader(io.StringIO(text))] == ["Kafr Nabl",
                                                                                             "Atarib"]),
    ("jsonl", lambda text: [json.loads(x)["event_id"] for x in text.splitlines()] == ["d1-1", "d1-2"]),
    ("geojson", lambda text: [f["id"] for f in json.loads(text)["features"]] == ["d1-1"]),
])
def test_export_formats(tmp_path, fmt, check):
    db = _stored_db(tmp_path)
    out = tmp_path / "out" / f"events.{fmt}"
    result = _invoke("export", "--db", str(db), "--format", fmt, "--out", str(out))
    assert result.exit_code == 0 and check(out.read_text(encoding="utf-8"))
    assert "wrote" in result.stderr
    if fmt == "geojson":
        assert "1 without coordinates" in result.stderr


# --- ingest / extract plumbing, with the pipeline replaced by a pass-through ----------------------------

def _passthrough(inputs, reader, workers=1):
    """Stands in for the NLP pipeline: every document processed, no events (tests CLI plumbing only)."""
    for item in reader.read(inputs):
        if isinstance(item, Rejection):
            yield Result(rejection=item)
        else:
            item.status = SKIPPED if "skip" in item.text else PROCESSED
            item.reason = "not English" if item.status == SKIPPED else None
            yield Result(document=item)


def _mixed_inputs(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"id": "a", "text": "Fine report."}\n'
                     b'{"id": "b", "text": \n'
                     b'{"id": "c", "text": "Caf\xe9 report."}\n'
                     b'{"id": "d", "text": "please skip me"}\n'
                     b'{"id": "a", "text": "Fine report."}\n')
    return path


def test_ingest_reports_and_stores_rejections_and_warnings(tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "_pipeline_results", _passthrough)
    path, db = _mixed_inputs(tmp_path), tmp_path / "w.db"
    result = _invoke("ingest", str(path), str(tmp_path / "missing.txt"), "--db", str(db))
    assert result.exit_code == 1
    assert f"{path}:2: invalid JSON" in result.stderr and f"{path}:3: invalid UTF-8" in result.stderr
    assert f"{tmp_path / 'missing.txt'}: no such file" in result.stderr
    assert "6 documents: 2 processed, 2 skipped, 2 rejected; 0 events" in result.stderr
    with Store(db) as store:
        counts = store.counts()
        rejected = [(r.origin, r.line) for r in store.rejections()]
    assert rejected == [(str(path), 2), (str(tmp_path / "missing.txt"), None)]
    assert (counts["documents"], counts["rejections"], counts["warnings"]) == (3, 2, 1)
    again = _invoke("ingest", str(path), str(tmp_path / "missing.txt"), "--db", str(db))
    assert again.exit_code == 1
    with Store(db) as store:
        assert store.counts() == counts


def test_all_processed_exits_0_and_stdin_works(tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "_pipeline_results", _passthrough)
    out = tmp_path / "ev.jsonl"
    result = _invoke("extract", "-", "--out", str(out), stdin='{"id": "s", "text": "From stdin."}\n')
    assert result.exit_code == 0 and "1 documents: 1 processed, 0 skipped, 0 rejected" in result.stderr
    assert out.read_text(encoding="utf-8") == ""


# --- with the real stages ----------------------------------------------------------------------------------

@pytest.mark.skipif(not HAVE_CLEAN, reason="the clean stage is not written yet")
def test_clean_writes_the_clean_contract(tmp_path):
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    out = tmp_path / "clean.jsonl"
    result = _invoke("clean", str(tmp_path / "r.txt"), str(tmp_path / "gone.txt"), "--out", str(out))
    assert result.exit_code == 1 and "gone.txt: no such file" in result.stderr
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert set(record) == {"id", "text", "title", "published", "source", "language", "kept"}
    assert record["id"] == "r" and record["text"] == "\n".join(REPORT[s:e] for s, e in record["kept"])
    assert "killing four civilians" in record["text"]


@needs_pipeline
def test_extract_writes_events_with_exact_evidence(tmp_path):
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    out = tmp_path / "ev.jsonl"
    result = _invoke("extract", str(tmp_path / "r.txt"), "--out", str(out))
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert events and all(e["doc_id"] == "r" for e in events)
    for ev in events:
        assert all(REPORT[s["start"]:s["end"]] == s["text"] for s in ev["evidence"])


@needs_pipeline
def test_ingest_twice_keeps_counts_and_bad_input_exits_1(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "r.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "in" / "bad.jsonl").write_text('{"id": "x"}\n', encoding="utf-8")
    db = tmp_path / "w.db"
    first = _invoke("ingest", str(tmp_path / "in"), "--db", str(db))
    assert first.exit_code == 1 and "bad.jsonl:1: record has no 'text' or 'html'" in first.stderr
    with Store(db) as store:
        counts = store.counts()
    assert counts["documents"] == 1 and counts["events"] >= 1 and counts["rejections"] == 1
    assert _invoke("ingest", str(tmp_path / "in"), "--db", str(db)).exit_code == 1
    with Store(db) as store:
        assert store.counts() == counts


@needs_pipeline
def test_seed_articles_give_events_with_exact_evidence(tmp_path):
    seeds = SHARED / "seeds" / "seeds.jsonl"
    if not seeds.exists():
        pytest.skip("../shared/seeds is not available")
    out = tmp_path / "ev.jsonl"
    result = _invoke("extract", str(seeds), "--out", str(out))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in seeds.read_text("utf-8").splitlines() if line.strip()]
    texts = {r["id"]: r["text"] for r in records}
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert events
    for ev in events:
        text = texts[ev["doc_id"]]
        assert all(text[s["start"]:s["end"]] == s["text"] for s in ev["evidence"])


# --- a tool people trust: version, help, exit statuses, failures that end a run cleanly -------------------

def _run(*args: str, **kwargs) -> subprocess.CompletedProcess:
    """The real command in a child process (for closed stdin, a full disk and signals)."""
    kwargs.setdefault("stdout", subprocess.PIPE)
    return subprocess.run([sys.executable, "-m", "warscribe", *args], stderr=subprocess.PIPE, text=True,
                          timeout=300, **kwargs)


def test_version():
    result = _invoke("--version")
    assert result.exit_code == 0 and result.stdout.strip() == f"warscribe {warscribe.__version__}"


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_shows_no_bool_placeholder_and_documents_exit_statuses_and_the_cache(command):
    result = _invoke(*([command] if command else []), "--help")
    assert result.exit_code == 0 and "<bool>" not in result.output
    if not command:
        text = " ".join(result.output.split())
        for needed in ("--version", "--cache-dir", "WARSCRIBE_CACHE", "--config", "Exit status", "3 the run failed"):
            assert needed in text


def test_usage_errors_of_filters_exit_2(tmp_path):
    db = str(_stored_db(tmp_path))
    for args in (["--actor", "   "], ["--query", "x" * 50_001], ["--sort", "sideways"], ["--limit", "0"]):
        result = _invoke("events", "--db", db, *args)
        assert result.exit_code == 2, (args, result.output)


def test_repeated_filters_or_together_and_names_go_through_aliases(tmp_path):
    db = str(_stored_db(tmp_path))

    def ids(*args: str) -> list[str]:
        result = _invoke("events", "--db", db, "--format", "jsonl", *args)
        assert result.exit_code == 0, result.output
        return [json.loads(line)["event_id"] for line in result.stdout.splitlines()]

    assert ids("--type", "Battles", "--type", "Shelling/artillery/missile attack") == ["d1-1", "d1-2"]
    assert ids("--admin1", "Idleb") == ids("--admin1", "Edlib") == ["d1-1"]  # stored as "Idlib"
    assert ids("--country", "SY") == ids("--country", "syrian") == ["d1-1", "d1-2"]
    assert ids("--location", "atarib") == ["d1-2"]
    assert ids("--actor", "[") == ids("--query", "[") == []
    assert ids("--sort", "newest", "--limit", "1") == ["d1-2"]
    table = _invoke("events", "--db", db)
    assert "d1-1" in table.stdout and "event id" in table.stdout


def test_read_only_commands_never_write_and_refuse_a_foreign_database(tmp_path):
    db = _stored_db(tmp_path)
    before = {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir()}
    assert _invoke("events", "--db", str(db)).exit_code == 0
    assert _invoke("export", "--db", str(db), "--out", "-").exit_code == 0
    assert {p.name: p.stat().st_mtime_ns for p in tmp_path.iterdir() if p.name in before} == before
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    raw = foreign.read_bytes()
    for args in (["events"], ["export"], ["ingest", str(tmp_path / "none.txt")]):
        result = _invoke(*args, "--db", str(foreign))
        assert result.exit_code == 2 and "not a warscribe database" in result.output
    assert foreign.read_bytes() == raw


def test_verbose_names_exact_repeats(tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "_pipeline_results", _passthrough)
    path = _mixed_inputs(tmp_path)
    result = _invoke("extract", str(path), "--out", str(tmp_path / "o.jsonl"), "-v")
    assert f"skipped: {path}:5: repeat of document 'a'" in result.stderr


def test_closed_stdin_is_a_rejection_not_a_crash():
    result = _run("clean", "-", stdin=subprocess.DEVNULL, preexec_fn=lambda: os.close(0))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "standard input is closed" in result.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_full_output_ends_the_run_with_status_3_and_a_summary(tmp_path):
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    for args in (["--out", "/dev/full"], []):
        with open("/dev/full", "w") as full:
            result = _run("clean", str(tmp_path / "r.txt"), *args, stdout=full)
        assert result.returncode == 3 and "Traceback" not in result.stderr, result.stderr
        assert "no space left on device" in result.stderr and "1 documents: 1 processed" in result.stderr


def test_config_file_and_global_options_reach_config(tmp_path, monkeypatch):
    conf = tmp_path / "w.toml"
    conf.write_text('keep_languages = ["en", "fr"]\nmax_document_chars = 5000\ndefault_country = "lb"\n')
    monkeypatch.setattr(cli, "_pipeline_results", _passthrough)
    monkeypatch.delenv("WARSCRIBE_CACHE", raising=False)  # restored after the test: --cache-dir sets it
    result = _invoke("--config", str(conf), "--cache-dir", str(tmp_path / "cache"), "--max-chars", "6000",
                     "extract", "-", "--out", str(tmp_path / "o.jsonl"), stdin='{"text": "x"}\n')
    assert result.exit_code == 0, result.output
    cfg = cli.SETTINGS.config
    assert (cfg.keep_languages, cfg.max_document_chars, cfg.default_country) == (("en", "fr"), 6000, "LB")
    assert os.environ["WARSCRIBE_CACHE"] == str(tmp_path / "cache")
    conf.write_text("spacy_model = 'x'\n")
    assert _invoke("--config", str(conf), "events").exit_code == 2


@needs_pipeline
def test_ctrl_c_with_two_workers_prints_a_summary_and_no_traceback(tmp_path):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"r{i}", "text": REPORT.replace("four", str(i + 5))}) + "\n"
                              for i in range(4000)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "warscribe", "ingest", str(corpus), "--db", str(tmp_path / "w.db"),
                             "-j", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (tmp_path / "w.db").exists():
        time.sleep(0.2)
    time.sleep(4)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130 and "Traceback" not in err, err
    assert "interrupted" in err and re.search(r"\d+ documents: \d+ processed.*before the run stopped", err)


def _guarded_exit(raise_inside) -> tuple[int, str]:
    """The exit status and stderr lines `_guarded` gives for what `raise_inside` raises."""
    tally, said = cli.Tally(processed=2), []
    original = cli._say
    cli._say = said.append
    try:
        with pytest.raises(cli.typer.Exit) as stopped, cli._guarded(tally):
            raise_inside()
    finally:
        cli._say = original
    return stopped.value.exit_code, said[0]


def test_a_database_error_raised_while_a_ctrl_c_is_handled_is_an_interruption() -> None:
    def rollback_fails_after_ctrl_c() -> None:
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt:
            raise cli.RunFailed("the connection was closed mid-statement") from None

    assert _guarded_exit(rollback_fails_after_ctrl_c) == (cli.EXIT_INTERRUPTED, "interrupted")


def test_a_database_error_with_no_ctrl_c_behind_it_fails_the_run() -> None:
    def fails() -> None:
        try:
            raise ValueError("unrelated")
        except ValueError:
            raise cli.RunFailed("database is locked") from None

    assert _guarded_exit(fails) == (cli.EXIT_FAILED, "error: database is locked")
