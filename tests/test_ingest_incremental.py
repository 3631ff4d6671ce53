"""Ingest into a path or a URL (SQLite and PostgreSQL): incremental re-ingest, feeds, Parquet, interrupted runs."""

from __future__ import annotations

import csv
import http.server
import io
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from fake_pipeline import FakePipeline, patch
from warscribe import cli
from warscribe.store import Store

runner = CliRunner()
HERE = Path(__file__).resolve().parent


def _invoke(*args: str):
    return runner.invoke(cli.app, list(args))


@pytest.fixture
def fake(monkeypatch) -> FakePipeline:
    pipeline = FakePipeline()
    patch(pipeline, monkeypatch.setattr)
    return pipeline


def _corpus(folder: Path, n: int = 4) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"id": f"r{i}", "text": f"Town{i} was shelled on Monday.",
                         "published": f"2024-03-{i % 28 + 1:02d}", "source": "Made-up Outlet"}) for i in range(n)]
    (folder / "reports.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "note.txt").write_text("Village9 saw clashes.\n", encoding="utf-8")
    return folder


def test_every_command_takes_a_path_or_a_url(db, tmp_path, fake):
    corpus = _corpus(tmp_path / "in")
    result = _invoke("ingest", str(corpus), "--db", db)
    assert result.exit_code == 0, result.output
    assert "5 documents: 5 processed, 0 skipped, 0 rejected; 5 events" in result.stderr
    assert not list(Path.cwd().glob("postgresql*")), "a URL must never become a file name"
    listed = _invoke("events", "--db", db, "--format", "jsonl", "--admin1", "idlib", "--since", "2024-03-02")
    assert listed.exit_code == 0, listed.output
    assert [json.loads(x)["event_id"] for x in listed.stdout.splitlines()] == ["r1-1", "r2-1", "r3-1"]
    exported = _invoke("export", "--db", db, "--format", "acled-csv", "--actor", "group a", "--query", "town2")
    assert [r["location"] for r in csv.DictReader(io.StringIO(exported.stdout))] == ["Town2"]
    assert json.loads(_invoke("events", "--db", db, "--format", "jsonl", "--limit", "1").stdout)["schema_version"] == 1


def test_a_url_without_its_driver_or_server_is_a_usage_error(tmp_path):
    result = _invoke("events", "--db", "postgresql://nobody:secret@127.0.0.1:1/none")
    said = re.sub(r"[│╭╮╰╯─\s]+", "", result.output)  # the error box of a narrow terminal, unwrapped
    assert result.exit_code == 2 and "postgresql+psycopg://nobody:***@127.0.0.1:1/none" in said
    assert "secret" not in result.output
    assert not list(tmp_path.iterdir()) and not Path("postgresql:").exists()


def test_second_ingest_of_an_unchanged_corpus_codes_nothing_and_a_changed_document_is_recoded(db, tmp_path, fake):
    corpus = _corpus(tmp_path / "in")
    assert _invoke("ingest", str(corpus), "--db", db).exit_code == 0
    with Store(db) as store:
        counts = store.counts()
    fake.coded.clear()
    again = _invoke("ingest", str(corpus), "--db", db, "-v")
    assert again.exit_code == 0 and fake.coded == []
    assert "5 documents: 0 processed, 5 skipped, 0 rejected; 0 events" in again.stderr
    assert f"skipped: {corpus / 'note.txt'}: unchanged since it was stored" in again.stderr
    with Store(db) as store:
        assert store.counts() == counts
    # One record's text changes: only it is coded again, and its old event gives way to the new one.
    text = (corpus / "reports.jsonl").read_text(encoding="utf-8").replace("Town2 was", "Hamlet2 was")
    (corpus / "reports.jsonl").write_text(text, encoding="utf-8")
    changed = _invoke("ingest", str(corpus), "--db", db)
    assert changed.exit_code == 0 and fake.coded == ["r2"]
    assert "5 documents: 1 processed, 4 skipped, 0 rejected; 1 events" in changed.stderr
    with Store(db) as store:
        assert [e.location for e in store.events(doc_id="r2")] == ["Hamlet2"]
        assert store.counts()["events"] == counts["events"]
    # New metadata (a corrected date) counts as a change; --force codes everything.
    (corpus / "reports.jsonl").write_text(text.replace("2024-03-01", "2024-02-28"), encoding="utf-8")
    fake.coded.clear()
    assert _invoke("ingest", str(corpus), "--db", db).exit_code == 0 and fake.coded == ["r0"]
    fake.coded.clear()
    assert _invoke("ingest", str(corpus), "--db", db, "--force").exit_code == 0 and len(fake.coded) == 5


def test_other_settings_code_the_inputs_again(tmp_path, fake):
    corpus, db = _corpus(tmp_path / "in"), str(tmp_path / "w.db")
    assert _invoke("ingest", str(corpus), "--db", db).exit_code == 0
    fake.coded.clear()
    assert _invoke("--default-country", "SY", "ingest", str(corpus), "--db", db).exit_code == 0
    assert len(fake.coded) == 5


def test_warnings_of_an_unchanged_input_are_not_stored_twice(tmp_path, fake):
    path, db = tmp_path / "in.jsonl", str(tmp_path / "w.db")
    path.write_bytes(b'{"id": "a", "text": "Caf\xe9 shelled."}\n{"id": "b", "text": "Another report."}\n')
    for _ in range(2):
        assert _invoke("ingest", str(path), "--db", db).exit_code == 0
    with Store(db) as store:
        assert store.counts()["warnings"] == 1


# --- feeds ---------------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Made-up Monitor</title><link>http://example.invalid/</link>
<item><title>Shelling on Town7</title><link>http://example.invalid/a/1</link><guid>urn:made-up:1</guid>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Town7 was shelled &lt;b&gt;overnight&lt;/b&gt;.&lt;/p&gt;
&lt;p&gt;Two were hurt.&lt;/p&gt;</description></item>
<item><title>Clashes near Village8</title><link>http://example.invalid/a/2</link>
<pubDate>Wed, 06 Mar 2024 08:30:00 GMT</pubDate><description>Village8 saw clashes.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Made-up Atom Desk</title><id>urn:made-up:feed</id>
<updated>2024-04-01T00:00:00Z</updated>
<entry><title>Strike in Town5</title><id>urn:made-up:atom:1</id><link href="http://example.invalid/b/1"/>
<updated>2024-04-01T12:00:00Z</updated><content type="html">&lt;div&gt;Town5 was struck.&lt;/div&gt;</content></entry>
</feed>
"""


def test_feed_files_rss_and_atom_become_documents(tmp_path, fake):
    from warscribe.feeds import html_to_text

    rss, atom, db = tmp_path / "monitor.rss", tmp_path / "desk.atom", str(tmp_path / "w.db")
    rss.write_text(RSS, encoding="utf-8")
    atom.write_text(ATOM, encoding="utf-8")
    result = _invoke("ingest", "--feed", str(rss), "--feed", str(atom), "--db", db)
    assert result.exit_code == 0, result.output
    assert "3 documents: 3 processed" in result.stderr
    with Store(db) as store:
        first, second, third = (store.document(i) for i in ("urn:made-up:1", "http://example.invalid/a/2",
                                                               "urn:made-up:atom:1"))
    assert (first.title, first.url, first.published, first.source) == (
        "Shelling on Town7", "http://example.invalid/a/1", "2024-03-05", "Made-up Monitor")
    assert first.text == "Town7 was shelled overnight.\n\nTwo were hurt."
    assert second.text == "Village8 saw clashes." and second.published == "2024-03-06"
    assert third.text == "Town5 was struck." and third.source == "Made-up Atom Desk"
    assert html_to_text("<p>a<br>b</p>") == "a\nb"
    fake.coded.clear()
    assert _invoke("ingest", "--feed", str(rss), "--db", db).exit_code == 0 and fake.coded == []


def test_a_feed_served_over_http_is_read_and_a_bad_one_rejected(tmp_path, fake):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = RSS.encode() if self.path == "/feed.xml" else b"<html>not a feed</html>"
            self.send_response(200 if self.path != "/missing" else 404)
            self.send_header("Content-Type", "application/rss+xml")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base, db = f"http://127.0.0.1:{server.server_address[1]}", str(tmp_path / "w.db")
    try:
        ok = _invoke("ingest", "--feed", f"{base}/feed.xml", "--db", db)
        assert ok.exit_code == 0 and sorted(fake.coded) == ["http://example.invalid/a/2", "urn:made-up:1"]
        bad = _invoke("ingest", "--feed", f"{base}/page.html", "--feed", f"{base}/missing", "--db", db)
        assert bad.exit_code == 1
        assert f"{base}/missing: cannot read feed" in bad.stderr and f"{base}/page.html: " in bad.stderr
    finally:
        server.shutdown()
    assert _invoke("ingest", "--db", db).exit_code == 2  # neither inputs nor a feed


# --- Parquet -------------------------------------------------------------------------------------------

def test_parquet_export_holds_the_jsonl_fields(tmp_path, fake):
    pq = pytest.importorskip("pyarrow.parquet")
    corpus, db = _corpus(tmp_path / "in"), str(tmp_path / "w.db")
    assert _invoke("ingest", str(corpus), "--db", db).exit_code == 0
    out = tmp_path / "events.parquet"
    result = _invoke("export", "--db", db, "--format", "parquet", "--out", str(out))
    assert result.exit_code == 0 and "wrote 5 events" in result.stderr
    rows = pq.read_table(out).to_pylist()
    for row in rows:  # canonical events' reports and disagreements are JSON text in Parquet
        row.update({name: json.loads(row[name]) for name in ("reports", "disagreements")})
    jsonl = [json.loads(x) for x in _invoke("export", "--db", db, "--format", "jsonl").stdout.splitlines()]
    assert rows == jsonl and all(r["sources"] == 1 for r in rows)
    reports = _invoke("export", "--db", db, "--format", "parquet", "--reports", "--out", str(tmp_path / "r.parquet"))
    assert reports.exit_code == 0 and "sources" not in pq.read_table(tmp_path / "r.parquet").column_names
    town0 = next(r for r in rows if r["event_id"] == "r0-1")
    assert town0["evidence"] == [{"start": 0, "end": 5, "text": "Town0", "field": "location"}]
    empty = tmp_path / "none.parquet"
    assert _invoke("export", "--db", db, "--format", "parquet", "--since", "2030-01-01",
                   "--out", str(empty)).exit_code == 0
    assert pq.read_table(empty).num_rows == 0 and "schema_version" in pq.read_table(empty).column_names


# --- interrupted ingests: Ctrl-C and kill -9 leave a consistent store that resumes ------------------------

def _start(args: list[str], log: Path, delay_s: float) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), *sys.path])}
    # A job started in the background by a shell without job control ignores Ctrl-C, and so would the child
    # (ignored signals are inherited): the tests that send SIGINT need its default back.
    return subprocess.Popen([sys.executable, str(HERE / "fake_pipeline.py"), str(log), str(delay_s), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))


def _wait_for_documents(db: str, at_least: int, timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with Store(db, read_only=True) as store:
                if store.counts()["documents"] >= at_least:
                    return
        except Exception:  # not created yet
            pass
        time.sleep(0.05)
    raise AssertionError(f"fewer than {at_least} documents stored after {timeout_s} s")


def _text_of(db: str, doc_id: str) -> str | None:
    with Store(db, read_only=True) as store:
        doc = store.document(doc_id)
    return doc.text if doc else None


def _consistent(db: str) -> dict[str, int]:
    """Every stored document has its whole event (the fake codes one a document) and every event its
    evidence; nothing half-written."""
    with Store(db, read_only=True) as store:
        counts = store.counts()
        events = store.events()
    assert counts["events"] == counts["documents"] == len({e.doc_id for e in events})
    assert counts["evidence"] == counts["events"]
    return counts


@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGINT])
def test_an_interrupted_ingest_leaves_a_consistent_store_that_resumes(db, tmp_path, how):
    corpus = _corpus(tmp_path / "in", n=60)
    log = tmp_path / "coded.log"
    proc = _start(["ingest", str(corpus), "--db", db], log, delay_s=0.05)
    try:
        _wait_for_documents(db, 10)
        proc.send_signal(how)
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    if how == signal.SIGINT:
        assert proc.returncode == 130 and "interrupted" in stderr and "before the run stopped" in stderr
    else:
        assert proc.returncode == -signal.SIGKILL
    stored = _consistent(db)["documents"]
    assert 10 <= stored < 61
    log.unlink()
    resumed = _start(["ingest", str(corpus), "--db", db], log, delay_s=0)
    _, stderr = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, stderr
    coded = log.read_text(encoding="utf-8").split()
    assert len(coded) == 61 - stored  # the documents stored before the stop are not coded again
    assert f"61 documents: {61 - stored} processed, {stored} skipped" in stderr
    assert _consistent(db)["documents"] == 61


# --- watch: new and changed files picked up as they appear ------------------------------------------------

def test_changed_files_reports_a_new_file_within_two_seconds(tmp_path):
    from warscribe.watch import changed_files

    folder = tmp_path / "incoming"
    (folder / "sub").mkdir(parents=True)
    stop, seen = threading.Event(), []

    def run() -> None:
        for batch in changed_files(folder, stop=stop):
            seen.append((time.monotonic(), batch))

    watcher = threading.Thread(target=run, daemon=True)
    watcher.start()
    time.sleep(0.5)  # the watcher is set up
    (folder / ".hidden.txt").write_text("not an input", encoding="utf-8")
    (folder / "notes.pdf").write_text("not an input either", encoding="utf-8")
    written = time.monotonic()
    (folder / "sub" / "new.txt").write_text("Town3 was shelled.", encoding="utf-8")
    deadline = written + 5
    while not seen and time.monotonic() < deadline:
        time.sleep(0.02)
    stop.set()
    watcher.join(5)
    assert seen, "no batch reported"
    at, batch = seen[0]
    assert batch == [(folder / "sub" / "new.txt").resolve()]
    assert at - written <= 2.0


def test_watch_codes_a_folder_then_new_and_changed_files_within_two_seconds(db, tmp_path):
    folder, log = _corpus(tmp_path / "incoming"), tmp_path / "coded.log"
    proc = _start(["watch", str(folder), "--db", db], log, delay_s=0)
    try:
        _wait_for_documents(db, 5)
        time.sleep(0.5)  # past the first batch: the watcher is running
        written = time.monotonic()
        (folder / "late.txt").write_text("Hamlet4 was struck.", encoding="utf-8")
        _wait_for_documents(db, 6, timeout_s=10)
        picked_up = time.monotonic() - written
        (folder / "note.txt").write_text("Village9 saw heavy clashes.", encoding="utf-8")  # changed
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _text_of(db, "note") != "Village9 saw heavy clashes.":
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=30)
    assert picked_up <= 2.0, f"the new file was stored {picked_up:.2f} s after it was written"
    assert log.read_text(encoding="utf-8").split() == ["note", "r0", "r1", "r2", "r3", "late", "note"]
    assert "watching" in stderr and "1 documents: 1 processed, 0 skipped" in stderr
    assert proc.returncode == 130
    with Store(db, read_only=True) as store:
        assert store.document("note").text == "Village9 saw heavy clashes." and store.counts()["documents"] == 6


def test_the_web_view_reads_either_back_end(db, tmp_path, fake):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from warscribe.web import create_app

    assert _invoke("ingest", str(_corpus(tmp_path / "in")), "--db", db).exit_code == 0
    with Store(db, read_only=True) as store:
        client = TestClient(create_app(store))
        for path in ("/", "/api/timeline", "/api/facets", "/api/map", "/events/r1-1", "/documents/r1"):
            assert client.get(path).status_code == 200, path
        found = client.get("/api/events", params={"actor": "group a", "q": "town3"}).json()
        assert "Town3" in json.dumps(found) and "Town2" not in json.dumps(found)
