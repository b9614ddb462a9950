"""The ASGI app of ``kroscek serve``: story list, story, article, outlet, search, compare.

Every HTML page has a JSON twin at the same path plus ``.json`` built from the same
library call (``Corpus`` methods and ``to_dict()``), so what a script reads is what a
person sees. The corpus is opened read-only; the compare form renders its report without
writing anything.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates

from kroscek import __version__
from kroscek.errors import (
    InputError,
    KroscekError,
    NotEnoughArticlesError,
    StoreError,
    UsageError,
)
from kroscek.settings import DEFAULT, Settings
from kroscek.store.corpus import STORY_SORTS
from kroscek.store.queries import (
    SEARCH_COUNT_CAP,
    canonical_outlet,
    close_story_ids,
    copy_only_sources,
    latest_day,
    minus_word,
    new_since,
    outlet_names,
    report_coverage,
    report_scope,
    search_count,
    story_document,
    story_record,
    story_titles,
)
from kroscek.store.times import in_wib, zone_suffix
from kroscek.web import compareform, i18n, reportview
from kroscek.web.assets import asset_version, assets
from kroscek.web.db import CorpusPool
from kroscek.web.errors import PageError
from kroscek.web.highlight import Mark, highlight, safe_href, snippet_html
from kroscek.web.security import HostCheck, SecurityHeaders

if TYPE_CHECKING:
    from kroscek.data import Article, Report
    from kroscek.store.models import ArticleRef

PAGE_SIZE = 20
MAX_PAGE = 100_000
MAX_QUERY_CHARS = 300
MAX_OUTLET_CHOICES = 1000
_LANG_CODE = re.compile(r"^[a-z]{2,3}$")
_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,128}$")


def create_app(
    db_path: str | os.PathLike[str],
    *,
    settings: Settings = DEFAULT,
    allowed_hosts: Sequence[str] | None = None,
    check: bool = True,
    max_live_compare: int = 30,
) -> Starlette:
    """The web app over the corpus at ``db_path``, opened read-only.

    With ``check`` (the default) the corpus is opened once here, so a missing file or one
    of another schema version raises ``StoreError`` at start-up, not on the first request.
    ``allowed_hosts`` (``kroscek serve`` passes the loopback names when bound to loopback)
    makes the app refuse other Host headers, which defeats DNS rebinding. A story whose
    report the store has not cached is compared on request only when its report compares
    at most ``max_live_compare`` articles (one per outlet, at most
    ``Settings.story_report_max_articles``, 12: so by default every story is).
    """
    pool = CorpusPool(db_path, max_live_compare=max_live_compare)
    if check:
        pool.check()
    env = Environment(
        loader=PackageLoader("kroscek.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["href"] = safe_href
    env.filters["snippet"] = snippet_html
    env.filters["urlpart"] = lambda value: quote(str(value), safe="")
    env.filters["value"] = _fact_value
    env.filters["zone"] = zone_suffix
    env.filters["in_wib"] = in_wib
    env.globals["version"] = __version__
    env.globals["warning_lines"] = _warning_lines
    env.globals["asset_v"] = asset_version()
    templates = Jinja2Templates(env=env)

    middleware = [Middleware(SecurityHeaders)]
    if allowed_hosts:
        middleware.append(Middleware(HostCheck, allowed=list(allowed_hosts)))
    app = Starlette(
        routes=_routes(),
        middleware=middleware,
        exception_handlers={
            HTTPException: _http_error,
            KroscekError: _kroscek_error,
            Exception: _server_error,
        },
        lifespan=_lifespan(pool),
    )
    app.state.pool = pool
    app.state.db_name = os.path.basename(os.fspath(db_path))  # shown, never the full path
    app.state.settings = settings
    app.state.templates = templates
    return app


def _warning_lines(report: Report) -> list[str]:
    """The report's first warnings and a line counting the rest (``warning_lines``)."""
    from kroscek.report._common import ui_lang, warning_lines

    return warning_lines(report, ui_lang(report))


def _fact_value(value: object) -> str:
    """A fact's value as a reader writes it: ``12`` rather than ``12.0``."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _lifespan(pool: CorpusPool) -> Callable[[Starlette], AbstractAsyncContextManager[None]]:
    """Close every worker thread's corpus connection when the server stops."""

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            pool.close()

    return lifespan


