"""Two worker processes share the work as their pace allows (issue 14): answers are taken off the pipes as they
come and the next chunk goes to the worker with the least left to do; workers send back lighter answers (no
unchanged fields, the near-duplicate index's hash values and band keys instead of a MinHash to unpickle and
band keys to work out in the parent); what is coded stays what one process codes."""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import time

import numpy as np
import pytest

from warscribe import pipeline as pipeline_module
from warscribe.cleaning import dedup
from warscribe.cleaning.dedup import NearDuplicateIndex, Signed, band_keys, band_shape, signed
from warscribe.model import PROCESSED, Document, Evidence, Rejection, Sentence
from warscribe.pipeline import Pipeline
from warscribe.workers import WorkerError, WorkerPool

_CONTEXT = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)


def _ready() -> None:
    pass


def _after(seconds: float, answer: str) -> str:
    time.sleep(seconds)
    return answer


def _fail(n: int) -> int:
    raise ValueError(f"no answer for {n}")


def _die(_n: int) -> int:
    os._exit(7)


# ---- the pool: answers collected as they come, new work to the worker with the least left ------------------

def test_answers_are_collected_as_they_come_and_the_next_work_goes_to_the_free_worker() -> None:
    pool = WorkerPool(2, _CONTEXT, _ready)
    try:
        slow, fast = pool.submit(_after, (1.0, "slow")), pool.submit(_after, (0.0, "fast"))
        assert (slow, fast) == (0, 1) and pool.queued == [1, 1]
        assert pool.collect(None) == [1]  # the fast one's answer, taken before the slow one's
        assert pool.queued == [1, 0] and pool.pending == [1, 1]
        assert pool.answered(1) and not pool.answered(0)
        assert pool.submit(_after, (0.0, "next")) == 1  # to the worker with nothing left, not the busy one
        assert pool.result(1) == "fast"  # read back per worker in the order sent
        assert pool.result(0) == "slow" and pool.result(1) == "next"
        assert pool.pending == [0, 0] and pool.queued == [0, 0]
    finally:
        pool.terminate()


def test_collect_waits_for_nothing_when_no_work_is_out() -> None:
    pool = WorkerPool(2, _CONTEXT, _ready)
    try:
        t0 = time.monotonic()
        assert pool.collect(None) == [] and pool.collect(0) == []
        assert time.monotonic() - t0 < 1.0
        assert pool.submit(_after, (0.0, "a")) == 0
        while not pool.collect(0.5):  # polled until it comes
            pass
        assert pool.collect(0) == [] and pool.result(0) == "a"
    finally:
        pool.terminate()


def test_a_collected_error_is_raised_by_result_and_the_worker_goes_on() -> None:
    pool = WorkerPool(1, _CONTEXT, _ready)
    try:
        pool.submit(_fail, (3,))
        assert pool.collect(None) == [0] and pool.queued == [0]
        with pytest.raises(WorkerError, match="ValueError: no answer for 3"):
            pool.result(0)
        assert pool.result(pool.submit(_after, (0.0, "on"))) == "on"
    finally:
        pool.terminate()


def test_a_worker_that_dies_is_reported_by_collect() -> None:
    pool = WorkerPool(1, _CONTEXT, _ready)
    try:
        pool.submit(_die, (1,))
        with pytest.raises(WorkerError, match="ended unexpectedly"):
            pool.collect(None)
    finally:
        pool.terminate()


# ---- the pipeline's feeding: a few chunks queued per worker, a bounded number out, results in input order ---

_STORY = ("Government forces shelled the town of Kafr Nabl in Idlib on Monday, killing four civilians, a "
          "monitor said. Rebels fired rockets at an army checkpoint near Saraqib the same day.")
_TEXTS = [
    "Gunmen killed four soldiers near Aleppo on Monday, the army said.",
    "Police arrested twelve protesters in Nairobi on Tuesday.",
    "Nothing happened anywhere today, said the mayor.",
    "An air strike killed 3 civilians in the village of Kafr Nabl in Idlib on Friday.",
    "Protesters burned tyres on the main road in Kisumu on 3 May 2021.",
]


