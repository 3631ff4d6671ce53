"""The `explain` command: shows, sentence by sentence, why a text was coded as it was (rich tables)."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from warscribe.model import Document, Rejection
from warscribe.trace import DROPPED, MERGED, RELABELLED, TYPED

if TYPE_CHECKING:  # rich and the explanation are loaded by the command, not by every start of the CLI
    from rich.console import RenderableType
    from rich.text import Text

    from warscribe.explain import Explanation, SentenceExplanation

EXIT_BAD_INPUT = 1
REPORT_WIDTH = 160
_ACTION_STYLE = {DROPPED: "red", MERGED: "yellow", RELABELLED: "magenta", TYPED: "cyan"}


def _fail(message: str) -> typer.Exit:
    from rich.console import Console

    Console(stderr=True, highlight=False, soft_wrap=True).print(f"error: {message}", markup=False)
    return typer.Exit(EXIT_BAD_INPUT)


def _documents(source: str | None, db: str | None, published: str | None) -> list[Document]:
    """The documents to explain: a stored document (by id), every document of a file, or the text itself."""
    if db is not None:
        if source is None:
            raise _fail("--db needs a document id")
        from sqlalchemy.exc import SQLAlchemyError

        from warscribe.store import Store, StoreError, display_db, sqlite_path

        path = sqlite_path(db)
        if path is not None and not Path(path).expanduser().exists():
            raise _fail(f"{db}: no such database")
        try:
            with Store(db, read_only=True) as store:  # a path or a URL; only read
                stored = store.document(source)
        except (StoreError, SQLAlchemyError, ImportError) as exc:
            raise _fail(f"cannot open database {display_db(db)}: {exc}") from exc
        if stored is None:
            raise _fail(f"{display_db(db)}: no document with id {source!r}")
        # Re-coded from its text and metadata: the stored cleaning is redone, as the pipeline does.
        return [Document.from_input({"id": stored.id, "text": stored.text, "published": stored.published,
                                     "title": stored.title, "url": stored.url, "source": stored.source})]
    if source is None:
        raise _fail("give a text, a file or, with --db, a document id")
    if source == "-" or _is_file(source):
        from warscribe.inputs import InputReader, describe

        docs = []
        for item in InputReader().read([source]):
            if isinstance(item, Rejection):
                raise _fail(describe(item))
            docs.append(item)
        return docs
    return [Document.from_input({"id": "text", "text": source, "published": published})]


def _is_file(source: str) -> bool:
    """Whether the argument names a file or directory (a long text is no file name)."""
    if "\n" in source:
        return False
    try:
        return Path(source).exists()
    except OSError:  # a name too long for the file system: text
        return False


def explain_command(
    source: Annotated[str | None, typer.Argument(
        help="The text to explain, a file (.txt, .html, .jsonl: every document in it), '-' for JSONL on stdin, "
             "or with --db a document id.", show_default=False)] = None,
    db: Annotated[str | None, typer.Option("--db", metavar="FILE|URL",
                                           help="Explain the stored document with this id (a SQLite file or "
                                                "a SQLAlchemy URL).")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date (YYYY-MM-DD) of a text argument.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Write the explanation as JSON instead of tables.")] = False,
    all_sentences: Annotated[bool, typer.Option("--all", help="Also show sentences in which nothing was found.")]
    = False,
) -> None:
    """Show, sentence by sentence, the mentions found (actors, triggers, cues, counts, places), the draft event
    and why it was kept, typed, merged or dropped, with the data file line responsible.

    Example: warscribe explain "Gunmen killed 3 soldiers near Idlib on Monday." --published 2024-05-06
    """
    from warscribe.config import Config
    from warscribe.explain import explain
    from warscribe.pipeline import Pipeline

    if published is not None:
        try:
            date.fromisoformat(published)
        except ValueError:
            raise typer.BadParameter(f"{published!r} is not a YYYY-MM-DD date", param_hint="--published") from None

    pipeline = Pipeline(Config(trace=True, detect_near_duplicates=False))
    explanations = [explain(doc, pipeline) for doc in _documents(source, db, published)]
    if as_json:
        data = [e.to_dict() for e in explanations]
        sys.stdout.write(json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2) + "\n")
        return
    from rich.console import Console

    console = Console(highlight=False)
    if not console.is_terminal:
        console.width = REPORT_WIDTH  # a pipe or file has no width; keep the tables readable
    for e in explanations:
        console.print(view(e, all_sentences))


def view(e: Explanation, all_sentences: bool = False) -> RenderableType:
    """The explanation as rich renderables: a header, each sentence, then the events coded."""
    from rich.console import Group
    from rich.markup import escape
    from rich.text import Text

    head = f"[bold]document {escape(e.doc_id)}[/bold]: {e.status}"
    head += f" ({escape(e.reason)})" if e.reason else ""
    head += f"; language {e.language}" if e.language else ""
    head += f"; published {e.published}" if e.published else "; no publication date"
    parts: list[RenderableType] = [Text.from_markup(head)]
    parts += [_step(s) for s in e.steps]
    for s in e.sentences:
        if all_sentences or s.mentions or s.steps:
            parts.append(_sentence(s))
    parts.append(_events(e))
    return Group(*parts)


def _sentence(s: SentenceExplanation) -> RenderableType:
    from rich.console import Group
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    label = f"sentence {s.index + 1}" + (" (headline)" if s.headline else "")
    parts: list[RenderableType] = [Text(""), Text.from_markup(f"[bold]{label}[/bold] [{s.start}:{s.end}] "
                                                              f"{escape(s.text)}")]
    if s.mentions:
        table = Table(show_header=True, header_style="dim", box=None, padding=(0, 1))
        for name in ("found", "text", "reading", "data line"):
            table.add_column(name, overflow="fold")
        for m in s.mentions:
            table.add_row(m["kind"], m["text"], m["detail"], m["where"])
        parts.append(table)
    if s.draft is not None:
        d = s.draft
        actors = f"{d['actor1'] or '-'} → {d['actor2'] or '-'}"
        parts.append(Text(f"  draft: {d['event_type']} / {d['sub_event_type']} | {actors} | fatalities "
                          f"{d['fatalities']} | {d['claim_status']}"))
    parts += [_step(step) for step in s.steps]
    if s.events:
        parts.append(Text(f"  → event {', '.join(s.events)}", style="green"))
    return Group(*parts)


def _step(step) -> Text:
    from rich.text import Text

    text = Text("  ")
    text.append(step.action, style=_ACTION_STYLE.get(step.action, "green"))
    text.append(f" ({step.stage}): {step.why}")
    if step.where:
        text.append(f" ({step.where})", style="dim")
    return text


def _events(e: Explanation) -> RenderableType:
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    if not e.events:
        return Text("\nno event coded", style="bold")
    table = Table(title="Events coded", title_justify="left", header_style="bold")
    for name in ("id", "type / sub-event type", "actor 1", "actor 2", "place", "date", "fatalities"):
        table.add_column(name, overflow="fold")
    for ev in e.events:
        place = ", ".join(p for p in (ev.location, ev.admin1, ev.country) if p) or "-"
        table.add_row(ev.event_id, f"{ev.event_type} / {ev.sub_event_type}", ev.actor1 or "-", ev.actor2 or "-",
                      place, ev.event_date or "-", str(ev.fatalities))
    return Group(Text(""), table)


def register(app: typer.Typer) -> None:
    """Add `explain` to the main app."""
    app.command("explain")(explain_command)
