"""Reads input files (JSONL, text, HTML, directories, stdin, gzipped) into Documents, rejecting bad input."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import re
import sys
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import IO, Any

from warscribe.model import Document, Rejection, Result, content_hash

JSONL_SUFFIXES = (".jsonl", ".ndjson")
JSON_SUFFIXES = (".json",)  # one object (or a list of objects) per file
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = JSONL_SUFFIXES + JSON_SUFFIXES + TEXT_SUFFIXES + HTML_SUFFIXES
STDIN = "-"
STDIN_NAME = "<stdin>"

# A file is binary (not text in a bad encoding) when it holds NUL bytes, or when this share of its
# characters are undecodable bytes or control characters that text never contains.
BINARY_SHARE = 0.10
BINARY_PROBE = 8192  # bytes of a JSONL file looked at for NULs before reading it line by line
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Other spellings of `published` that scrapers write; `published` wins when several are given.
PUBLISHED_KEYS = ("published", "published_at", "date")
_METADATA_KEYS = ("id", "title", "url", "source")


@cache
def _digits() -> dict[int, str]:
    """Every non-ASCII decimal digit (Arabic-Indic, Persian, Devanagari...) -> its ASCII digit, for str.translate
    (made at first use: scanning 65,000 characters would slow every command's start, `--help` included)."""
    return {c: str(d) for c in range(0x80, 0x10000) if (d := unicodedata.decimal(chr(c), None)) is not None}


@dataclass(frozen=True)
class Limits:
    """What one input may cost: larger documents are cut (with a warning), larger records rejected.

    max_document_chars: text beyond this is cut at the last paragraph break before it (warned).
    max_record_bytes: a JSONL line, or a .json/.txt/.html file, larger than this is rejected unread.
    max_expansion: a gzip file may expand to this many times its compressed size (plus `expansion_floor`)
    before the rest of it is rejected as a decompression bomb.
    """

    max_document_chars: int = 200_000
    max_record_bytes: int = 32 * 1024 * 1024
    max_expansion: int = 100
    expansion_floor: int = 64 * 1024 * 1024


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


@dataclass(frozen=True)
class FeedSource:
    """An RSS or Atom feed among the sources of `InputReader.read`: a file or an http(s) URL."""

    location: str


Items = Iterator[Document | Rejection]


class InputReader:
    """Turns input paths into a stream of Documents and Rejections; never raises for bad input.

    Warnings (non-UTF-8 bytes replaced, an unreadable `published` dropped) collect in `warnings` until
    taken with `pop_warnings`. Repeated inputs (same id, same text) are skipped and counted in `duplicates`;
    the same id with different text is rejected.
    """

    def __init__(self, stdin: IO[bytes] | None = None, limits: Limits | None = None,
                 default_published: str | None = None) -> None:
        self.stdin = stdin
        self.limits = limits or Limits()
        # The publication date of inputs that carry none (a folder of .txt files has no other way to say it).
        self.default_published = default_published
        self.warnings: list[InputWarning] = []
        self.duplicates = 0
        self.repeats: list[str] = []  # where each repeated input was, until taken with pop_repeats
        self._seen: dict[str, str] = {}  # document id -> short hash of the first text seen under it
        # Filters over what is read, in order (the incremental ingest leaves out inputs stored unchanged).
        self.filters: list[Callable[[Items], Items]] = []

    def pop_repeats(self) -> list[str]:
        taken, self.repeats = self.repeats, []
        return taken

    def pop_warnings(self) -> list[InputWarning]:
        taken, self.warnings = self.warnings, []
        return taken

    def drop_warnings_of(self, doc: Document) -> None:
        """Forget the pending warnings about one document's input (one left out: they were reported and
        stored when it was first read)."""
        self.warnings = [w for w in self.warnings if where(w.origin, w.line) != doc.origin]

    def read(self, sources: Iterable[str | Path | FeedSource]) -> Iterator[Document | Rejection]:
        items: Items = self._read_all(sources)
        for keep in self.filters:
            items = keep(items)
        yield from items

    def _read_all(self, sources: Iterable[str | Path | FeedSource]) -> Items:
        for source in sources:
            for item in self._read_source(source):
                if item is not None:
                    yield item

    def _read_source(self, source: str | Path | FeedSource) -> Iterator[Document | Rejection | None]:
        if isinstance(source, FeedSource):
            from warscribe.feeds import read_feed

            yield from read_feed(source.location, self)
            return
        if str(source) == STDIN:
            yield from self._read_stdin()
            return
        path = Path(source)
        try:
            is_dir = path.is_dir()
            exists = is_dir or path.exists()
        except OSError as exc:  # a name too long, a loop of links
            yield Rejection(display(path), f"cannot read: {_os_reason(exc)}")
            return
        if is_dir:
            yield from self._read_directory(path)
        elif exists:
            yield from self._read_file(path)
        else:
            yield Rejection(display(path), "no such file or directory")

    def _read_stdin(self) -> Iterator[Document | Rejection | None]:
        stream = self.stdin
        if stream is None:
            stream = getattr(sys.stdin, "buffer", None) if sys.stdin is not None else None
        if stream is None or getattr(stream, "closed", False):
            yield Rejection(STDIN_NAME, "standard input is closed; nothing to read")
            return
        yield from self._read_jsonl_lines(stream, STDIN_NAME)

    def _read_directory(self, root: Path) -> Iterator[Document | Rejection | None]:
        """Every supported file under `root`, sorted; a folder that cannot be entered is rejected, not lost."""
        found = False
        for item in _walk(root):
            if isinstance(item, Rejection):
                yield item
                continue
            found = True
            yield from self._read_file(item)
        if not found:
            yield Rejection(display(root), "directory holds no .jsonl, .ndjson, .json, .txt, .html or .htm files")

    def _read_file(self, path: Path) -> Iterator[Document | Rejection | None]:
        suffix, gz = compression(path)
        origin = display(path)
        if suffix not in SUFFIXES:
            yield Rejection(origin, f"unsupported file type {suffix or '(none)'!r}: expected one of "
                                    f"{', '.join(SUFFIXES)}, optionally gzipped (.gz)")
            return
        try:
            if path.stat().st_size == 0:
                yield Rejection(origin, "empty file (0 bytes)")
                return
            if suffix in JSONL_SUFFIXES:
                with self._open(path, gz) as stream:
                    # One rejection for a binary file, not one per "line" of it.
                    if b"\x00" in stream.peek_probe():
                        yield Rejection(origin, "binary data (NUL bytes), not JSONL text")
                        return
                    yield from self._read_jsonl_lines(stream, origin)
                return
            with self._open(path, gz) as stream:
                raw = stream.read_record()
        except (OSError, EOFError, zlib.error) as exc:
            yield Rejection(origin, f"cannot read file: {_os_reason(exc)}")
            return
        except _TooLarge as exc:
            yield Rejection(origin, str(exc))
            return
        if suffix in JSON_SUFFIXES:
            yield from self._json_file(raw, origin)
        else:
            yield self._whole_file(raw, path, suffix)

    def _open(self, path: Path, gz: bool) -> _Bounded:
        return _Bounded(path, gz, self.limits)

    def _whole_file(self, raw: bytes, path: Path, suffix: str) -> Document | Rejection | None:
        origin = display(path)
        if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raw = raw.decode("utf-16", errors="replace").encode("utf-8")  # Windows "Unicode" text files
        text, problem = self._decode(raw, origin, None)
        if problem:
            return Rejection(origin, problem)
        key = "html" if suffix in HTML_SUFFIXES else "text"
        stem = _clean(_stem(path))
        if not text.strip():
            return Rejection(origin, "empty document (no text)", doc_id=stem)
        if _SURROGATE.search(text):
            return Rejection(origin, "text holds unpaired surrogate code points (not valid Unicode)", doc_id=stem)
        doc = Document.from_input({"id": stem, key: text, "published": self.default_published}, origin=origin)
        self._cut(doc, origin, None)
        return self._admit(doc, origin, None)

    def _read_jsonl_lines(self, stream: IO[bytes] | _Bounded, origin: str) -> Iterator[Document | Rejection | None]:
        lines = stream.lines() if isinstance(stream, _Bounded) else _lines(stream, self.limits.max_record_bytes)
        records = 0
        try:
            for number, raw in lines:
                if raw is None:
                    records += 1
                    yield Rejection(origin, f"line longer than {self.limits.max_record_bytes:,} bytes; not read",
                                    line=number)
                    continue
                if not raw.strip():
                    continue  # blank lines separate nothing and carry no document
                records += 1
                yield self._jsonl_line(raw, origin, number)
        except (OSError, EOFError, zlib.error) as exc:
            records += 1
            yield Rejection(origin, f"cannot read: {_os_reason(exc)}")
        except _TooLarge as exc:
            records += 1
            yield Rejection(origin, str(exc))
        if not records:
            yield Rejection(origin, "no documents (only blank lines)")

    def _jsonl_line(self, raw: bytes, origin: str, number: int) -> Document | Rejection | None:
        text, problem = self._decode(raw, origin, number)
        if problem:
            return Rejection(origin, problem, line=number)
        data, problem = _parse_json(text)
        if problem:
            return Rejection(origin, problem, line=number)
        if not isinstance(data, dict):
            return Rejection(origin, f"line is a JSON {type(data).__name__}, not an object", line=number)
        return self._record(data, origin, number)

    def _json_file(self, raw: bytes, origin: str) -> Iterator[Document | Rejection | None]:
        """A .json file: one object (a document), or a list of objects (numbered from 1 like lines)."""
        text, problem = self._decode(raw, origin, None)
        data, problem = (None, problem) if problem else _parse_json(text)
        if problem:
            yield Rejection(origin, problem)
            return
        if isinstance(data, dict):
            yield self._record(data, origin, None)
            return
        if not isinstance(data, list):
            yield Rejection(origin, f"file holds a JSON {type(data).__name__}, not an object or a list of them")
            return
        if not data:
            yield Rejection(origin, "no documents (an empty JSON list)")
        for number, item in enumerate(data, 1):
            if isinstance(item, dict):
                yield self._record(item, origin, number)
            else:
                yield Rejection(origin, f"item is a JSON {type(item).__name__}, not an object", line=number)

    def record(self, data: dict[str, Any], origin: str, number: int | None = None) -> Document | Rejection | None:
        """A document from one input-contract object (from any source: a feed entry), or why it cannot be one;
        None for a repeat of an earlier input."""
        return self._record(data, origin, number)

    def _record(self, data: dict[str, Any], origin: str, number: int | None) -> Document | Rejection | None:
        """A document from one input-contract object, or why it cannot be one."""
        raw_id = data.get("id")
        problem = _record_problem(data)
        if problem:
            return Rejection(origin, problem, doc_id=None if raw_id is None else _clean(str(raw_id)), line=number)
        data = self._tidy_metadata(data, origin, number)
        doc = Document.from_input(data, origin=where(origin, number))
        self._check_published(doc, origin, number)
        self._cut(doc, origin, number)
        return self._admit(doc, origin, number)

    def _tidy_metadata(self, data: dict[str, Any], origin: str, line: int | None) -> dict[str, Any]:
        """Metadata the store can hold: unpaired surrogates replaced (warned), other keys for `published`
        taken, a non-string `published` warned about."""
        data = dict(data)
        for key in _METADATA_KEYS:
            value = data.get(key)
            if isinstance(value, str) and _SURROGATE.search(value):
                data[key] = _clean(value)
                self.warnings.append(InputWarning(origin, f"{key!r} held unpaired surrogates; replaced with U+FFFD",
                                                  line=line))
        key = next((k for k in PUBLISHED_KEYS if data.get(k) not in (None, "")), None)
        value = data.get(key) if key else None
        data["published"] = self.default_published
        if isinstance(value, str):
            data["published"] = _clean(value)
        elif value is not None:
            self.warnings.append(InputWarning(
                origin, f"{key} is a JSON {type(value).__name__} ({_short(value)}), not a date string; ignored",
                line=line))
        return data

    def _cut(self, doc: Document, origin: str, line: int | None) -> None:
        """Cut a document longer than the limit at its last paragraph break before the limit (warned)."""
        limit = self.limits.max_document_chars
        for attr in ("text", "html"):
            value = getattr(doc, attr)
            if value and len(value) > limit:
                end = cut_point(value, limit)
                setattr(doc, attr, value[:end])
                self.warnings.append(InputWarning(
                    origin, f"{attr} of {len(value):,} characters cut to {end:,} at a paragraph break "
                            f"(the limit is {limit:,}; raise it with --max-chars)", doc.id, line))

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
        """Keep `published` only as a real YYYY-MM-DD date (a timestamp is cut to its date; other digits
        and written dates such as "June 5, 2024" are read), else warn."""
        if doc.published is None:
            return
        value = doc.published if doc.published.isascii() else doc.published.translate(_digits())
        match = _DATE.match(value)
        try:
            if match is None:
                from warscribe.cleaning.dates import parse_date  # the cleaning vocabulary: read when needed

                written = parse_date(value[:100])
                match = _DATE.match(written or "")
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
        digest = content_hash(doc.text or doc.html or "")[:16]  # 64 bits: enough to tell texts of one id apart
        first = self._seen.get(doc.id)
        if first is None:
            self._seen[doc.id] = digest
            return doc
        if first == digest:
            self.duplicates += 1
            self.repeats.append(f"{where(origin, line)}: repeat of document {doc.id!r} (same id, same text)")
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
    return _record_problem_text(text or html or "")


def _record_problem_text(text: str) -> str | None:
    if _SURROGATE.search(text):
        return "text holds unpaired surrogate code points (not valid Unicode)"
    return None


def _parse_json(text: str) -> tuple[Any, str | None]:
    """The value of a JSON text, or why it is not one (too deep nesting included)."""
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        return None, f"invalid JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}"
    except RecursionError:
        return None, "JSON nested too deeply to read"
    except ValueError as exc:  # a number too long to convert, say
        return None, f"invalid JSON: {exc}"


def _lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line of a stream; None instead of the bytes of a line over `limit`
    (which is skipped without holding it in memory)."""
    number = 0
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the long line in bounded pieces
                raw = stream.readline(1 << 20)
            yield number, None
            continue
        yield number, raw


class _TooLarge(Exception):
    """An input over one of the Limits."""


def open_binary(path: Path, gz: bool) -> IO[bytes]:
    """A plain (gunzipping) binary stream that can seek, for splitting a JSONL file into line ranges (the
    cluster runner); each line read from it still goes through `InputReader`'s per-line checks."""
    return gzip.open(path, "rb") if gz else open(path, "rb")


class _Bounded:
    """A file opened for reading (gunzipped on the fly) that refuses to expand past the decompression
    limit or to return a whole-file record over `max_record_bytes`."""

    def __init__(self, path: Path, gz: bool, limits: Limits) -> None:
        self.limits = limits
        self.gz = gz
        self._raw = open(path, "rb")  # noqa: SIM115 - closed in close()
        self._stream: IO[bytes] = gzip.GzipFile(fileobj=self._raw, mode="rb") if gz else self._raw
        size = os.fstat(self._raw.fileno()).st_size
        self.budget = size * limits.max_expansion + limits.expansion_floor if gz else None
        self.read_bytes = 0

    def __enter__(self) -> _Bounded:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stream.close()
        self._raw.close()

    def _count(self, data: bytes) -> bytes:
        self.read_bytes += len(data)
        if self.budget is not None and self.read_bytes > self.budget:
            raise _TooLarge(f"gzip data expands past {self.budget:,} bytes (a decompression bomb?); "
                            f"the rest is not read")
        return data

    def peek_probe(self) -> bytes:
        """The first bytes of the content, leaving the stream at its start."""
        probe = self._stream.read(BINARY_PROBE)
        self._stream.seek(0)
        return probe

    def readline(self, size: int = -1) -> bytes:
        return self._count(self._stream.readline(size))

    def lines(self) -> Iterator[tuple[int, bytes | None]]:
        return _lines(self, self.limits.max_record_bytes)  # type: ignore[arg-type]

    def read_record(self) -> bytes:
        limit = self.limits.max_record_bytes
        data = self._count(self._stream.read(limit + 1))
        if len(data) > limit:
            raise _TooLarge(f"file larger than {limit:,} bytes; not read (raise the limit to read it)")
        return data


def _walk(root: Path) -> Iterator[Path | Rejection]:
    """Supported files under root in sorted order (hidden names skipped), and a rejection for every
    folder that cannot be listed or entered."""
    problems: list[OSError] = []
    found: list[Path] = []
    for folder, dirs, files in os.walk(root, onerror=problems.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        base = Path(folder)
        for name in files:
            if name.startswith("."):
                continue
            path = base / name
            try:
                if is_supported(path) and path.is_file():
                    found.append(path)
            except OSError as exc:
                problems.append(exc)
    yield from sorted(found)
    for exc in problems:
        name = exc.filename if exc.filename is not None else root
        yield Rejection(display(Path(os.fsdecode(name))), f"cannot read folder: {_os_reason(exc)}; "
                                                         f"the documents in it are not read")


def display(path: Path | str) -> str:
    """A path as text that can be printed and stored: undecodable bytes of a file name shown as \\xNN,
    and the same file always spelled the same way (relative to the working folder when inside it)."""
    text = os.path.normpath(str(path))
    if os.path.isabs(text):
        try:
            rel = os.path.relpath(text)
            if not rel.startswith(".."):
                text = rel
        except ValueError:  # another drive on Windows
            pass
    return _clean(text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace"))


def cut_point(text: str, limit: int) -> int:
    """Where to cut `text` to at most `limit` characters: the last paragraph break, else line break, else
    sentence end in the second half of the limit, else the limit itself."""
    for sep in ("\n\n", "\n", ". "):
        at = text.rfind(sep, limit // 2, limit)
        if at != -1:
            return at + (1 if sep == ". " else 0)
    return limit


def _clean(text: str) -> str:
    """Text without unpaired surrogates (each replaced with U+FFFD), safe to encode as UTF-8."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


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
