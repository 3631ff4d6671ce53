"""Linking on real articles (FA-KES dev, ../shared/eval/articles): the corpus ingested in one run or in four
gives the same canonical events, and linking scores on our labelled pairs (tests/fixtures/linking_pairs.jsonl).
The corpus is coded once; each "run" then does what `Pipeline.process` does after coding (its own near-duplicate
index and event linker) and saves into the store. Skipped when ../shared is absent."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from sqlalchemy import select

from conftest import SHARED
from warscribe.cleaning.dedup import NearDuplicateIndex
from warscribe.config import Config
from warscribe.inputs import InputReader
from warscribe.linking import EventLinker
from warscribe.linking_eval import load_pairs, score
from warscribe.model import Document, Rejection, Result
from warscribe.pipeline import Pipeline, settle
from warscribe.store import Store, canonical_events, canonical_reports

FAKES = SHARED / "eval" / "articles" / "fakes_syria_dev.jsonl"


@pytest.fixture(scope="module")
def coded() -> list[Document | Rejection]:
    if not FAKES.exists():
        pytest.skip("../shared/eval/articles is not here")
    return list(Pipeline(Config()).code(InputReader().read([str(FAKES)]), workers=2))


def _ingest(path: Path, runs: list[list[Document | Rejection]]) -> dict[str, tuple[str, ...]]:
    """Save each run as `warscribe ingest` would; the canonical events (id -> report ids) at the end."""
    config = Config()
    with Store(path) as store:
        for run in runs:
            dedup, linker = NearDuplicateIndex(config.near_duplicate_threshold), EventLinker()
            for item in copy.deepcopy(run):
                result = Result(rejection=item) if isinstance(item, Rejection) else Result(document=item)
                if result.document is not None:
                    settle(result, dedup, linker)
                store.save(result)
            dedup.close()
        with store.engine.connect() as conn:
            ids = set(conn.execute(select(canonical_events.c.id)).scalars())
            members: dict[str, list[str]] = {}
            for event_id, canonical_id in conn.execute(select(canonical_reports.c.event_id,
                                                              canonical_reports.c.canonical_id)):
                members.setdefault(canonical_id, []).append(event_id)
    assert ids == set(members)
    return {cid: tuple(sorted(reports)) for cid, reports in members.items()}


def test_one_run_or_four_parts_give_the_same_canonical_events(coded, tmp_path):
    quarter = -(-len(coded) // 4)
    parts = [coded[i:i + quarter] for i in range(0, len(coded), quarter)]
    whole = _ingest(tmp_path / "one.db", [coded])
    split = _ingest(tmp_path / "four.db", parts)
    backwards = _ingest(tmp_path / "reversed.db", [part[::-1] for part in parts[::-1]])
    linked = sum(1 for reports in whole.values() if len(reports) > 1)
    assert linked >= 50  # reports of one event from several documents were found
    assert split == whole and backwards == whole


def test_linking_precision_and_recall_on_labelled_pairs(coded, tmp_path):
    whole_db = tmp_path / "w.db"
    _ingest(whole_db, [coded])
    with Store(whole_db, read_only=True) as store:
        reports = store.events()
        with store.engine.connect() as conn:
            canonical_of = dict(conn.execute(select(canonical_reports.c.event_id,
                                                    canonical_reports.c.canonical_id)).all())
        docs = {doc.id: doc for doc in store.documents()}
    by_doc: dict = {}
    for ev in reports:
        by_doc.setdefault(ev.doc_id, []).append(ev)
    found = score(load_pairs(), by_doc, canonical_of, docs)
    print("\n".join(found.lines()))
    # Keys find their events by the spans the documents told them in (reports of a document stored as a
    # near-duplicate, in its preferred copy), so a coder that dates, places or types them otherwise still does.
    assert found.unresolved == 0
    # Measured 0.924 / 0.809 on the 290 pairs, 0.921 / 0.795 on the 262 left in round 16, 0.907 / 0.817 on the
    # 251 left in round 17, 0.906 / 0.815 on the 244 left in round 18 and 0.906 / 0.828 on the 242 left in round
    # 19 (pairs whose report is no event now are dropped: a motive, a timeline line, a caption, a backdrop, a
    # period's tally, a headline in a list of links to other stories or in a related-story box, a backdrop clause:
    # "before the army retook the city in December", a campaign waged "since late September", a video of a downing
    # told elsewhere, a photo caption cut from the story by its credit); 0.905 / 0.820 on the same 242 in round 20;
    # 0.905 / 0.833 on the 238 left in round 21 (a week's tally, a lab's finding on sarin told twice, grenade
    # launchers seized as spoils: no events now); 237 in round 22 (a hospital strike told only in a photo caption
    # with its date and credit); the floor leaves room for coder changes that move a few reports.
    assert found.precision >= 0.9 and found.recall >= 0.78