def _routes() -> list[Route]:
    # JSON twins come first: "/stories/{id}" would otherwise also match "x.json".
    return [
        Route("/", stories_page, methods=["GET", "HEAD"]),
        Route("/index.json", stories_json, methods=["GET", "HEAD"]),
        Route("/index.csv", stories_csv, methods=["GET", "HEAD"]),
        Route("/.json", stories_json, methods=["GET", "HEAD"]),
        Route("/stories/{story_id}.json", story_json, methods=["GET", "HEAD"]),
        Route("/stories/{story_id}.csv", story_csv, methods=["GET", "HEAD"]),
        Route("/stories/{story_id}", story_page, methods=["GET", "HEAD"]),
        Route("/articles/{article_id}.json", article_json, methods=["GET", "HEAD"]),
        Route("/articles/{article_id}", article_page, methods=["GET", "HEAD"]),
        Route("/outlets.json", outlets_json, methods=["GET", "HEAD"]),
        Route("/outlets", outlets_page, methods=["GET", "HEAD"]),
        Route("/outlets/{name:path}.json", outlet_json, methods=["GET", "HEAD"]),
        Route("/outlets/{name:path}", outlet_page, methods=["GET", "HEAD"]),
        Route("/search.json", search_json, methods=["GET", "HEAD"]),
        Route("/search.csv", search_csv, methods=["GET", "HEAD"]),
        Route("/search", search_page, methods=["GET", "HEAD"]),
        Route("/compare.json", compare_json, methods=["POST"]),
        Route("/compare", compare_page, methods=["GET", "HEAD", "POST"]),
        Route("/static/{name}", static_file, methods=["GET", "HEAD"]),
        Route("/healthz", healthz, methods=["GET", "HEAD"]),
        # `kroscek story ID` on the command line makes /story/ID a natural guess
        Route("/{kind:str}/{rest:path}", singular_alias, methods=["GET", "HEAD"]),
    ]


SINGULAR = {"story": "stories", "article": "articles", "outlet": "outlets"}


async def singular_alias(request: Request) -> Response:
    """/story/ID, /article/ID, /outlet/NAME: redirect to the page's real (plural) address,
    query and all, rather than a bare 404; any other address is still a 404."""
    kind = request.path_params["kind"]
    if kind not in SINGULAR:
        raise HTTPException(status_code=404)
    from starlette.responses import RedirectResponse

    target = f"/{SINGULAR[kind]}/{quote(request.path_params['rest'], safe='/')}"
    if request.url.query:
        target += f"?{request.url.query}"
    return RedirectResponse(target, status_code=308)


# --------------------------------------------------------------------------- helpers


def _pool(request: Request) -> CorpusPool:
    return request.app.state.pool


def _db_name(request: Request) -> str:
    """The corpus file's name (not its path) for the empty-corpus advice."""
    return str(request.app.state.db_name)


def _ui_lang(request: Request) -> str:
    return i18n.choose_lang(
        request.query_params.get("lang"),
        request.cookies.get(i18n.COOKIE),
        request.headers.get("accept-language"),
    )


def _url_with(request: Request, **changes: str | None) -> str:
    """The current path with some query parameters replaced (None removes one)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in changes]
    params.extend((k, v) for k, v in changes.items() if v is not None)
    # the path as the browser sent it: request.url.path is decoded, and an outlet called
    # "A#B" or "Detak Kota" must not become a broken or space-holding link
    raw = request.scope.get("raw_path")
    path = raw.decode("latin-1") if raw else quote(request.url.path, safe="/")
    # "//host/x" would be a link to another site (a 404 page still offers the switch)
    path = "/" + path.lstrip("/")
    return path + ("?" + urlencode(params) if params else "")


def render(
    request: Request, template: str, context: dict[str, Any], status_code: int = 200
) -> Response:
    lang = _ui_lang(request)
    other = "en" if lang == "id" else "id"
    json_path = context.pop("json_path", None)
    csv_path = context.pop("csv_path", None)
    full = {
        "lang": lang,
        "t": i18n.translator(lang),
        "lang_url": _url_with(request, lang=other),
        "json_url": json_path,
        "csv_url": csv_path,
        "path": request.url.path,
        **context,
    }
    response = request.app.state.templates.TemplateResponse(
        request, template, full, status_code=status_code
    )
    response.headers["vary"] = "Accept-Language, Cookie"
    query_lang = request.query_params.get("lang")
    if query_lang in i18n.LANGS and request.cookies.get(i18n.COOKIE) != query_lang:
        response.set_cookie(
            i18n.COOKIE, query_lang, max_age=365 * 24 * 3600, httponly=True, samesite="lax"
        )
    return response


def _json(data: Any, status_code: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status_code)


def _csv(text: str, filename: str) -> Response:
    """A CSV download. The byte-order mark makes Excel read it as UTF-8 (the quotes and
    «» of Indonesian outlets), which Python's csv (utf-8-sig), pandas and LibreOffice skip."""
    safe = re.sub(r"[^A-Za-z0-9_.-]", "_", filename)
    return Response(
        "\ufeff" + text,
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="{safe}"'},
    )


