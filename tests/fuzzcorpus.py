"""Builds a corpus of bad inputs of every kind that once stopped or fooled a run, mixed with good reports, and
counts how many outcomes (processed, skipped or rejected) each input must end in.

Used by tests/test_fuzz.py (small, in the suite) and benchmarks/fuzz_reconcile.py (full size, printed)."""

from __future__ import annotations

import gzip
import json
import os
import random
from dataclasses import dataclass, field
from pathlib import Path

# Made-up sentence parts: every good report is a different mix, so no two are near-duplicates.
_SUBJECTS = ("Government warplanes", "Rebel fighters", "Unidentified gunmen", "Artillery units", "Police",
             "Protesters", "A suicide bomber", "Army troops", "Militants", "Drone operators")
_VERBS = ("struck", "shelled", "attacked", "raided", "stormed", "bombed", "ambushed", "surrounded")
_TARGETS = ("a market", "a checkpoint", "a school", "a hospital", "a convoy", "a village", "an army base",
            "a bakery", "a mosque", "a police station", "a bus station", "a farm")
_PLACES = ("Saraqib", "Ariha", "Maarat al-Numan", "Jisr al-Shughur", "Atarib", "Khan Sheikhoun", "Kafr Nabl",
           "Darkush", "Salqin", "Harem", "Binnish", "Taftanaz", "Sarmin", "Kafr Takharim")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SOURCES = ("a local monitor said", "residents said", "rescuers said", "a medic told reporters",
            "the health directorate said", "activists reported")
_AFTER = ("The wounded were taken to field clinics nearby.", "Several buildings collapsed in the raid.",
          "Fighting continued into the night.", "No group claimed responsibility.",
          "Roads into the town were closed for hours.", "Families fled towards the border.",
          "Power was cut in several neighbourhoods.", "Schools in the area were shut.")


def good_text(rng: random.Random, n: int) -> str:
    lines = [f"Report {n}: {rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_TARGETS)} in "
             f"{rng.choice(_PLACES)}"]
    for _ in range(5):
        lines.append(f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_TARGETS)} in "
                     f"{rng.choice(_PLACES)} on {rng.choice(_DAYS)}, killing {rng.randint(2, 40)} people and "
                     f"wounding {rng.randint(2, 90)}, {rng.choice(_SOURCES)}. {rng.choice(_AFTER)}")
    return "\n".join(lines) + "\n"


@dataclass
class Corpus:
    """The corpus root, the ids of the good documents and how many outcomes the inputs must produce."""

    root: Path
    good_ids: list[str] = field(default_factory=list)
    units: int = 0  # outcomes expected: one per line, file, list item or unreadable folder
    bad: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    locked: list[Path] = field(default_factory=list)  # folders made unreadable (restore with unlock())

    def count(self, kind: str, units: int = 1) -> None:
        self.units += units
        self.bad += units
        self.kinds[kind] = self.kinds.get(kind, 0) + units

    def unlock(self) -> None:
        for path in self.locked:
            os.chmod(path, 0o755)


def _line(obj: object) -> bytes:
    return json.dumps(obj).encode() + b"\n"


def _deep(depth: int) -> str:
    return "[" * depth + "]" * depth


def bad_lines(rng: random.Random, i: int) -> list[tuple[str, bytes]]:
    """(kind, line) for one round of every bad JSONL line."""
    body = "Clashes were reported in the area on Monday, residents said."
    return [
        ("invalid JSON", b'{"id": "broken", "text": \n'),
        ("not an object", b'["a", "list"]\n'),
        ("scalar", b"42\n"),
        ("deep JSON (line)", _deep(5000 + rng.randint(0, 50000)).encode() + b"\n"),
        ("deep JSON (field)", f'{{"id": "deep{i}", "text": "{body}", "extra": {_deep(3000 + rng.randint(0, 20000))}}}\n'
         .encode()),
        ("deep JSON (title)", f'{{"id": "deept{i}", "text": "{body}", "title": {_deep(20000)}}}\n'.encode()),
        ("surrogate text", b'{"id": "st%d", "text": "Shelling \\ud800 hit the town."}\n' % i),
        ("no text", _line({"id": f"nt{i}", "title": "Only a title"})),
        ("text not a string", _line({"id": f"tl{i}", "text": ["a", "b"]})),
        ("text number", _line({"id": f"tn{i}", "text": 12})),
        ("blank text", _line({"id": f"bt{i}", "text": "   "})),
        ("html blank", _line({"id": f"hb{i}", "html": ""})),
        ("NUL bytes", b'{"id": "nul", "text": "a\x00b"}\n'),
        ("undecodable bytes", b'{"id": "ud", "text": "' + bytes(range(128, 250)) + b'"}\n'),
        ("huge number", b'{"id": "hn%d", "text": 1' % i + b"0" * 5000 + b"}\n"),
        ("NaN", b'{"id": "nan%d", "text": NaN}\n' % i),
        ("duplicate keys", b'{"text": "x", "text": {}}\n'),
    ]


