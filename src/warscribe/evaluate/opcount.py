"""Operation count of coding documents: Python function calls (cProfile's count) made by the pipeline over a
corpus, on resources loaded beforehand. Unlike a time, the count is the same on a busy machine as on an idle
one, so a budget on it catches a slow change without flaking.

Run as a module it measures in a fresh interpreter with a fixed hash seed (set iteration order, and so the
paths taken, are then the same every run): `python -m warscribe.evaluate.opcount INPUT...` prints JSON.
"""

from __future__ import annotations

import cProfile
import json
import os
import pstats
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class OpCount:
    docs: int
    calls: int  # every Python and built-in function call while coding, nested ones included

    @property
    def per_doc(self) -> float:
        return self.calls / self.docs if self.docs else 0.0


def count_calls(inputs: list[str]) -> OpCount:
    """Calls made coding `inputs` once (stages, near-duplicate check and event linking), after loading the
    resources (actor base, lexicon, gazetteer index, near-duplicate band shape) outside the count."""
    from warscribe.inputs import InputReader
    from warscribe.model import Document
    from warscribe.pipeline import Pipeline

    docs = [d for d in InputReader().read(inputs) if isinstance(d, Document)]
    pipeline = Pipeline()
    pipeline.context.warm()
    if pipeline.config.detect_near_duplicates:
        from warscribe.cleaning.dedup import band_shape

        # a resource kept in the cache folder: a cold folder's search for it (scipy) is no cost of coding
        band_shape(pipeline.config.near_duplicate_threshold)
    profile = cProfile.Profile()
    profile.enable()
    for _result in pipeline.process(docs):
        pass
    profile.disable()
    stats = pstats.Stats(profile)
    return OpCount(docs=len(docs), calls=int(stats.total_calls))  # type: ignore[attr-defined]


def measure(inputs: list[str | Path]) -> OpCount:
    """count_calls in a fresh interpreter (no cache filled by earlier work), hash seed 0."""
    import warscribe

    src = str(Path(warscribe.__file__).resolve().parents[1])
    env = dict(os.environ, PYTHONHASHSEED="0")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH", "")) if p)
    proc = subprocess.run([sys.executable, "-m", "warscribe.evaluate.opcount", *map(str, inputs)], env=env,
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"operation count failed: {proc.stderr.strip()[-2000:]}")
    return OpCount(**json.loads(proc.stdout))


if __name__ == "__main__":
    print(json.dumps(asdict(count_calls(sys.argv[1:]))))