def _bad(message: str, key: str, **values: object) -> PageError:
    return PageError(400, message, key, **values)


def _not_found(message: str, key: str, **values: object) -> PageError:
    return PageError(404, message, key, **values)


def _query(request: Request, name: str, *, max_chars: int = 200) -> str | None:
    values = request.query_params.getlist(name)
    if len(values) > 1:
        raise _bad(
            f"query parameter {name!r} given {len(values)} times; give it once",
            "err_repeated",
            name=name,
            n=len(values),
        )
    if not values or values[0].strip() == "":
        return None
    value = values[0].strip()
    if len(value) > max_chars:
        raise _bad(
            f"query parameter {name!r} is longer than {max_chars} characters",
            "err_too_long",
            name=name,
            max=max_chars,
        )
    if "\x00" in value:
        raise _bad(f"query parameter {name!r} holds a NUL character", "err_nul", name=name)
    return value


def _query_date(request: Request, name: str) -> date | None:
    value = _query(request, name, max_chars=10)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _bad(
            f"query parameter {name!r} must be a date like 2023-11-16, not {value!r}",
            "err_date",
            name=name,
            value=value,
        ) from None


def _query_int(request: Request, name: str, default: int, low: int, high: int) -> int:
    value = _query(request, name, max_chars=12)
    if value is None:
        return default
    if not (value.isascii() and value.isdigit()) or not low <= int(value) <= high:
        raise _bad(
            f"query parameter {name!r} must be a whole number from {low} to {high}",
            "err_int",
            name=name,
            low=low,
            high=high,
        )
    return int(value)


def _check_id(value: str, what: str) -> str:
    if not _ID.match(value):
        raise _not_found(f"{what} {value!r} not found", "nf_" + what, id=value)
    return value


# --------------------------------------------------------------------------- story list


def _day_span(request: Request) -> tuple[date | None, date | None]:
    """The ``since`` and ``until`` days of the story list's and the search's filters."""
    since = _query_date(request, "since")
    until = _query_date(request, "until")
    if since and until and since > until:
        raise _bad("'since' is after 'until'; swap the two dates", "err_since_until")
    return since, until


def _story_filters(request: Request) -> dict[str, Any]:
    since, until = _day_span(request)
    article_lang = _query(request, "article_lang", max_chars=3)
    if article_lang is not None and not _LANG_CODE.match(article_lang):
        raise _bad(
            "query parameter 'article_lang' must be a language code like id or en", "err_lang"
        )
    outlet = _query(request, "outlet")
    if outlet is not None:  # "kabar nusa" finds Kabar Nusa's stories
        outlet = canonical_outlet(_pool(request).get(), outlet)
    return {
        "since": since,
        "until": until,
        "outlet": outlet,
        "lang": article_lang,
        "min_sources": _query_int(request, "min_sources", 1, 1, 1000),
    }


def _story_sort(request: Request) -> str:
    value = _query(request, "sort", max_chars=12) or "latest"
    if value not in STORY_SORTS:
        raise _bad(
            "query parameter 'sort' must be " + " or ".join(STORY_SORTS),
            "err_sort",
            values=", ".join(STORY_SORTS),
        )
    return value