def good_with_bad_metadata(rng: random.Random, i: int) -> list[tuple[str, dict]]:
    """Documents that must come through despite odd metadata (warned about, never dropped)."""
    def text(n: int) -> str:
        return good_text(rng, 100_000 + 100 * i + n)

    return [
        ("surrogate id", {"id": f"sid\ud800{i}", "text": text(0)}),
        ("surrogate title/url/source", {"id": f"sm{i}", "text": text(1), "title": "T\udfff",
                                        "url": "http://x/\ud800", "source": "S\udc80"}),
        ("surrogate published", {"id": f"sp{i}", "text": text(2), "published": "2024-\ud800"}),
        ("published number", {"id": f"pn{i}", "text": text(3), "published": 20240605}),
        ("published list", {"id": f"pl{i}", "text": text(4), "published": ["2024-06-05"]}),
        ("published Arabic-Indic", {"id": f"pa{i}", "text": text(5), "published": "٢٠٢٤-٠٦-٠٥"}),
        ("published written", {"id": f"pw{i}", "text": text(6), "published": "June 5, 2024"}),
        ("date key", {"id": f"dk{i}", "text": text(7), "date": "2024-06-05"}),
        ("published_at key", {"id": f"pk{i}", "text": text(8), "published_at": "2024-06-05T10:00:00Z"}),
        ("id number", {"id": 10_000 + i, "text": text(9)}),
        ("id object", {"id": {"a": 1}, "text": text(10)}),
    ]


def build(root: Path, bad_rounds: int = 2, good: int = 50, seed: int = 7, bomb_mb: int = 8) -> Corpus:
    """Write the corpus under root: `good` good reports among ~120 bad inputs per round."""
    rng = random.Random(seed)
    corpus = Corpus(root)
    root.mkdir(parents=True, exist_ok=True)
    feed = root / "feed"
    feed.mkdir()
    goods = [(f"good-{n:04d}", good_text(rng, n)) for n in range(good)]
    for n, (doc_id, text) in enumerate(goods):
        corpus.good_ids.append(doc_id)
        corpus.units += 1
        with (feed / f"part-{n % 5}.jsonl").open("ab") as fh:
            fh.write(_line({"id": doc_id, "text": text, "published": f"2024-06-0{1 + n % 9}"}))
    for i in range(bad_rounds):
        part = feed / f"bad-{i}.jsonl"
        with part.open("ab") as fh:
            for kind, line in bad_lines(rng, i):
                fh.write(line)
                corpus.count(kind)
            fh.write(b"\n   \n")  # blank lines: no document, no outcome
            fh.write(_line({"id": f"dup{i}", "text": "Same id twice, first text."}))
            fh.write(_line({"id": f"dup{i}", "text": "Same id twice, other text."}))
            corpus.count("duplicate id", 2)
            fh.write(_line({"id": f"rep{i}", "text": "Exact repeat."}) * 2)
            corpus.count("exact repeat", 2)
            for kind, record in good_with_bad_metadata(rng, i):
                fh.write(json.dumps(record).encode("utf-8", "surrogatepass") + b"\n")
                corpus.count(kind)
        _bad_files(root / f"files-{i}", rng, i, corpus, bomb_mb if i == 0 else 0)
    return corpus


