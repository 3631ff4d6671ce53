"""Review routes (only with `serve --review`): sign in with the token, then confirm, reject or correct events."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import parse_qs, quote, urlsplit

from fastapi import FastAPI, Header, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import BaseModel, Field

from warscribe import reviews
from warscribe.web.deps import COOKIE, Site, event_or_404


class ReviewIn(BaseModel):
    """A decision on an event: confirmed, rejected, or corrected with the corrected fields' values."""

    decision: Literal["confirmed", "rejected", "corrected"]
    reviewer: str = Field(min_length=1, max_length=200)
    corrections: dict[str, Any] = Field(default_factory=dict)
    note: str | None = Field(default=None, max_length=5000)


def _same_origin(request: Request) -> None:
    """Forms post only from this site's own pages (the cookie is SameSite=Strict as well)."""
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        raise HTTPException(403, "cross-site request refused")
    origin = request.headers.get("origin")
    if origin and urlsplit(origin).netloc != request.headers.get("host"):
        raise HTTPException(403, "cross-site request refused")


async def _form(request: Request) -> dict[str, str]:
    body = (await request.body()).decode("utf-8", "replace")
    return {k: v[-1] for k, v in parse_qs(body, keep_blank_values=True).items()}


def _shown(value: Any) -> str:
    return "" if value is None else str(value)


def add_review(app: FastAPI, site: Site) -> None:
    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_page(request: Request) -> HTMLResponse:
        return site.page(request, "login.html", failed=False)

    @app.post("/login", include_in_schema=False, response_model=None)
    async def login(request: Request) -> Response:
        _same_origin(request)
        token = (await _form(request)).get("token", "")
        if not site.token_ok(token):
            response = site.page(request, "login.html", failed=True)
            response.status_code = 403
            return response
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(COOKIE, token, httponly=True, samesite="strict")
        return response

    @app.post("/events/{event_id:path}/review", include_in_schema=False, response_model=None)
    async def review_form(request: Request, event_id: str) -> Response:
        _same_origin(request)
        if not site.signed_in(request):
            raise HTTPException(403, "sign in with the review token first")
        data = await _form(request)
        decision = data.get("decision", "")
        corrections = {}
        if decision == reviews.CORRECTED:
            with site.store.engine.connect() as c:
                ev = event_or_404(c, event_id)
            # Only the fields the analyst changed are corrections; the form shows every one.
            for name in reviews.CORRECTABLE:
                value = data.get(f"fix_{name}")
                if value is not None and value.strip() != _shown(getattr(ev, name)):
                    corrections[name] = value
        try:
            reviews.record(site.store, event_id, decision, data.get("reviewer", ""), corrections, data.get("note"))
        except reviews.ReviewError as exc:
            raise HTTPException(400, str(exc)) from exc
        return RedirectResponse(f"/events/{quote(event_id, safe='')}#review", status_code=303)

    @app.post("/api/events/{event_id:path}/review", tags=["review"], status_code=201)
    def review_api(event_id: str, body: ReviewIn,
                   authorization: Annotated[str | None, Header(description="Bearer <review token>")] = None
                   ) -> dict[str, Any]:
        """Record a decision (needs `serve --review` and `Authorization: Bearer <token>`)."""
        if not site.token_ok((authorization or "").removeprefix("Bearer ").strip()):
            raise HTTPException(403, "a valid review token is needed")
        try:
            return reviews.record(site.store, event_id, body.decision, body.reviewer, body.corrections,
                                  body.note).to_dict()
        except reviews.ReviewError as exc:
            raise HTTPException(400, str(exc)) from exc
