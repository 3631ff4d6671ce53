"""The HTML pages: events (map, timeline, filters, facets, list), one event, one document, the API's index."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from warscribe import reviews
from warscribe.model import Event
from warscribe.web import queries
from warscribe.web.deps import Conn, FilterDep, Site, event_or_404
from warscribe.web.render import removed_share, segments

_HIDDEN = {"draft", "evidence"}


def add_pages(app: FastAPI, site: Site) -> None:
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(request: Request, f: FilterDep, c: Conn, sort: str = "date", order: str = "desc",
              page_no: Annotated[int, Query(alias="page", ge=1)] = 1) -> HTMLResponse:
        facets = queries.facets(c, f)
        listing = queries.list_events(c, f, sort, order != "asc", page_no, total=facets["total"])
        decided = reviews.latest(site.store, [e["event_id"] for e in listing["events"]])
        for e in listing["events"]:
            e["review"] = decided[e["event_id"]].decision if e["event_id"] in decided else None
        return site.page(request, "index.html", f=f, listing=listing, facets=facets,
                         choices=site.choices(c), sorts=list(queries.SORTS))

    @app.get("/events/{event_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def event_page(request: Request, event_id: str, c: Conn) -> HTMLResponse:
        ev = event_or_404(c, event_id)
        doc = queries.document_row(c, ev.doc_id)
        reports = queries.reports_of(c, ev)
        docs = {r.doc_id: queries.document_row(c, r.doc_id) for r in reports}
        segs = segments(doc["text"], doc["kept"], ev.evidence) if doc else []
        history = reviews.history(site.store, ev.event_id)
        return site.page(request, "event.html", ev=ev, doc=doc, segs=segs, fields=_fields(ev), reports=reports,
                         docs=docs, differ=queries.disagreements(reports), compared=queries.COMPARED,
                         history=history, changed=history[-1].changed(ev) if history else [],
                         correctable=list(reviews.CORRECTABLE), reviewer=site.reviewer)

    @app.get("/documents/{doc_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, doc_id: str, c: Conn) -> HTMLResponse:
        doc = queries.document_row(c, doc_id)
        if doc is None:
            raise HTTPException(404, f"no document {doc_id!r}")
        return site.page(request, "document.html", doc=doc, segs=segments(doc["text"], doc["kept"]),
                         removed=removed_share(doc["text"], doc["kept"]),
                         events=queries.events_of_document(c, doc_id))

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_page(request: Request) -> HTMLResponse:
        return site.page(request, "api.html", schema=app.openapi())


def _fields(ev: Event) -> list[dict[str, Any]]:
    """Each field with its value and the numbers of the evidence spans behind it (spans of other names after)."""
    data = ev.to_dict()
    by_field: dict[str, list[int]] = {}
    for i, span in enumerate(ev.evidence):
        by_field.setdefault(span.field, []).append(i)
    rows = [{"name": k, "value": _display(v), "marks": by_field.pop(k, [])}
            for k, v in data.items() if k not in _HIDDEN]
    rows += [{"name": k, "value": "", "marks": v} for k, v in by_field.items()]
    return rows


def _display(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value)
