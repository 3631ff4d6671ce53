"""Reading inputs: every supported form, and a test per kind of bad input."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from warscribe.inputs import InputReader, compression, describe, rejection_of, split_origin
from warscribe.model import REJECTED, Document, Rejection, content_hash


def _jsonl(path: Path, *records: object) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records),
                    encoding="utf-8")
    return path


def _read(*sources: object, stdin: bytes | None = None) -> tuple[list[Document | Rejection], InputReader]:
    reader = InputReader(io.BytesIO(stdin) if stdin is not None else None)
    return list(reader.read([str(s) for s in sources])), reader


def _only_rejection(items: list[Document | Rejection]) -> Rejection:
    rejections = [i for i in items if isinstance(i, Rejection)]
    assert len(rejections) == 1, items
    return rejections[0]


# --- the supported forms ---------------------------------------------------------------------------------

def test_jsonl_records_become_documents_with_origin_and_metadata(tmp_path):
    path = _jsonl(tmp_path / "in.jsonl",
                  {"id": "a", "text": "Shelling hit the town.", "title": "T", "published": "2023-04-02",
                   "source": "Outlet", "url": "http://x"},
                  {"id": "b", "html": "<p>Clashes erupted.</p>"})
    items, _ = _read(path)
    a, b = items
    assert (a.id, a.text, a.title, a.published, a.source, a.url) == (
        "a", "Shelling hit the town.", "T", "2023-04-02", "Outlet", "http://x")
    assert a.origin == f"{path}:1" and a.given == {"title": True, "published": True, "source": True,
                                                    "url": True}
    assert b.html == "<p>Clashes erupted.</p>" and b.text == "" and b.origin == f"{path}:2"


def test_txt_file_id_is_stem_and_text_is_kept_exactly(tmp_path):
    raw = "Headline\r\nA\u00a0strike \u201chit\u201d the village.\r\n"
    (tmp_path / "report-7.txt").write_bytes(raw.encode("utf-8"))
    (doc,), _ = _read(tmp_path / "report-7.txt")
    assert doc.id == "report-7" and doc.text == raw and doc.html is None


def test_html_file_sets_html_and_leaves_text_empty(tmp_path):
    (tmp_path / "page.htm").write_text("<html><body><p>Clashes.</p></body></html>", encoding="utf-8")
    (doc,), _ = _read(tmp_path / "page.htm")
    assert doc.id == "page" and doc.text == "" and "<p>Clashes.</p>" in doc.html


def test_gzipped_inputs_are_read(tmp_path):
    with gzip.open(tmp_path / "feed.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g1", "text": "One."}) + "\n" + json.dumps({"id": "g2", "text": "Two."}))
    (tmp_path / "note.txt.gz").write_bytes(gzip.compress(b"Plain text report."))
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(b"<p>Page.</p>"))
    items, _ = _read(tmp_path / "feed.jsonl.gz", tmp_path / "note.txt.gz", tmp_path / "page.html.gz")
    assert [(d.id, d.text, d.html) for d in items] == [
        ("g1", "One.", None), ("g2", "Two.", None), ("note", "Plain text report.", None),
        ("page", "", "<p>Page.</p>")]


def test_directory_is_read_recursively_in_sorted_order_and_ignores_other_files(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Ay.", encoding="utf-8")
    _jsonl(tmp_path / "b" / "c.jsonl", {"id": "c1", "text": "See."})
    (tmp_path / "README.md").write_text("not an input", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    items, _ = _read(tmp_path)
    assert [d.id for d in items] == ["a", "c1", "z"]


def test_stdin_dash_reads_jsonl():
    items, _ = _read("-", stdin=b'{"id": "s1", "text": "From stdin."}\n\n{"text": "No id."}\n')
    assert [d.text for d in items] == ["From stdin.", "No id."]
    assert items[0].origin == "<stdin>:1" and items[1].origin == "<stdin>:3"


def test_missing_id_gets_stable_content_hash_id(tmp_path):
    path = _jsonl(tmp_path / "in.jsonl", {"text": "Same text."})
    (first,), _ = _read(path)
    (second,), _ = _read(path)
    assert first.id == second.id == "doc-" + content_hash("Same text.")[:16]


def test_timestamp_published_is_cut_to_its_date(tmp_path):
    path = _jsonl(tmp_path / "in.jsonl", {"id": "a", "text": "x", "published": "2022-11-03T08:00:00Z"})
    (doc,), reader = _read(path)
    assert doc.published == "2022-11-03" and reader.warnings == []


def test_published_in_other_digits_is_read_as_ascii(tmp_path):
    path = _jsonl(tmp_path / "in.jsonl", {"id": "a", "text": "x", "published": "٢٠٢٤-٠٦-٠٥"},
                  {"id": "b", "text": "y", "published": "۱۴۰۳-۰۳-۱۶"},
                  {"id": "c", "text": "z", "published": "२०२३-०१-०९"})
    docs, reader = _read(path)
    assert [d.published for d in docs] == ["2024-06-05", "1403-03-16", "2023-01-09"] and reader.warnings == []


def test_compression_helper():
    assert compression(Path("a.JSONL.gz")) == (".jsonl", True)
    assert compression(Path("a.b.txt")) == (".txt", False)


# --- bad input: one test per case ------------------------------------------------------------------------

def test_invalid_json_line_is_rejected_with_file_and_line(tmp_path):
    path = _jsonl(tmp_path / "in.jsonl", {"id": "ok", "text": "Fine."}, '{"id": "bad", "text": ',
                  {"id": "ok2", "text": "Also."})
    items, _ = _read(path)
    rej = _only_rejection(items)
    assert (rej.origin, rej.line) == (str(path), 2) and "invalid JSON" in rej.reason
    assert describe(rej).startswith(f"{path}:2: invalid JSON")
    assert [d.id for d in items if isinstance(d, Document)] == ["ok", "ok2"]


def test_line_that_is_not_an_object_is_rejected(tmp_path):
    path = _jsonl(tmp_path / "in.jsonl", '["a", "list"]')
    rej = _only_rejection(_read(path)[0])
    assert rej.line == 1 and "not an object" in rej.reason


def test_line_without_text_or_html_is_rejected(tmp_path):
    path = _jsonl(tmp_path / "in.jsonl", {"id": "x", "title": "Only a title"})
    rej = _only_rejection(_read(path)[0])
    assert (rej.line, rej.doc_id) == (1, "x") and "no 'text' or 'html'" in rej.reason


def test_text_of_the_wrong_type_is_rejected(tmp_path):
    path = _jsonl(tmp_path / "in.jsonl", {"id": "x", "text": ["a", "b"]})
    rej = _only_rejection(_read(path)[0])
    assert "'text' is a list" in rej.reason


def test_non_utf8_bytes_are_replaced_and_warned(tmp_path):
    (tmp_path / "latin.txt").write_bytes("Caf\u00e9 bombed in the town square.".encode("latin-1"))
    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"id": "j", "text": "Qu\xe9bec report of shelling."}\n')
    items, reader = _read(tmp_path / "latin.txt", path)
    assert [d.text for d in items] == ["Caf\ufffd bombed in the town square.",
                                       "Qu\ufffdbec report of shelling."]
    messages = [str(w) for w in reader.pop_warnings()]
    assert messages == [f"{tmp_path / 'latin.txt'}: invalid UTF-8 bytes replaced with U+FFFD",
                        f"{path}:1: invalid UTF-8 bytes replaced with U+FFFD"]
    assert reader.warnings == []


def test_binary_file_with_nul_bytes_is_rejected(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    rej = _only_rejection(_read(tmp_path / "image.txt")[0])
    assert rej.origin == str(tmp_path / "image.txt") and rej.line is None and "binary" in rej.reason


def test_binary_file_named_jsonl_is_rejected_once(tmp_path):
    (tmp_path / "dump.jsonl").write_bytes(b"\x00\x01\n" * 50)
    rej = _only_rejection(_read(tmp_path / "dump.jsonl")[0])
    assert rej.line is None and "binary" in rej.reason


def test_utf16_text_file_is_decoded(tmp_path):
    (tmp_path / "wide.txt").write_bytes("Clashes \u201cnear\u201d Saraqib.".encode("utf-16"))
    (doc,), reader = _read(tmp_path / "wide.txt")
    assert doc.text == "Clashes \u201cnear\u201d Saraqib." and reader.warnings == []


def test_binary_file_of_undecodable_bytes_is_rejected(tmp_path):
    (tmp_path / "noise.html").write_bytes(bytes(range(128, 256)) * 4)
    rej = _only_rejection(_read(tmp_path / "noise.html")[0])
    assert "binary" in rej.reason


def test_corrupt_gzip_is_rejected(tmp_path):
    (tmp_path / "bad.jsonl.gz").write_bytes(b"this is not gzip data")
    rej = _only_rejection(_read(tmp_path / "bad.jsonl.gz")[0])
    assert rej.origin == str(tmp_path / "bad.jsonl.gz") and "cannot read" in rej.reason


def test_empty_documents_are_rejected(tmp_path):
    (tmp_path / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    path = _jsonl(tmp_path / "in.jsonl", {"id": "e", "text": "   "}, {"id": "h", "html": ""})
    items, _ = _read(tmp_path / "blank.txt", path)
    assert all(isinstance(i, Rejection) and "empty document" in i.reason for i in items)
    assert [(i.origin, i.line) for i in items] == [(str(tmp_path / "blank.txt"), None), (str(path), 1),
                                                   (str(path), 2)]


def test_missing_path_is_rejected(tmp_path):
    rej = _only_rejection(_read(tmp_path / "nowhere.jsonl")[0])
    assert rej.origin == str(tmp_path / "nowhere.jsonl") and "no such file" in rej.reason


def test_unsupported_file_type_is_rejected(tmp_path):
    (tmp_path / "table.csv").write_text("a,b\n", encoding="utf-8")
    rej = _only_rejection(_read(tmp_path / "table.csv")[0])
    assert "unsupported file type '.csv'" in rej.reason


def test_duplicate_id_with_different_text_rejects_the_second(tmp_path):
    path = _jsonl(tmp_path / "in.jsonl", {"id": "d", "text": "First."}, {"id": "d", "text": "Second."})
    items, _ = _read(path)
    assert items[0].text == "First."
    rej = items[1]
    assert isinstance(rej, Rejection) and (rej.line, rej.doc_id) == (2, "d") and "duplicate id" in rej.reason


def test_same_id_same_text_is_skipped_and_counted(tmp_path):
    path = _jsonl(tmp_path / "in.jsonl", {"id": "d", "text": "Once."}, {"id": "d", "text": "Once."})
    items, reader = _read(path, path)
    assert [d.id for d in items] == ["d"] and reader.duplicates == 3


def test_unreadable_published_is_dropped_with_a_warning(tmp_path):
    path = _jsonl(tmp_path / "in.jsonl", {"id": "p", "text": "x", "published": "last Tuesday"})
    (doc,), reader = _read(path)
    assert doc.published is None and "published" not in doc.given
    assert [str(w) for w in reader.warnings] == [
        f"{path}:1: published 'last Tuesday' is not a YYYY-MM-DD date; ignored"]


def test_rejected_document_names_its_file_and_line():
    doc = Document(id="q", text="", origin="feed.jsonl:12", status=REJECTED, reason="no article text")
    assert rejection_of(doc) == Rejection("feed.jsonl", "no article text", doc_id="q", line=12)
    assert split_origin("a.txt") == ("a.txt", None)


# --- failures that once stopped a run or lost documents without a word ---------------------------------

def test_a_folder_that_cannot_be_entered_is_rejected_and_the_rest_read(tmp_path, monkeypatch):
    import os

    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "r.txt").write_text("Clashes.", encoding="utf-8")
    (tmp_path / "open.txt").write_text("Shelling.", encoding="utf-8")
    real = os.scandir

    def scandir(path="."):
        if str(path).endswith("locked"):  # as a mode-000 folder answers (root reads through permissions)
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items, _ = _read(tmp_path)
    assert [d.id for d in items if isinstance(d, Document)] == ["open"]
    rej = _only_rejection(items)
    assert rej.origin == str(tmp_path / "locked") and "permission denied" in rej.reason
    assert "not read" in rej.reason


def test_empty_files_and_blank_only_jsonl_are_rejected_not_ignored(tmp_path):
    (tmp_path / "a.jsonl").write_bytes(b"")
    (tmp_path / "b.jsonl.gz").write_bytes(b"")
    (tmp_path / "c.jsonl").write_bytes(b"\n \n")
    (tmp_path / "d.jsonl.gz").write_bytes(gzip.compress(b""))
    items, _ = _read(tmp_path)
    assert len(items) == 4 and all(isinstance(i, Rejection) for i in items)


def test_published_in_other_forms_and_keys(tmp_path):
    path = _jsonl(tmp_path / "in.jsonl",
                  {"id": "a", "text": "x", "published": "\u0662\u0660\u0662\u0664-\u0660\u0666-\u0660\u0665"},
                  {"id": "b", "text": "x", "published": "June 5, 2024"},
                  {"id": "c", "text": "x", "date": "5 June 2024"},
                  {"id": "d", "text": "x", "published_at": "2024-06-05T08:00:00Z"},
                  {"id": "e", "text": "x", "published": 2024})
    items, reader = _read(path)
    assert [d.published for d in items] == ["2024-06-05"] * 4 + [None]
    assert [str(w) for w in reader.warnings] == [
        f"{path}:5: published is a JSON int (2024), not a date string; ignored"]


def test_json_files_hold_one_document_or_a_list(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"id": "o", "text": "One."}))
    (tmp_path / "many.json").write_text(json.dumps([{"id": "m1", "text": "A."}, {"id": "m2", "text": "B."}]))
    (tmp_path / "feed.ndjson").write_text(json.dumps({"id": "n", "text": "N."}) + "\n")
    items, _ = _read(tmp_path)
    assert sorted(d.id for d in items) == ["m1", "m2", "n", "o"]
    assert {d.id: d.origin for d in items}["m2"] == f"{tmp_path / 'many.json'}:2"


def test_long_documents_are_cut_at_a_paragraph_with_a_warning(tmp_path):
    from warscribe.inputs import Limits

    (tmp_path / "big.txt").write_text("First paragraph here.\n\nSecond one, longer than the rest.\n\nThird.")
    reader = InputReader(limits=Limits(max_document_chars=40))
    (doc,) = reader.read([str(tmp_path / "big.txt")])
    assert doc.text == "First paragraph here."
    assert "cut to 21 at a paragraph break" in str(reader.warnings[0])


def test_gzip_bomb_and_over_long_lines_are_rejected_without_reading_them_whole(tmp_path):
    from warscribe.inputs import Limits

    limits = Limits(max_record_bytes=1000, max_expansion=10, expansion_floor=10_000)
    with gzip.open(tmp_path / "bomb.jsonl.gz", "wb") as fh:
        fh.write((json.dumps({"id": "x", "text": "a"}) + "\n").encode() * 5000)
    (tmp_path / "long.jsonl").write_bytes(b'{"text": "' + b"a" * 5000 + b'"}\n{"id": "ok", "text": "fine"}\n')
    items = list(InputReader(limits=limits).read([str(tmp_path / "bomb.jsonl.gz"), str(tmp_path / "long.jsonl")]))
    reasons = [i.reason for i in items if isinstance(i, Rejection)]
    assert any("decompression bomb" in r for r in reasons) and any("longer than 1,000 bytes" in r for r in reasons)
    assert items[-1].id == "ok"


def test_closed_stdin_is_rejected():
    stream = io.BytesIO(b"")
    stream.close()
    items, _ = _read_stream(stream)
    assert _only_rejection(items).reason.startswith("standard input is closed")


def _read_stream(stream) -> tuple[list[Document | Rejection], InputReader]:
    reader = InputReader(stream)
    return list(reader.read(["-"])), reader