def _bad_files(folder: Path, rng: random.Random, i: int, corpus: Corpus, bomb_mb: int) -> None:
    folder.mkdir()
    report = "Gunmen attacked a checkpoint near the town on Friday, residents said.\n"
    files: list[tuple[str, str, bytes]] = [
        ("zero-byte jsonl", "empty.jsonl", b""),
        ("zero-byte txt", "empty.txt", b""),
        ("blank-lines jsonl", "blank.jsonl", b"\n\n  \n"),
        ("blank txt", "blank.txt", b" \n\t\n"),
        ("binary txt", "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256))),
        ("binary jsonl", "dump.jsonl", b"\x00\x01\n" * 20),
        ("noise html", "noise.html", bytes(range(128, 256)) * 4),
        ("corrupt gzip", "bad.jsonl.gz", b"not gzip at all"),
        ("truncated gzip", "cut.txt.gz", gzip.compress(report.encode() * 50)[:40]),
        ("json scalar", "scalar.json", b"12"),
        ("json empty list", "nothing.json", b"[]"),
        ("json invalid", "broken.json", b"{"),
        ("deep json file", "deep.json", _deep(100_000).encode()),
        ("surrogate txt name", "ok-name.txt", ("Strike \ud800 text").encode("utf-8", "surrogatepass")),
    ]
    for kind, name, data in files:
        (folder / name).write_bytes(data)
        corpus.count(kind)
    # .json files that are good documents: one object, and a list of two
    (folder / "one.json").write_text(json.dumps({"id": f"json-one-{i}", "text": good_text(rng, 9000 + i)}))
    corpus.count("json object")
    (folder / "two.json").write_text(json.dumps([{"id": f"json-a-{i}", "text": good_text(rng, 9100 + i)},
                                                 {"id": f"json-b-{i}", "text": good_text(rng, 9200 + i)}, 7]))
    corpus.count("json list", 3)
    (folder / "zero.jsonl.gz").write_bytes(b"")
    corpus.count("zero-byte gzip")
    (folder / "feed.ndjson").write_bytes(_line({"id": f"nd-{i}", "text": good_text(rng, 9300 + i)}))
    corpus.count("ndjson")
    # A file name that is not UTF-8 (where the file system allows one).
    try:
        bad_name = os.fsencode(folder) + b"/caf\xe9-" + str(i).encode() + b".txt"
        with open(bad_name, "wb") as fh:
            fh.write(good_text(rng, 9400 + i).encode())
        corpus.count("non-UTF-8 file name")
    except (OSError, ValueError):
        pass
    # A folder that can be listed but not entered, and one that cannot be listed: each is one rejection.
    for mode, kind in ((0o000, "mode-000 folder"), (0o111, "unlistable folder")):
        locked = folder / f"locked-{mode:o}"
        locked.mkdir()
        for n in range(3):
            (locked / f"r{n}.txt").write_text(report)
        os.chmod(locked, mode)
        corpus.locked.append(locked)
        if not os.access(locked, os.R_OK):  # root reads everything: then its files are read instead
            corpus.count(kind)
        else:
            corpus.count(kind + " (readable as root)", 3)
    # An unreadable file.
    secret = folder / "secret.txt"
    secret.write_text(report)
    os.chmod(secret, 0o000)
    corpus.count("unreadable file")
    # A symlink loop and a dangling link are not files: they are not inputs.
    os.symlink(folder / "loop", folder / "loop.txt")
    # A gzip bomb: a small file that expands far past its size.
    if bomb_mb:
        with gzip.open(folder / "bomb.txt.gz", "wb", compresslevel=9) as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(bomb_mb):
                fh.write(chunk)
        corpus.count("gzip bomb")
        with gzip.open(folder / "bomb.jsonl.gz", "wb", compresslevel=9) as fh:
            for _ in range(bomb_mb):
                fh.write(b"a" * (1 << 20))
        corpus.count("gzip bomb (one huge line)")
    # A long line and a long document.
    (folder / "long.jsonl").write_bytes(_line({"id": f"long-{i}", "text": "word " * 300_000}))
    corpus.count("line over the record limit")
    (folder / "big.txt").write_text(("A paragraph about shelling in the town.\n\n") * 10_000)
    corpus.count("document over the size limit (cut)")
