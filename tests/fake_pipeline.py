"""A stand-in for the NLP pipeline in the store's CLI tests: one event a document, a log of what was coded.

Run as a script, it is `warscribe` with the pipeline replaced (for tests that start, kill or watch a real
process): python tests/fake_pipeline.py LOG DELAY_S warscribe-arguments..."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from warscribe.model import PROCESSED, Document, Event, Evidence, Rejection, Result


class FakePipeline:
    """Codes each document as one event (its first word as the location), appending its id to `log`;
    `delay_s` per document makes a run long enough to interrupt."""

    def __init__(self, log: Path | None = None, delay_s: float = 0.0) -> None:
        self.log, self.delay_s = log, delay_s
        self.coded: list[str] = []

    def process(self, items: Iterable[Document | Rejection], workers: int = 1) -> Iterator[Result]:
        for item in items:
            if isinstance(item, Rejection):
                yield Result(rejection=item)
                continue
            time.sleep(self.delay_s)
            item.text = item.text or item.html or ""
            word = (item.text.split() or ["nowhere"])[0]
            item.status = PROCESSED
            item.events = [Event(event_id=f"{item.id}-1", doc_id=item.id, event_date=item.published or "2024-01-02",
                                 event_type="Battles", sub_event_type="Armed clash", actor1="Group A",
                                 location=word, admin1="Idlib", country="Syria", notes=item.text[:80],
                                 evidence=[Evidence(0, len(word), word, "location")])]
            self.coded.append(item.id)
            if self.log is not None:
                with self.log.open("a", encoding="utf-8") as handle:
                    handle.write(item.id + "\n")
            yield Result(document=item)


def patch(pipeline: FakePipeline, setattr_=setattr) -> None:
    """Make the CLI code with `pipeline` (ingest and watch alike); `setattr_`: a monkeypatch's, in tests."""
    from warscribe import cli

    setattr_(cli, "_pipeline_results", lambda inputs, reader, workers=1: pipeline.process(reader.read(inputs)))
    setattr_(cli, "_warm_pipeline", lambda: pipeline)


if __name__ == "__main__":
    from warscribe import cli

    log, delay = Path(sys.argv[1]), float(sys.argv[2])
    patch(FakePipeline(log, delay))
    sys.argv = ["warscribe", *sys.argv[3:]]
    cli.main()
