"""Shared set-up for the places tests: one default gazetteer per test session, and hand-built documents."""

from __future__ import annotations

import re
import shutil
import unicodedata
from pathlib import Path

import pytest

from warscribe.config import Config, Context
from warscribe.model import Document, Event, EventDraft, Mention, Sentence
from warscribe.places.gazetteer import Gazetteer

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "places"
SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"

_BUILT: dict[str, Path] = {}


def default_gazetteer(tmp_path_factory) -> Gazetteer:
    """The default gazetteer, built once per session (a few seconds), opened read-mostly."""
    if "path" not in _BUILT:
        _BUILT["path"] = tmp_path_factory.mktemp("gazetteer") / "gazetteer-v1.sqlite"
    return Gazetteer.open(_BUILT["path"])


@pytest.fixture(scope="module")
def gaz(tmp_path_factory) -> Gazetteer:
    """The default gazetteer as a fixture (conftest.py offers it to every test module)."""
    return default_gazetteer(tmp_path_factory)


@pytest.fixture(scope="module")
def ctx(gaz: Gazetteer) -> Context:
    """A pipeline context over the default gazetteer."""
    return Context(Config(gazetteer_path=gaz.path))


def private_copy(tmp_path_factory, tmp_path: Path) -> Gazetteer:
    """A copy of the default gazetteer a test may import into."""
    default_gazetteer(tmp_path_factory).close()
    target = tmp_path / "gaz.sqlite"
    shutil.copy(_BUILT["path"], target)
    return Gazetteer.open(target)


def make_doc(text: str, events: list[tuple[str, str]] = (), published: str | None = None,
             actors: list[str] = ()) -> Document:
    """A document whose paragraphs are its lines and sentences end at '.', with one event per
    (sentence fragment, trigger word) pair and actor mentions for the given names."""
    sentences, pos, para = [], 0, 0
    for line in text.split("\n"):
        if line.strip():
            for m in re.finditer(r"[^.!?]+(?:[.!?]+|$)", line):
                sentences.append(Sentence(pos + m.start(), pos + m.end(), len(sentences), para))
            para += 1
        pos += len(line) + 1
    doc = Document(id="t", text=text, kept=[(0, len(text))], sentences=sentences, published=published)
    for name in actors:
        for m in re.finditer(re.escape(name), text):
            doc.mentions.append(Mention("actor", m.start(), m.end(), name, label=name))
    for fragment, trigger in events:
        at = text.index(fragment)
        t = at + fragment.index(trigger)
        sent = next(s for s in sentences if s.start <= t < s.end)
        draft = EventDraft(sentence=sent, trigger=Mention("trigger", t, t + len(trigger), trigger),
                           event_type="Battles", sub_event_type="Armed clash")
        doc.events.append(Event(doc_id="t", event_type="Battles", sub_event_type="Armed clash", draft=draft))
    return doc


def fold_long_way(name: str) -> str:
    """`normalize.fold` as written before its ASCII shortcut: the shortcut must give the same."""
    from warscribe.places import normalize

    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = normalize._APOS_RE.sub("", text.lower())
    text = text.replace("ı", "i").replace("ø", "o").replace("ß", "ss")
    text = normalize._NON_WORD.sub(" ", text.encode("ascii", "ignore").decode())
    return normalize._SPACES.sub(" ", text).strip()
