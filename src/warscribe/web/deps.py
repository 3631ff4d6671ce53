"""What every route shares: the filters from the query string, a database connection, the site's settings."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from sqlalchemy import Connection

from warscribe.model import Event
from warscribe.store import Store
from warscribe.web import queries
from warscribe.web.queries import Filters

HERE = Path(__file__).resolve().parent
COOKIE = "warscribe_review"


def _filters(
    since: Annotated[str | None, Query(description="Events on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, Query(description="Events on or before this date (YYYY-MM-DD).")] = None,
    country: Annotated[str | None, Query(description="Country, exactly as stored.")] = None,
    admin1: Annotated[str | None, Query(description="First-level region, exactly as stored.")] = None,
    location: Annotated[str | None, Query(description="Part of the location name.")] = None,
    event_type: Annotated[str | None, Query(description="Event type, exactly as stored.")] = None,
    sub_event_type: Annotated[str | None, Query(description="Sub-event type, exactly as stored.")] = None,
    actor: Annotated[str | None, Query(description="Part of an actor's name (actor1, actor2, associates).")]
    = None,
    claim_status: Annotated[str | None, Query(description="Claim status, e.g. reported, claimed, disputed.")]
    = None,
    min_fatalities: Annotated[str | None, Query(pattern=r"^\d*$", description="At least this many fatalities.")]
    = None,
    q: Annotated[str | None, Query(max_length=200, description="Text in the notes or the source text.")] = None,
    reports: Annotated[Literal["first", "all", ""], Query(description="first: one row per event (first "
                                                                      "reports only); all: every report.")]
    = "first",
) -> Filters:
    return Filters.clean(since=since, until=until, country=country, admin1=admin1, location=location,
                         event_type=event_type, sub_event_type=sub_event_type, actor=actor,
                         claim_status=claim_status, min_fatalities=int(min_fatalities) if min_fatalities else None,
                         q=q, reports=reports or "first")


def _conn(request: Request) -> Iterator[Connection]:
    with request.app.state.site.store.engine.connect() as c:
        yield c


FilterDep = Annotated[Filters, Depends(_filters)]
Conn = Annotated[Connection, Depends(_conn)]


@dataclass
class Site:
    """The store behind the app and how it was started (review token, reviewer name, tile server)."""

    store: Store
    review_token: str | None = None
    reviewer: str = "analyst"
    tiles: str | None = None
    templates: Jinja2Templates = field(init=False)
    _cache: dict[str, Any] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        from warscribe.web import assets

        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        self.templates.env.globals.update(review=self.review_token is not None, tiles=self.tiles or "",
                                          vendor_missing=bool(assets.missing()))

    def token_ok(self, given: str) -> bool:
        return self.review_token is not None and hmac.compare_digest(given.encode(), self.review_token.encode())

    def signed_in(self, request: Request) -> bool:
        return self.token_ok(request.cookies.get(COOKIE, ""))

    def page(self, request: Request, name: str, **context: Any) -> HTMLResponse:
        return self.templates.TemplateResponse(request, name, {"signed_in": self.signed_in(request), **context})

    def choices(self, c: Connection) -> dict[str, list[str]]:
        """The filter form's lists cover the whole store: computed again only when the events change."""
        key = queries.mark(c)
        if self._cache.get("choices_key") != key:
            self._cache.update(choices_key=key, choices=queries.choices(c))
        return self._cache["choices"]


def event_or_404(c: Connection, event_id: str) -> Event:
    ev = queries.get_event(c, event_id)
    if ev is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return ev