def _story_list(request: Request) -> tuple[list[Any], int, int, dict[str, Any]]:
    filters = _story_filters(request)
    sort = _story_sort(request)
    page = _query_int(request, "page", 1, 1, MAX_PAGE)
    corpus = _pool(request).get()
    total = corpus.count_stories(**filters)
    stories = corpus.stories(**filters, sort=sort, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return stories, total, page, {**filters, "sort": sort}


_FILTERS = ("since", "until", "outlet", "article_lang", "min_sources", "sort")


def stories_page(request: Request) -> Response:
    try:
        stories, total, page, filters = _story_list(request)
    except PageError as exc:
        if exc.status_code != 400:
            raise
        return _stories_form_again(request, exc)
    pages = max(1, math.ceil(total / PAGE_SIZE))
    corpus = _pool(request).get()
    cached, comparable = report_coverage(corpus)
    copies = copy_only_sources(corpus, [s.id for s in stories])
    grew = new_since(corpus, [s.id for s in stories], filters["since"]) if filters["since"] else {}
    names = outlet_names(corpus)
    unknown_outlet, suggestions = None, []
    if filters["outlet"] is not None and filters["outlet"] not in names:
        unknown_outlet = filters["outlet"]
        wanted = unknown_outlet.casefold()
        suggestions = [
            (n, _url_with(request, outlet=n, page=None)) for n in names if wanted in n.casefold()
        ][:10]
    return render(
        request,
        "stories.html",
        {
            "stories": stories,
            "total": total,
            "page": page,
            "pages": pages,
            "filters": filters,
            "cached": cached,
            "comparable": comparable,
            "copy_only": copies,
            "new_since": grew,
            "quick_days": _quick_days(request, corpus),
            "outlet_names": names[:MAX_OUTLET_CHOICES],
            "unknown_outlet": unknown_outlet,
            "outlet_suggestions": suggestions,
            # past the last page, "previous" leads to the last one, not to page - 1
            "prev_url": _url_with(request, page=str(min(page - 1, pages))) if page > 1 else None,
            "next_url": _url_with(request, page=str(page + 1)) if page < pages else None,
            "json_path": "/index.json" + _query_string(request),
            "csv_path": "/index.csv" + _query_string(request, drop=("page",)),
            "db_name": _db_name(request),
        },
    )


def _quick_days(request: Request, corpus: Any) -> list[tuple[str, str, str, bool]]:
    """The editor's morning links: stories active on the corpus's latest day, and since the
    day before (with the count of articles each story gained), as (label key, day, url,
    current)."""
    last = latest_day(corpus)
    if last is None:
        return []
    current = request.query_params.get("since")
    out = []
    for key, day in (("quick_today", last), ("quick_since_yesterday", last - timedelta(days=1))):
        value = day.isoformat()
        url = _url_with(request, since=value, until=None, page=None)
        out.append((key, value, url, current == value))
    return out


def _stories_form_again(request: Request, exc: PageError) -> Response:
    """A filter value it cannot use: the list page again, the form holding what was sent
    and saying which value to change (400), rather than an error page without the form."""
    t = i18n.translator(_ui_lang(request))
    raw = {name: request.query_params.get(name) for name in _FILTERS}
    corpus = _pool(request).get()
    cached, comparable = report_coverage(corpus)
    return render(
        request,
        "stories.html",
        {
            "error": t(exc.key, **exc.values),
            "stories": [],
            "total": 0,
            "page": 1,
            "pages": 1,
            "filters": {
                "since": raw["since"],
                "until": raw["until"],
                "outlet": raw["outlet"],
                "lang": raw["article_lang"],
                "min_sources": raw["min_sources"] or 1,
                "sort": raw["sort"] or "latest",
            },
            "cached": cached,
            "comparable": comparable,
            "copy_only": {},
            "outlet_names": outlet_names(corpus)[:MAX_OUTLET_CHOICES],
            "unknown_outlet": None,
            "outlet_suggestions": [],
            "prev_url": None,
            "next_url": None,
        },
        status_code=400,
    )


def stories_json(request: Request) -> Response:
    """The shape of ``kroscek stories --format json`` (each story with its articles, and
    with ``since`` how many of them were published since that day), paged."""
    stories, total, page, filters = _story_list(request)
    corpus = _pool(request).get()
    details = [d for d in (corpus.story(s.id) for s in stories) if d is not None]
    items = [story_record(d) for d in details]
    if filters["since"] is not None:  # as `kroscek stories --since DAY --format json`
        grew = new_since(corpus, [s.id for s in stories], filters["since"])
        items = [
            {**item, "new_since": grew.get(d.summary.id, 0)}
            for item, d in zip(items, details, strict=True)
        ]
    return _json({"total": total, "page": page, "page_size": PAGE_SIZE, "stories": items})


def stories_csv(request: Request) -> Response:
    """Every story the filters match (not one page: an export is the whole list), a row
    each, with the address of its page."""
    from kroscek.report.csv_report import rows_to_csv

    filters = _story_filters(request)
    corpus = _pool(request).get()
    stories = corpus.stories(**filters, sort=_story_sort(request), limit=EXPORT_MAX_ROWS)
    base = str(request.base_url).rstrip("/")
    rows = (
        {
            **s.to_dict(),
            "sources": "; ".join(s.sources),
            "langs": "; ".join(s.langs),
            "page": f"{base}/stories/{quote(s.id, safe='')}",
        }
        for s in stories
    )
    return _csv(rows_to_csv(STORY_CSV_COLUMNS, rows), "kroscek-stories.csv")


EXPORT_MAX_ROWS = 10_000
STORY_CSV_COLUMNS = (
    "id",
    "title",
    "first_published",
    "last_published",
    "n_sources",
    "n_articles",
    "sources",
    "langs",
    "high_findings",
    "page",
)


def _query_string(request: Request, drop: tuple[str, ...] = ()) -> str:
    if drop:
        params = [(k, v) for k, v in request.query_params.multi_items() if k not in drop]
        return "?" + urlencode(params) if params else ""
    query = request.url.query
    return "?" + query if query else ""


# --------------------------------------------------------------------------- story


def _story(request: Request) -> tuple[Any, Any, str | None]:
    story_id = _check_id(request.path_params["story_id"], "story")
    pool = _pool(request)
    corpus = pool.get()
    detail = corpus.story(story_id)
    if detail is None:
        close = close_story_ids(corpus, story_id)
        if close:  # a story id cut short when copied from a terminal or a message
            raise _not_found(
                f"story {story_id!r} not found; did you mean {' or '.join(close)}?",
                "nf_story_close",
                id=story_id,
                close=" / ".join(close),
            )
        raise _not_found(f"story {story_id!r} not found", "nf_story", id=story_id)
    report, why_not = pool.story_report(detail)
    return detail, report, why_not


def story_json(request: Request) -> Response:
    """The shape of ``kroscek story ID --format json``: the story, then the report's keys.

    Without a report (one independent article, or a large story whose report is not
    computed yet) it is the story with ``"report": null`` and the reason.
    """
    detail, report, why_not = _story(request)
    if report is None:
        return _json({"story": story_record(detail), "report": None, "reason": why_not})
    return _json(story_document(detail, report))


def story_csv(request: Request) -> Response:
    """The story's findings as ``kroscek story ID --format csv`` writes them."""
    from kroscek.report.csv_report import render_csv

    detail, report, why_not = _story(request)
    if report is None:
        raise _not_found(
            f"story {detail.id!r} has no cross-check report ({why_not}); its page says why",
            "nf_report",
            id=detail.id,
        )
    return _csv(render_csv(report, story_id=detail.id), f"kroscek-{detail.id}.csv")


def story_page(request: Request) -> Response:
    detail, report, why_not = _story(request)
    view = None
    pair = None
    if report is not None and len(report.articles) >= 2:
        ids = [a.id for a in report.articles]
        a = _query(request, "a", max_chars=128)
        b = _query(request, "b", max_chars=128)
        for value in (a, b):
            if value is not None and value not in ids:
                raise _not_found(
                    f"article {value!r} is not one of this story's articles",
                    "nf_not_in_story",
                    id=value,
                )
        default = reportview.default_pair(report)
        assert default is not None
        left = a or (default[0] if b != default[0] else default[1])
        right = b or next(i for i in (*default, *ids) if i != left)
        if left == right:
            raise _bad(
                "'a' and 'b' are the same article; choose two different ones", "err_same_pair"
            )
        pair = (left, right)
        view = reportview.build(
            report,
            shown=pair,
            pair=pair,
            base_path=request.url.path,
            extra_query=[(k, v) for k, v in request.query_params.multi_items() if k == "lang"],
        )
    elif report is not None:
        view = reportview.build(report, shown=())
    timeline = sorted(
        detail.articles, key=lambda r: (r.published is None, r.published or 0, r.source)
    )
    return render(
        request,
        "story.html",
        {
            "story": detail,
            "summary": detail.summary,
            "report": report,
            "view": view,
            "pair": pair,
            "timeline": timeline,
            "high_findings": (
                sum(1 for f in report.findings if f.severity == "high")
                if report is not None
                else detail.summary.high_findings
            ),
            "why_not": why_not,
            "scope": report_scope(detail, report) if report is not None else None,
            # the file's name only: the page must not tell the server's directories
            "db_name": os.path.basename(_pool(request).path),
            "json_path": f"/stories/{detail.id}.json",
            "csv_path": f"/stories/{detail.id}.csv" if report is not None else None,
        },
    )


# --------------------------------------------------------------------------- article


def _article(request: Request) -> tuple[Article, str | None, Report | None, ArticleRef | None]:
    """The article, its story id, its story's report (or None) and what it is a copy of.

    The store keeps articles as cleaned text; facts are extracted when a story is
    compared, so an article that took part in its story's report is shown with the
    facts (and offsets) of that report. A near-duplicate copy takes no part in it.
    """
    article_id = _check_id(request.path_params["article_id"], "article")
    pool = _pool(request)
    corpus = pool.get()
    article = corpus.article(article_id)
    if article is None:
        raise _not_found(f"article {article_id!r} not found", "nf_article", id=article_id)
    story_id = corpus.article_story(article_id)
    detail = corpus.story(story_id) if story_id else None
    ref = next((a for a in detail.articles if a.id == article_id), None) if detail else None
    report = None
    if detail is not None and ref is not None and ref.duplicate_of is None:
        report, _ = pool.story_report(detail)
        if report is not None:
            article = next((a for a in report.articles if a.id == article_id), article)
    copy_of = None
    if ref is not None and ref.duplicate_of is not None and detail is not None:
        copy_of = next((a for a in detail.articles if a.id == ref.duplicate_of), None)
    return article, story_id, report, copy_of


def article_json(request: Request) -> Response:
    article, story_id, _, _ = _article(request)
    return _json({**article.to_dict(), "story_id": story_id})


def article_page(request: Request) -> Response:
    article, story_id, report, copy_of = _article(request)
    marks: dict[str, list[Mark]] = {"title": [], "text": []}
    for n, fact in enumerate(article.facts):
        marks[fact.field].append(
            Mark(fact.start, fact.end, f"fact k-{fact.kind}", f"fact-{n}", fact.kind)
        )
    findings: list[reportview.FindingView] = []
    if report is not None and story_id is not None and len(report.articles) >= 2:
        # every evidence link leads to the story's side-by-side pair that shows it
        view = reportview.build(
            report,
            shown=(),
            pair=reportview.default_pair(report),
            base_path=f"/stories/{quote(story_id, safe='')}",
            extra_query=[(k, v) for k, v in request.query_params.multi_items() if k == "lang"],
        )
        findings = [
            f
            for _, group in view.findings_by_severity
            for f in group
            if any(e.article_id == article.id for e in f.evidence)
        ]
    # an outlet's later article, or one past the outlets a report compares, took no part
    # in the cross-check: "found nothing" and "no facts" would be read as a clean bill
    outside = (
        report is not None and copy_of is None and all(a.id != article.id for a in report.articles)
    )
    return render(
        request,
        "article.html",
        {
            "article": article,
            "story_id": story_id,
            "findings": findings,
            "copy_of": copy_of,
            "outside_report": outside,
            "compared_outlets": len(report.articles) if report is not None else 0,
            "title_html": highlight(article.title, marks["title"]),
            "text_html": highlight(article.text, marks["text"]),
            "json_path": f"/articles/{article.id}.json",
        },
    )


# --------------------------------------------------------------------------- outlets


def _coverage(cached: int, comparable: int) -> dict[str, int]:
    return {"stories_with_report": cached, "stories_comparable": comparable}


def outlets_json(request: Request) -> Response:
    corpus = _pool(request).get()
    return _json(
        {
            "outlets": [o.to_dict() for o in corpus.outlets()],
            "conflicts_from": _coverage(*report_coverage(corpus)),
        }
    )


def outlets_page(request: Request) -> Response:
    corpus = _pool(request).get()
    cached, comparable = report_coverage(corpus)
    return render(
        request,
        "outlets.html",
        {
            "outlets": corpus.outlets(),
            "cached": cached,
            "comparable": comparable,
            "db_name": os.path.basename(_pool(request).path),
            "json_path": "/outlets.json",
        },
    )


def _outlet(request: Request) -> Any:
    name = request.path_params["name"]
    if not name or len(name) > 200 or "\x00" in name:
        raise _not_found(f"outlet {name[:200]!r} not found", "nf_outlet", id=name[:200])
    detail = _pool(request).get().outlet(name)
    if detail is None:
        raise _not_found(f"outlet {name!r} not found", "nf_outlet", id=name)
    return detail


def outlet_json(request: Request) -> Response:
    detail = _outlet(request)
    coverage = report_coverage(_pool(request).get(), detail.summary.name)
    return _json({**detail.to_dict(), "conflicts_from": _coverage(*coverage)})


def outlet_page(request: Request) -> Response:
    detail = _outlet(request)
    summary = detail.summary
    rate = summary.n_conflicts / summary.n_articles if summary.n_articles else 0.0
    corpus = _pool(request).get()
    cached, comparable = report_coverage(corpus, summary.name)
    return render(
        request,
        "outlet.html",
        {
            "outlet": detail,
            "copy_only": copy_only_sources(corpus, [s.id for s in detail.stories]),
            "summary": summary,
            "cached": cached,
            "comparable": comparable,
            # a decimal comma in Indonesian ("0,50"), as the reports write figures
            "conflict_rate": f"{rate:.2f}".replace(".", "," if _ui_lang(request) == "id" else "."),
            "json_path": f"/outlets/{quote(summary.name, safe='')}.json",
        },
    )


# --------------------------------------------------------------------------- search


def _search_filters(request: Request) -> dict[str, Any]:
    """The search's narrowing: one outlet (any case or spacing), a span of days."""
    since, until = _day_span(request)
    outlet = _query(request, "outlet")
    if outlet is not None:
        outlet = canonical_outlet(_pool(request).get(), outlet)
    return {"outlet": outlet, "since": since, "until": until}


def _search_query(request: Request, *, required: bool) -> tuple[str | None, int, dict[str, Any]]:
    """The search's query, page and filters, each checked (a 400 naming the one to change)."""
    q = _query(request, "q", max_chars=MAX_QUERY_CHARS)
    page = _query_int(request, "page", 1, 1, 1000)
    filters = _search_filters(request)
    if q is None:
        if required:
            raise _bad(
                "query parameter 'q' is required, e.g. /search.json?q=gencatan", "err_q_required"
            )
        return None, page, filters
    minus = minus_word(q)
    if minus is not None:
        raise _bad(
            f"'-{minus}' does not leave a word out here: write NOT {minus} after the words to find",
            "search_err_minus",
            word=minus,
        )
    return q, page, filters


def _search(
    request: Request, *, required: bool
) -> tuple[str | None, list[Any], int, dict[str, Any]]:
    q, page, filters = _search_query(request, required=required)
    if q is None:
        return None, [], page, filters
    hits = _pool(request).get().search(q, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE, **filters)
    return q, hits, page, filters


def search_json(request: Request) -> Response:
    q, hits, page, filters = _search(request, required=True)
    total = search_count(_pool(request).get(), q, **filters) if q else 0
    return _json(
        {
            "query": q,
            "page": page,
            "total": min(total, SEARCH_COUNT_CAP),
            "total_capped": total > SEARCH_COUNT_CAP,
            "hits": [h.to_dict() for h in hits],
        }
    )


SEARCH_CSV_COLUMNS = ("id", "source", "title", "url", "published", "lang", "story_id", "snippet")


def search_csv(request: Request) -> Response:
    """Every hit of the query, up to the count cap, a row each (the snippet as text)."""
    from kroscek.report.csv_report import rows_to_csv

    q, _, filters = _search_query(request, required=True)
    assert q is not None
    hits = _pool(request).get().search(q, limit=SEARCH_COUNT_CAP, **filters)
    rows = (
        {
            **h.article.to_dict(),
            "story_id": h.story_id,
            "snippet": h.snippet.replace("«", "").replace("»", ""),
        }
        for h in hits
    )
    return _csv(rows_to_csv(SEARCH_CSV_COLUMNS, rows), "kroscek-search.csv")


_SEARCH_ERRORS = (
    ("unbalanced double quote", "search_err_quote"),
    ("unbalanced parenthesis", "search_err_paren"),
    ("needs a word right after", "search_err_column"),
    ("nothing to search for", "search_err_nothing"),
    ("cannot parse search query", "search_err_operator"),  # FTS5 refused it
)


def search_page(request: Request) -> Response:
    """Results, or on a query FTS cannot read the form again with the query and a hint (400)."""
    try:
        q, hits, page, filters = _search(request, required=False)
    except (UsageError, PageError) as exc:
        t = i18n.translator(_ui_lang(request))
        if isinstance(exc, PageError):
            if exc.status_code != 400:
                raise
            error = t(exc.key, **exc.values)
        else:
            detail = str(exc)
            key = next((k for needle, k in _SEARCH_ERRORS if needle in detail), None)
            error = t(key or "search_err_other")
        return render(
            request,
            "search.html",
            {
                "q": request.query_params.get("q", "")[:MAX_QUERY_CHARS],
                "filters": {k: request.query_params.get(k) for k in ("outlet", "since", "until")},
                "outlet_names": outlet_names(_pool(request).get())[:MAX_OUTLET_CHOICES],
                "error": error,
                "hits": [],
                "page": 1,
                "prev_url": None,
                "next_url": None,
            },
            status_code=400,
        )
    total = search_count(_pool(request).get(), q, **filters) if hits and q else 0
    return render(
        request,
        "search.html",
        {
            "q": q,
            "filters": filters,
            "outlet_names": outlet_names(_pool(request).get())[:MAX_OUTLET_CHOICES],
            "error": None,
            "hits": hits,
            "first": (page - 1) * PAGE_SIZE + 1,
            "total": min(total, SEARCH_COUNT_CAP),
            "capped": total > SEARCH_COUNT_CAP,
            "story_titles": story_titles(_pool(request).get(), [h.story_id for h in hits]),
            "page": page,
            "prev_url": _url_with(request, page=str(page - 1)) if page > 1 else None,
            "next_url": _url_with(request, page=str(page + 1)) if len(hits) == PAGE_SIZE else None,
            "json_path": "/search.json" + _query_string(request) if q else None,
            "csv_path": "/search.csv" + _query_string(request, drop=("page",)) if q else None,
        },
    )


# --------------------------------------------------------------------------- compare form


async def _compare(request: Request) -> tuple[Any, list[compareform.Item]]:
    settings: Settings = request.app.state.settings
    items = await compareform.read_items(request, settings)
    # one JSONL, JSON or WARC file may hold several articles: let the reader count them
    many = (".json", ".jsonl", ".jsonl.gz", ".warc", ".warc.gz")
    if len(items) < 2 and not any(item.suffix in many for item in items):
        error = NotEnoughArticlesError(
            "at least two articles are needed",
            hint="paste a second article or add another file",
        )
        error.items = items  # type: ignore[attr-defined]
        raise error
    try:
        report = await run_in_threadpool(compareform.compare_items, items, settings)
    except KroscekError as exc:
        exc.items = items  # type: ignore[attr-defined]  # so the form can be shown again
        raise
    return report, items


async def compare_json(request: Request) -> Response:
    report, _ = await _compare(request)
    return _json(report.to_dict())


async def compare_page(request: Request) -> Response:
    """The form; on POST the report above the form, or the form again with what went wrong."""
    settings: Settings = request.app.state.settings
    context: dict[str, Any] = {
        "limits": {
            "files": settings.web_upload_max_files,
            "size": compareform.human_size(settings.web_upload_max_bytes),
            "paste_fields": compareform.PASTE_FIELDS,
        },
        "report": None,
        "values": {},
    }
    if request.method != "POST":
        return render(request, "compare.html", context)
    try:
        report, items = await _compare(request)
    except (NotEnoughArticlesError, UsageError, InputError) as exc:
        items = getattr(exc, "items", [])
        lang_text = i18n.translator(_ui_lang(request))
        context.update(
            error=lang_text("compare_need_two")
            if isinstance(exc, NotEnoughArticlesError)
            else str(exc),
            skipped=getattr(exc, "rejected", ()),
            values=compareform.form_values(items),
        )
        return render(request, "compare.html", context, status_code=400)
    context.update(
        report=report,
        view=reportview.build(report, shown=[a.id for a in report.articles]),
        values=compareform.form_values(items),
    )
    return render(request, "compare.html", context)


# --------------------------------------------------------------------------- static


def static_file(request: Request) -> Response:
    asset = assets().get(request.path_params["name"])
    if asset is None:
        raise _not_found("static file not found", "nf_page")
    headers = {"etag": asset.etag, "cache-control": "public, max-age=86400"}
    if request.headers.get("if-none-match") == asset.etag:
        return Response(status_code=304, headers=headers)
    return Response(asset.body, media_type=asset.media_type, headers=headers)


def healthz(request: Request) -> Response:
    return _json({"ok": True, "version": __version__})


# --------------------------------------------------------------------------- errors


def _wants_json(request: Request) -> bool:
    if request.url.path.endswith(".json"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


_TITLE_KEYS = {400: "error_400", 404: "error_404", 413: "error_413", 503: "error_503"}


def _error(
    request: Request,
    status: int,
    code: str,
    message: str,
    key: str | None = None,
    values: dict[str, object] | None = None,
) -> Response:
    """The error as JSON (English message, stable code) or as a page in the reader's language."""
    if _wants_json(request):
        return _json({"error": {"status": status, "code": code, "message": message}}, status)
    if key is None and status == 404:
        key = "nf_page"
    try:
        return render(
            request,
            "error.html",
            {
                "status": status,
                "title_key": _TITLE_KEYS.get(status, "error_500"),
                "message": message,
                "message_key": key,
                "message_values": values or {},
            },
            status_code=status,
        )
    except HTTPException:  # a malformed ?lang= etc. must not hide the original error
        return Response(f"{status}: {message}\n", status_code=status, media_type="text/plain")


_CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed", 413: "too_large"}


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    status = exc.status_code
    code = _CODES.get(status, "http_error")
    if isinstance(exc, PageError):
        return _error(request, status, code, str(exc.detail), exc.key, exc.values)
    return _error(request, status, code, str(exc.detail))


async def _kroscek_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, KroscekError)
    if isinstance(exc, StoreError):
        status = 503
    elif isinstance(exc, UsageError | NotEnoughArticlesError):
        status = 400
    elif exc.code == "too_large":
        status = 413
    else:
        status = 400
    return _error(request, status, exc.code, str(exc))


async def _server_error(request: Request, exc: Exception) -> Response:
    return _error(request, 500, "internal", "internal error; the server log has the details")