def _batch() -> list[Document | Rejection]:
    docs: list[Document | Rejection] = []
    for n in range(6):  # copies of one story, the later published first: they supersede the earlier-seen ones
        docs.append(Document(id=f"copy{n}", text=_STORY + (" Reporting by our correspondent." if n % 2 else ""),
                             published=f"2021-05-{20 - n:02d}", title=f"Shelling {n}"))
        docs.append(Document(id=f"other{n}", text=_TEXTS[n % len(_TEXTS)], published="2021-05-10"))
    docs.append(Document(id="empty", text="", published="2021-05-10"))  # no words: no signature
    docs.append(Rejection(origin="in.jsonl:9", reason="not JSON"))
    return docs


def _settled(results) -> list[tuple]:
    out = []
    for r in results:
        if r.rejection is not None:
            out.append(("rejected", r.rejection.reason))
            continue
        d = r.document
        # (a copy skipped here is skipped once cleaned; a worker segments it before the parent finds it a copy)
        sentences = [(s.start, s.end, s.index, s.paragraph, s.headline) for s in d.sentences] \
            if d.status == PROCESSED else None
        out.append((d.id, d.status, d.reason, d.duplicate_of, d.text, d.title, d.published, d.kept, d.given,
                    sentences, r.superseded, [e.to_dict() for e in d.events]))
    return out


def test_small_chunks_few_queued_give_what_one_process_gives(monkeypatch) -> None:
    one = _settled(Pipeline().process(_batch()))
    assert any(r[1] == "skipped" for r in one) and any(r[10] for r in one)  # copies skipped and superseded
    # One document a chunk, one chunk queued per worker, two out per worker: every limit is reached.
    monkeypatch.setattr(pipeline_module, "CHUNK", 1)
    monkeypatch.setattr(pipeline_module, "QUEUED", 1)
    monkeypatch.setattr(pipeline_module, "IN_FLIGHT", 2)
    submit, read = WorkerPool.submit, WorkerPool.result
    seen = {"out": 0, "most_out": 0, "most_queued": 0}

    def counted_submit(self: WorkerPool, func, args) -> int:
        worker = submit(self, func, args)
        seen["out"] += 1
        seen["most_out"] = max(seen["most_out"], seen["out"])
        seen["most_queued"] = max(seen["most_queued"], self.queued[worker])
        return worker

    def counted_result(self: WorkerPool, worker: int):
        seen["out"] -= 1
        return read(self, worker)

    monkeypatch.setattr(WorkerPool, "submit", counted_submit)
    monkeypatch.setattr(WorkerPool, "result", counted_result)
    assert _settled(Pipeline().process(_batch(), workers=2)) == one
    assert seen["most_out"] <= 2 * 2 and seen["most_queued"] == 1 and seen["out"] == 0


def test_default_feeding_gives_what_one_process_gives() -> None:
    # (new documents each time: a rerun of an id is placed as the same document)
    one = _settled(Pipeline().process(_batch() + _batch() + _batch()))
    assert _settled(Pipeline().process(_batch() + _batch() + _batch(), workers=2)) == one
    assert pipeline_module.QUEUED <= pipeline_module.IN_FLIGHT


# ---- what a worker sends back -------------------------------------------------------------------------------

def test_a_worker_sends_the_fields_the_stages_set_and_what_the_index_reads(monkeypatch) -> None:
    worker = Pipeline()
    monkeypatch.setattr(pipeline_module, "_WORKER", worker)
    docs = [d for d in _batch() if isinstance(d, Document)]
    titles = [d.title for d in docs]  # (as sent: the stages here set the others' titles)
    answers = pipeline_module._code_in_worker([*docs, Rejection(origin="x", reason="bad")], 0.8)
    assert answers[-1] == (None, None)
    for doc, title, (changed, sig) in zip(docs, titles, answers, strict=False):
        serial = pipeline_module._lighten(worker.run(Document(id=doc.id, text=doc.text, title=title,
                                                              published=doc.published)))
        # The strings the stages left as they came (the text, the id, the title...) are not sent back ...
        assert changed is not None and not {"text", "id", "published", "html"} & set(changed)
        assert ("title" in changed) == (serial.title is not title)  # (a title the stages found is sent)
        assert ("status" in changed) == (serial.status != PROCESSED)
        # ... what the stages set is; put on the parent's copy, the document is the one coded here.
        assert {"kept", "sentences", "events"} <= set(changed)
        sent = Document(id=doc.id, text=doc.text, title=title, published=doc.published)
        sent.__dict__.update(changed)
        assert sent == serial
        if serial.status != PROCESSED or not serial.text:
            assert sig is None
            continue
        hashes = dedup._hashes(serial.kept_text() if serial.kept else serial.text, None)
        assert isinstance(sig, Signed) and sig.shape == band_shape(0.8)
        assert (sig.values() == hashes).all() and list(enumerate(sig.keys)) == band_keys(hashes, *band_shape(0.8))
    assert pipeline_module._code_in_worker(docs[:1], None)[0][1] is None  # no index: nothing to sign


