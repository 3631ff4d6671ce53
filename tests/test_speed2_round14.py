"""Round 14 (speed2): near-duplicate checks load datasketch's MinHash without its LSH and scipy."""

from __future__ import annotations

import os
import subprocess
import sys

TWO_COPIES = (
    "import sys; from warscribe.cleaning.dedup import NearDuplicateIndex; from warscribe.model import Document\n"
    "text = 'Shelling hit the town of Kidal on Monday and two houses burned near the market square.'\n"
    "docs = [Document(id=i, text=text, published='2021-05-10') for i in ('a', 'b')]\n"
    "index = NearDuplicateIndex()\n"
    "print([index.check(d) for d in docs], 'scipy' in sys.modules, 'datasketch.lsh' in sys.modules)\n"
)


def _run(code: str, cache: str) -> str:
    env = {**os.environ, "WARSCRIBE_CACHE": cache}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          check=True).stdout.strip()


def test_a_near_duplicate_check_loads_no_scipy_once_band_shapes_are_kept(tmp_path) -> None:
    _run(TWO_COPIES, str(tmp_path))  # the first run searches the band shape (scipy) and keeps it
    assert _run(TWO_COPIES, str(tmp_path)) == "[None, 'a'] False False"


def test_the_whole_package_is_there_when_asked_for_with_the_same_classes() -> None:
    code = ("import sys; from warscribe.cleaning.dedup import document_signature, signature, _empty\n"
            "from warscribe.model import Document, PROCESSED\n"
            "d = Document(id='a', text='Two convoys left the port at dawn and reached the camp.', status=PROCESSED)\n"
            "lean = document_signature(d); mine = signature(d.text)\n"
            "from datasketch import LeanMinHash, MinHash, MinHashLSH\n"
            "import datasketch\n"
            "assert isinstance(lean, LeanMinHash) and type(mine) is MinHash and type(_empty()) is MinHash\n"
            "assert datasketch.minhash.MinHash is MinHash and datasketch.__version__\n"
            "lsh = MinHashLSH(threshold=0.5, num_perm=256); lsh.insert('a', mine)\n"
            "print(lsh.query(lean), hasattr(datasketch, 'no_such_name'))\n")
    assert _run(code, os.environ.get("WARSCRIBE_CACHE", "")) == "['a'] False"


def test_a_signature_from_a_worker_is_unpickled_without_scipy(tmp_path) -> None:
    cache, sent = os.environ.get("WARSCRIBE_CACHE", ""), tmp_path / "signature.pickle"
    _run("import pickle; from warscribe.cleaning.dedup import document_signature\n"
         "from warscribe.model import Document, PROCESSED\n"
         "d = Document(id='a', text='Two convoys left the port at dawn and reached the camp.', status=PROCESSED)\n"
         f"open({str(sent)!r}, 'wb').write(pickle.dumps(document_signature(d)))\n", cache)
    code = ("import pickle, sys; from warscribe.cleaning.dedup import lean_signature_type\n"
            "lean_signature_type()  # as the pipeline does before its workers' results come\n"
            f"back = pickle.loads(open({str(sent)!r}, 'rb').read())\n"
            "print(type(back) is lean_signature_type(), 'scipy' in sys.modules, 'datasketch.lsh' in sys.modules)\n")
    assert _run(code, cache) == "True False False"
