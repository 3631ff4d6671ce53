"""Helpers for the web tests: a small hand-made store, a `warscribe serve` process, Debian's chromium."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from warscribe.model import Document, Event, Evidence
from warscribe.store import Store

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]


def missing(what: str) -> None:
    """Skip a browser test for want of `what`, except in CI, where the browser tests must run."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"CI needs {what} for the browser tests")
    pytest.skip(f"no {what} here")


def chromium_or_skip() -> str:
    """Debian's chromium (skip without it, except in CI)."""
    path = os.environ.get("WARSCRIBE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        missing("chromium (apt-get install -y chromium)")
    return path


def web_assets_or_skip() -> None:
    """The npm libraries the map needs (skip without them, except in CI)."""
    from warscribe.web import assets

    if assets.missing():
        missing(f"web assets ({', '.join(assets.missing())}; run `make web-assets`)")


def text_event(doc: Document, needle: str, field: str, **values: object) -> Event:
    """An event whose `field` is backed by the first occurrence of `needle` in the document."""
    start = doc.text.index(needle)
    ev = Event(doc_id=doc.id, **values)  # type: ignore[arg-type]
    ev.evidence = [Evidence.of(doc.text, start, start + len(needle), field)]
    return ev


def small_store(path: Path) -> Store:
    """Two reports of one strike (disagreeing on the toll), a clash elsewhere, and a hostile document."""
    store = Store(path)
    first = Document(id="a", text="NAV HOME\nAircraft struck Kafr Nabl on 3 May, killing four people.\nShare this",
                     source="Monitor", published="2024-05-03", url="https://example.org/a", title="Strike")
    first.kept = [(first.text.index("Aircraft"), first.text.index("\nShare"))]
    strike = dict(event_date="2024-05-03", time_precision=1, event_type="Explosions/Remote violence",
                  sub_event_type="Air/drone strike", actor1="Military Forces of Syria (2000-)", country="Syria",
                  admin1="Idleb", location="Kafr Nabl", latitude=35.61, longitude=36.56)
    ev1 = text_event(first, "Aircraft struck", "sub_event_type", event_id="a:1", fatalities=4, **strike)
    ev1.evidence.append(Evidence.of(first.text, first.text.index("four"), first.text.index("four") + 4,
                                    "fatalities"))
    first.events = [ev1]
    second = Document(id="b", text="Warplanes hit Kafr Nabl; six died.", source="Wire", published="2024-05-04")
    second.kept = [(0, len(second.text))]
    ev2 = text_event(second, "six died", "fatalities", event_id="b:1", fatalities=6, duplicate_of="a:1", **strike)
    second.events = [ev2]
    third = Document(id="c", text="Rebels clashed with the army near Daraa.", source="Local", published="2024-06-10")
    third.kept = [(0, len(third.text))]
    third.events = [text_event(third, "clashed", "event_type", event_id="c:1", event_date="2024-06-10",
                               time_precision=1, event_type="Battles", sub_event_type="Armed clash",
                               actor1="Rebels", actor2="Military Forces of Syria (2000-)", country="Syria",
                               admin1="Dar'a", location="Daraa", latitude=32.62, longitude=36.10, fatalities=0)]
    hostile = Document(id="evil", text='Header <script>window.__pwned = 1</script> <img src=x onerror="__pwned=2">')
    hostile.kept = [(0, len(hostile.text))]
    for doc in (first, second, third, hostile):
        store.save(doc)
    return store


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`warscribe serve --review` in a child process; reads the review token it prints."""

    def __init__(self, db: Path) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [sys.executable, "-c", "from warscribe.cli import app; app()", "serve", "--db", str(db),
                   "--port", str(self.port), "--review"]
        self.proc = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        self.token = self._read_token()
        self._wait_up()

    def _read_token(self) -> str:
        assert self.proc.stderr is not None
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = self.proc.stderr.readline()
            if not line and self.proc.poll() is not None:
                break
            found = re.search(r"review token: (\S+)", line)
            if found:
                return found.group(1)
        self.stop()
        raise RuntimeError("warscribe serve printed no review token")

    def _wait_up(self) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/api/facets", timeout=2):
                    return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("warscribe serve did not answer")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