def test_a_rewritten_text_is_sent_back() -> None:
    html = ("<html><body><article><h1>Clashes in Daraa</h1><p>Gunmen attacked a police station in Daraa on "
            "Sunday and killed two policemen, the interior ministry said in a statement.</p><p>The attackers "
            "fled towards the border before reinforcements arrived, residents told reporters.</p></article>"
            "</body></html>")
    one = _settled(Pipeline().process([Document(id="page", text="", html=html, published="2021-05-10")] * 2))
    two = _settled(Pipeline().process([Document(id="page", text="", html=html, published="2021-05-10")] * 2,
                                      workers=2))
    assert two == one and "police station" in one[0][4]


def test_evidence_and_sentences_are_sent_as_their_fields() -> None:
    ev, sentence = Evidence(3, 9, "killed", "fatalities"), Sentence(0, 40, 2, 1, True)
    for obj, reduce in ((ev, pipeline_module._evidence_args), (sentence, pipeline_module._sentence_args)):
        cls, args = reduce(obj)
        assert cls is type(obj)
        # every field, in the constructor's order (a field added to the class must be added here)
        assert args == tuple(getattr(obj, f.name) for f in dataclasses.fields(obj))
        back = cls(*args)
        assert back == obj and back.__dict__ == obj.__dict__ and list(back.__dict__) == list(obj.__dict__)


# ---- the near-duplicate index reads a worker's signature as it reads its own -----------------------------------

def _docs_for_index() -> list[Document]:
    # copies of one story, some published before the copies seen so far (they supersede them), some after
    # (near-duplicates of the preferred one); another story; a text without words
    days = ["10", "12", "08", "09", "06", "15"]
    return [Document(id=f"d{n}", text=_STORY * 2 + (" Reporting by our correspondent." if n % 2 else ""),
                     published=f"2021-05-{day}") for n, day in enumerate(days)] + [
        Document(id="other", text=_TEXTS[0], published="2021-05-10"),
        Document(id="nowords", text="...", published="2021-05-10")]


def _verdicts(make_sig) -> list[tuple]:
    index = NearDuplicateIndex(0.8)
    try:
        out = []
        for doc in _docs_for_index():
            verdict = index.place(doc, make_sig(doc))
            out.append((doc.id, doc.status, doc.duplicate_of, verdict.duplicate_of, verdict.superseded))
        return [*out, len(index)]
    finally:
        index.close()


def test_the_index_places_a_signed_document_as_it_places_its_own() -> None:
    own = _verdicts(lambda _doc: None)
    assert any(v[3] for v in own[:-1]) and any(v[4] for v in own[:-1])  # copies found, copies superseded
    assert _verdicts(lambda doc: signed(doc, 0.8)) == own
    assert _verdicts(lambda doc: dedup.document_signature(doc)) == own


def test_keys_of_another_band_shape_are_worked_out_again() -> None:
    own = _verdicts(lambda _doc: None)

    def other_shape(doc: Document) -> Signed | None:
        sig = signed(doc, 0.8)
        return None if sig is None else sig._replace(shape=(1, 256), keys=(0,))

    assert _verdicts(other_shape) == own


def test_a_signature_is_read_without_a_copy() -> None:
    sig = signed(_docs_for_index()[0], 0.8)
    assert sig is not None and len(sig.hashes) == 4 * dedup.NUM_PERM and len(sig.keys) == band_shape(0.8)[0]
    assert sig.values().dtype == np.uint32 and not sig.values().flags.writeable
