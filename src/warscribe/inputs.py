"""Reads input files (JSONL, text, HTML, directories, stdin, gzipped) into Documents, rejecting bad input."""

from __future__ import annotations

import codecs
import gzip
import json
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from warscribe.model import Document, Rejection, Result, content_hash

JSONL_SUFFIXES = (".jsonl", ".ndjson")
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = JSONL_SUFFIXES + TEXT_SUFFIXES + HTML_SUFFIXES
STDIN = "-"
STDIN_NAME = "<stdin>"

# A file is binary (not text in a bad encoding) when it holds NUL bytes, or when this share of its
# characters are undecodable bytes or control characters that text never contains.
BINARY_SHARE = 0.10
BINARY_PROBE = 8192  # bytes of a JSONL file looked at for NULs before reading it line by line
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@dataclass
class InputWarning:
    """Something wrong with an input that did not stop it being read (e.g. invalid UTF-8 replaced)."""

    origin: str
    reason: str
    doc_id: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        return f"{where(self.origin, self.line)}: {self.reason}"


def where(origin: str, line: int | None) -> str:
    """`file:line` (or just `file`) for messages."""
    return f"{origin}:{line}" if line is not None else origin


def describe(rejection: Rejection) -> str:
    """A one-line message for a rejection: `file:line: reason`."""
    return f"{where(rejection.origin, rejection.line)}: {rejection.reason}"


def split_origin(origin: str) -> tuple[str, int | None]:
    """'file.jsonl:12' -> ('file.jsonl', 12); 'file.txt' -> ('file.txt', None)."""
    head, _, tail = origin.rpartition(":")
    return (head, int(tail)) if head and tail.isdigit() else (origin, None)


def rejection_of(doc: Document) -> Rejection:
    """The rejection for a document a stage refused (status rejected), naming its file and line."""
    origin, line = split_origin(doc.origin or doc.id)
    return Rejection(origin, doc.reason or "rejected", doc_id=doc.id, line=line)


