"""The web application behind `warscribe serve`: pages, review, downloads and the JSON API over one store."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.middleware.trustedhost import TrustedHostMiddleware
from fastapi.responses import Response

from warscribe.store import Store
from warscribe.web.api import add_api, add_files
from warscribe.web.deps import Site
from warscribe.web.pages import add_pages
from warscribe.web.review import add_review

LOOPBACK = ["127.0.0.1", "localhost", "::1", "[::1]"]


def _csp(tiles: str | None) -> str:
    """No inline script or style anywhere; images from here (and the tile server, when one is given)."""
    img = "'self' data:"
    if tiles:
        parts = urlsplit(tiles)
        host = parts.netloc.replace("{s}.", "*.")
        if parts.scheme in ("http", "https") and host and "{" not in host:
            img += f" {parts.scheme}://{host}"
    return ("default-src 'none'; script-src 'self'; style-src 'self'; img-src " + img + "; connect-src 'self'; "
            "font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


def create_app(store: Store, *, review_token: str | None = None, reviewer: str = "analyst",
               tiles: str | None = None, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The web app over `store`; read-only unless `review_token` is given (then decisions need that token).

    tiles: a tile server URL template for the map's base layer (default: offline country outlines).
    allowed_hosts: the Host names it answers to (serve on 127.0.0.1 passes the loopback names, so that a web
    page whose name is re-pointed at 127.0.0.1 cannot read the events); None answers any.
    """
    app = FastAPI(title="warscribe", version="1", docs_url=None, redoc_url=None,
                  description="Events coded by warscribe, with the evidence behind every field. Every list "
                              "endpoint takes the same filters as the pages.")
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    site = Site(store, review_token, reviewer, tiles)
    app.state.site = site
    csp = _csp(tiles)

    @app.middleware("http")
    async def _headers(request: Request, call_next: Callable) -> Response:
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = csp
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"  # other sites learn nothing; our forms keep their Origin
        response.headers["X-Frame-Options"] = "DENY"
        return response

    if review_token is not None:
        add_review(app, site)  # registered before the pages: /events/{id}/review must not read as an event id
    add_pages(app, site)
    add_api(app, site)
    add_files(app)
    return app