def compression(path: Path) -> tuple[str, bool]:
    """The content suffix of a path (lower case) and whether it is gzipped: a.jsonl.gz -> ('.jsonl', True)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        return (suffixes[-2] if len(suffixes) > 1 else ""), True
    return (suffixes[-1] if suffixes else ""), False


def is_supported(path: Path) -> bool:
    return compression(path)[0] in SUFFIXES


def _stem(path: Path) -> str:
    """The file name without its content and compression suffixes: a.txt.gz -> a."""
    name = path.name
    suffix, gz = compression(path)
    if gz:
        name = name[: -len(".gz")]
    return name[: -len(suffix)] if suffix and name.lower().endswith(suffix) else name


class InputReader:
    """Turns input paths into a stream of Documents and Rejections; never raises for bad input.

    Warnings (non-UTF-8 bytes replaced, an unreadable `published` dropped) collect in `warnings` until
    taken with `pop_warnings`. Repeated inputs (same id, same text) are skipped and counted in `duplicates`;
    the same id with different text is rejected.
    """

    def __init__(self, stdin: IO[bytes] | None = None) -> None:
        self.stdin = stdin
        self.warnings: list[InputWarning] = []
        self.duplicates = 0
        self._seen: dict[str, str] = {}  # document id -> hash of the first text seen under it

    def pop_warnings(self) -> list[InputWarning]:
        taken, self.warnings = self.warnings, []
        return taken

    def read(self, sources: Iterable[str | Path]) -> Iterator[Document | Rejection]:
        for source in sources:
            for item in self._read_source(source):
                if item is not None:
                    yield item

    def _read_source(self, source: str | Path) -> Iterator[Document | Rejection | None]:
        if str(source) == STDIN:
            stream = self.stdin if self.stdin is not None else sys.stdin.buffer
            yield from self._read_jsonl_lines(stream, STDIN_NAME)
            return
        path = Path(source)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and is_supported(p)
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not files:
                yield Rejection(str(path), "directory holds no .jsonl, .txt, .html or .htm files")
            for file in files:
                yield from self._read_file(file)
        elif path.exists():
            yield from self._read_file(path)
        else:
            yield Rejection(str(path), "no such file or directory")

    def _read_file(self, path: Path) -> Iterator[Document | Rejection | None]:
        suffix, gz = compression(path)
        origin = str(path)
        if suffix not in SUFFIXES:
            yield Rejection(origin, f"unsupported file type {suffix or '(none)'!r}: expected one of "
                                    f"{', '.join(SUFFIXES)}, optionally gzipped (.gz)")
            return
        try:
            if suffix in JSONL_SUFFIXES:
                with _open_binary(path, gz) as stream:
                    # One rejection for a binary file, not one per "line" of it.
                    if b"\x00" in stream.read(BINARY_PROBE):
                        yield Rejection(origin, "binary data (NUL bytes), not JSONL text")
                        return
                    stream.seek(0)
                    yield from self._read_jsonl_lines(stream, origin)
                return
            raw = _read_all(path, gz)
        except (OSError, EOFError, zlib.error) as exc:
            yield Rejection(origin, f"cannot read file: {_os_reason(exc)}")
            return
        yield self._whole_file(raw, path, suffix)

    def _whole_file(self, raw: bytes, path: Path, suffix: str) -> Document | Rejection | None:
        origin = str(path)
        if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raw = raw.decode("utf-16", errors="replace").encode("utf-8")  # Windows "Unicode" text files
        text, problem = self._decode(raw, origin, None)
        if problem:
            return Rejection(origin, problem)
        key = "html" if suffix in HTML_SUFFIXES else "text"
        if not text.strip():
            return Rejection(origin, "empty document (no text)", doc_id=_stem(path))
        return self._admit(Document.from_input({"id": _stem(path), key: text}, origin=origin), origin, None)

    def _read_jsonl_lines(self, stream: IO[bytes], origin: str) -> Iterator[Document | Rejection | None]:
        try:
            for number, raw in enumerate(stream, 1):
                if not raw.strip():
                    continue  # blank lines separate nothing and carry no document
                yield self._jsonl_line(raw, origin, number)
        except (OSError, EOFError, zlib.error) as exc:
            yield Rejection(origin, f"cannot read file: {_os_reason(exc)}")

    def _jsonl_line(self, raw: bytes, origin: str, number: int) -> Document | Rejection | None:
        text, problem = self._decode(raw, origin, number)
        if problem:
            return Rejection(origin, problem, line=number)
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            return Rejection(origin, f"invalid JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}", line=number)
        if not isinstance(data, dict):
            return Rejection(origin, f"line is a JSON {type(data).__name__}, not an object", line=number)
        problem = _record_problem(data)
        if problem:
            doc_id = data.get("id")
            return Rejection(origin, problem, doc_id=None if doc_id is None else str(doc_id), line=number)
        doc = Document.from_input(data, origin=where(origin, number))
        self._check_published(doc, origin, number)
        return self._admit(doc, origin, number)

    def _decode(self, raw: bytes, origin: str, line: int | None) -> tuple[str, str | None]:
        """The text of some bytes, or why they are binary; invalid UTF-8 is replaced and warned about."""
        if b"\x00" in raw:
            return "", "binary data (NUL bytes), not text"
        try:
            return raw.decode("utf-8-sig"), None
        except UnicodeDecodeError:
            text = raw.decode("utf-8-sig", errors="replace")
        bad = text.count("\ufffd") + len(_CONTROL.findall(text))
        if bad > BINARY_SHARE * max(len(text), 1):
            return "", "binary data (mostly undecodable bytes), not text"
        self.warnings.append(InputWarning(origin, "invalid UTF-8 bytes replaced with U+FFFD", line=line))
        return text, None

    def _check_published(self, doc: Document, origin: str, line: int | None) -> None:
        """Keep `published` only as a real YYYY-MM-DD date (a timestamp is cut to its date), else warn."""
        if doc.published is None:
            return
        match = _DATE.match(doc.published)
        try:
            if match is None:
                raise ValueError
            date(*(int(g) for g in match.groups()))
            doc.published = match.group(0)
        except ValueError:
            self.warnings.append(InputWarning(
                origin, f"published {doc.published!r} is not a YYYY-MM-DD date; ignored", doc.id, line))
            doc.published = None
            doc.given.pop("published", None)

    def _admit(self, doc: Document, origin: str, line: int | None) -> Document | Rejection | None:
        """The document; None for a repeat of an earlier input; a rejection if its id had other text."""
        digest = content_hash(doc.text or doc.html or "")
        first = self._seen.get(doc.id)
        if first is None:
            self._seen[doc.id] = digest
            return doc
        if first == digest:
            self.duplicates += 1
            return None
        return Rejection(origin, f"duplicate id {doc.id!r} with different text (the first one is kept)",
                         doc_id=doc.id, line=line)


def _record_problem(data: dict[str, Any]) -> str | None:
    """Why a JSONL record cannot be a document, or None."""
    text, html = data.get("text"), data.get("html")
    if text is None and html is None:
        return "record has no 'text' or 'html' field"
    for key, value in (("text", text), ("html", html)):
        if value is not None and not isinstance(value, str):
            return f"'{key}' is a {type(value).__name__}, not a string"
    if not (text or "").strip() and not (html or "").strip():
        return "empty document (text/html is blank)"
    return None


def _open_binary(path: Path, gz: bool) -> IO[bytes]:
    return gzip.open(path, "rb") if gz else open(path, "rb")


def _read_all(path: Path, gz: bool) -> bytes:
    with _open_binary(path, gz) as stream:
        return stream.read()


def _os_reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    if isinstance(exc, (gzip.BadGzipFile, zlib.error, EOFError)):
        return f"corrupt gzip data ({exc})"
    return str(exc) or type(exc).__name__


def read_inputs(sources: Iterable[str | Path],
                stdin: IO[bytes] | None = None) -> Iterator[Document | Rejection]:
    """Documents and rejections from input paths (warnings discarded: use InputReader to see them)."""
    return InputReader(stdin).read(sources)


def with_warnings(results: Iterable[Result], reader: InputReader) -> Iterator[Result]:
    """Attach the reader's pending warnings to each result as it passes (the reader runs just ahead)."""
    for result in results:
        result.warnings.extend(str(w) for w in reader.pop_warnings())
        yield result
