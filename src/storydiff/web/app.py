"""FastAPI app: a form page, the same HTML report as the CLI, and a JSON API.

Routes::

    GET  /              the form: 2..MAX_DOCUMENTS accounts (paste, upload or URL), options
    POST /compare       the form's target: runs the comparison and redirects (303) to its
                        result, or answers the form again with an error
    GET  /results/KEY   a result: the HTML report, with links to download it
    GET  /results/KEY.json, /results/KEY.html   its downloads (JSON; the report as a file)
    POST /api/compare   JSON in (CompareRequest), storydiff.comparison/1 JSON out
    GET  /healthz       liveness
    /openapi.json, /docs    FastAPI's schema and explorer

Thin by design: inputs become :class:`~storydiff.model.Document` records through the same
``ingest``/``segment`` functions the CLI uses, then :func:`~storydiff.compare.compare`,
then :mod:`storydiff.report.html`. Nothing here computes findings.

Limits (never a hang):

* request body: ``max_body`` bytes (default 4 × ``limits.MAX_INPUT_BYTES``), checked from
  ``Content-Length`` and again while the body streams in (a lying or chunked client is cut
  off) → 413;
* accounts: 2..``limits.MAX_DOCUMENTS`` (the request model says so in the OpenAPI schema);
* text: ``max_chars`` body characters, all accounts together (``MAX_REQUEST_CHARS``), and
  ``limits.MAX_COMPARE_CHARS`` for each, both checked before segmenting → 413;
* run time: the comparison runs in a small thread pool and the request waits at most
  ``timeout_s`` → 503 with a JSON message. A thread cannot be killed, so a timed-out job
  finishes in the background; the pool's size (``workers``) bounds how many run at once,
  and jobs still queued when their request gives up are cancelled before they start.
  Accounts are fetched and parsed first, in a larger pool of their own: a URL that
  trickles its page (the fetcher's deadline is 30 s) holds no comparison's place.
  (``asyncio.wait_for`` over ``loop.run_in_executor`` rather than ``anyio.to_thread``:
  anyio's threads shield cancellation by default, which would make the timeout wait for
  the job.)

URL fetching follows the CLI's rule: private, loopback and link-local addresses are
refused unless the *server* was started with ``allow_private=True``; a client cannot
lift it. Only ``http(s)://`` URLs are accepted (``ingest.load`` would otherwise read a
server-side path).

Errors: :class:`~storydiff.errors.InputError` → 400 (413 for ``InputTooLarge``),
:class:`~storydiff.errors.FetchError` → 422, request-model violations → 422, all as
``{"error": message}``; anything else → 500, logged with its traceback, and a generic
message. The form route shows the same messages in the page.

Results: the last ``RESULTS_KEPT`` comparisons made through the form are held in memory
under a key drawn from their JSON, so a result has an address that survives a reload (no
re-submission) and can be bookmarked or shared while the server runs; after that the page
says so. The API's answers are not held: the client has them.

Article text reaches pages only through autoescaped Jinja templates.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import jinja2
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import BlockedAddress, FetchError, InputError, InputTooLarge, StorydiffError
from ..limits import MAX_COMPARE_CHARS, MAX_DOCUMENTS, MAX_INPUT_BYTES, MAX_REQUEST_CHARS
from ..model import Comparison
from ..options import Options
from ..patterns import compiled
from ..report.html import NavLink, render, script_json

if TYPE_CHECKING:
    from ..ingest import Article

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 120.0
MAX_LABEL_CHARS = 40
RESULTS_KEPT = 16
ECHO_CHARS = 1_000_000
"""After an error the form refills what was pasted, up to this size an account: a paste
far over the limits is not sent back (the browser's Back button still has it)."""
_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
    "img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


# --- request models (they are the API's contract in /openapi.json) -----------------------


class DocumentIn(BaseModel):
    """One account: its text (plain text or HTML) or an http(s) URL to fetch."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(
        None, max_length=MAX_INPUT_BYTES, description="the account's text (plain text or HTML)"
    )
    url: str | None = Field(
        None, max_length=2048, description="an http:// or https:// URL to fetch instead"
    )
    label: str | None = Field(
        None,
        max_length=MAX_LABEL_CHARS,
        description="name of the account in the output (default A, B, C… in order)",
    )
    lang: str | None = Field(
        None,
        max_length=16,
        description="the account's language as an ISO 639 code (en, ha, pt-BR), every sentence read "
        "in it; absent or 'auto': identified from the text",
    )

    @model_validator(mode="after")
    def _one_source(self) -> DocumentIn:
        if (self.text is None) == (self.url is None):
            raise ValueError("give exactly one of 'text' or 'url'")
        return self


class OptionsIn(BaseModel):
    """Options a client may set; see ``storydiff.options.Options`` for each one's meaning."""

    model_config = ConfigDict(extra="forbid")

    use_speakers: bool = Field(True, description=Options.help("use_speakers"))


class CompareRequest(BaseModel):
    """Two or more accounts of one event, and options."""

    model_config = ConfigDict(extra="forbid")

    documents: list[DocumentIn] = Field(min_length=2, max_length=MAX_DOCUMENTS)
    options: OptionsIn = Field(default_factory=lambda: OptionsIn(use_speakers=True))


class ErrorOut(BaseModel):
    error: str


# --- limits ---------------------------------------------------------------------------


class BodyLimit:
    """ASGI middleware: refuse request bodies over ``max_bytes`` (413), declared or streamed."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        message = f"The request is larger than the limit of {self.max_bytes:,} bytes."
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
                if declared > self.max_bytes or declared < 0:
                    await JSONResponse({"error": message}, status_code=413)(scope, receive, send)
                    return
        seen = 0
        started = False
        refused = False

        async def counting_receive() -> Message:
            # Over the cap: answer 413 now and tell the app the client went away; whatever
            # the app then tries to send is dropped (raising here would be caught by
            # FastAPI's body parser and turned into a 400).
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            msg = await receive()
            if msg["type"] == "http.request":
                seen += len(msg.get("body", b""))
                if seen > self.max_bytes:
                    refused = True
                    if not started:
                        await JSONResponse({"error": message}, status_code=413)(
                            scope, receive, send
                        )
                    return {"type": "http.disconnect"}
            return msg

        async def tracking_send(msg: Message) -> None:
            nonlocal started
            if refused:
                return
            if msg["type"] == "http.response.start":
                started = True
            await send(msg)

        await self.app(scope, counting_receive, tracking_send)


# --- the work -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Input:
    label: str
    text: str | None = None
    url: str | None = None
    file_name: str | None = None
    """The name of the file the text was uploaded as, which becomes its source."""
    lang: str | None = None
    """The language the user gives the account (None: identify it)."""


def _labels(given: list[str | None]) -> list[str]:
    letters = [chr(ord("A") + i) if i < 26 else f"D{i + 1}" for i in range(len(given))]
    labels = [(g or "").strip() or letters[i] for i, g in enumerate(given)]
    for label in labels:
        if len(label) > MAX_LABEL_CHARS:
            raise InputError(f"A label may have at most {MAX_LABEL_CHARS} characters.")
        if not label.isprintable():
            raise InputError("A label cannot contain control characters.")
    if len(set(labels)) != len(labels):
        defaults = {letters[i] for i, g in enumerate(given) if not (g or "").strip()}
        clash = next(label for label in labels if labels.count(label) > 1)
        if clash in defaults:
            raise InputError(
                f"Each account needs its own label; {clash!r} is given to one account and is "
                "another's default name (accounts without a label are named A, B, C…)."
            )
        raise InputError("Each account needs its own label; two are the same.")
    return labels


def _language(label: str, given: str | None) -> str | None:
    from ..ingest.langid import given_language

    try:
        return given_language(given or "")
    except ValueError as exc:
        raise InputError(f"Account {label}: {exc}.") from None


def _check_count(inputs: list[_Input]) -> None:
    if len(inputs) < 2:
        raise InputError(f"Give at least two accounts to compare; got {len(inputs)}.")
    if len(inputs) > MAX_DOCUMENTS:
        raise InputTooLarge(
            f"At most {MAX_DOCUMENTS} accounts can be compared at once; got {len(inputs)}."
        )


def _read(item: _Input, options: Options) -> Article:
    """Fetch or parse one account (blocking; runs in the reading pool, apart from the
    comparisons, so a slow server holds no comparison's place)."""
    from ..ingest import from_text, load

    if item.url is not None:
        url = item.url.strip()
        if not url.lower().startswith(("http://", "https://")):
            raise InputError(f"Account {item.label}: only http:// and https:// URLs can be fetched.")
        try:
            return load(url, allow_private=options.allow_private)
        except BlockedAddress as exc:
            # The fetcher's message names the CLI flag; here the client cannot lift it.
            raise BlockedAddress(
                f"Account {item.label}: {url} points to a private, loopback or link-local "
                "address, which this server does not fetch (its operator can allow that "
                "with `storydiff serve --allow-private`)."
            ) from exc
    text = item.text or ""
    if not text.strip():
        raise InputError(f"Account {item.label} is empty.")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_INPUT_BYTES:
        raise InputTooLarge(f"Account {item.label} is larger than {MAX_INPUT_BYTES:,} bytes.")
    source = _uploaded_name(item.file_name) if item.file_name else f"pasted text of account {item.label}"
    return from_text(text, source=source)  # errors name it


def _run(
    articles: list[tuple[str, Article, str | None]], options: Options, max_chars: int = MAX_REQUEST_CHARS
) -> Comparison:
    """Segment and compare the accounts read, ``(label, article, language given)`` (blocking; runs in the
    comparison pool). ``max_chars``: body characters of all accounts together, checked
    before the slow part (segmenting, encoding)."""
    from ..compare import compare
    from ..segment import build_document

    sizes = {label: sum(len(p) for p in article.paragraphs) for label, article, _ in articles}
    total = sum(sizes.values())
    if total > max_chars:
        each = ", ".join(f"{label} {size:,}" for label, size in sizes.items())
        raise InputTooLarge(
            f"These accounts have {total:,} characters of body text together ({each}); this "
            f"server compares up to {max_chars:,} characters at once, so {total - max_chars:,} "
            "must go."
        )
    documents = [
        build_document(article, doc_id=label, max_body_chars=MAX_COMPARE_CHARS, lang=lang)
        for label, article, lang in articles
    ]
    return compare(documents, options=options)


def _status(exc: StorydiffError) -> int:
    if isinstance(exc, InputTooLarge):
        return 413
    if isinstance(exc, InputError):
        return 400
    if isinstance(exc, FetchError):
        return 422
    return 500


# --- the form page --------------------------------------------------------------------

_FORM = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>storydiff</title>
<style>
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, sans-serif; max-width: 1100px; margin: 0 auto; padding: 1rem 1.5rem 3rem; color: #1d1d1f; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; } .lead { color: #555; margin-top: 0; }
.accounts { display: grid; grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); gap: .8rem; }
fieldset { border: 1px solid #ccc; border-radius: 6px; padding: .6rem .8rem; margin: 0; }
legend { font-weight: 600; padding: 0 .3rem; }
label { display: block; font-size: .88rem; margin: .35rem 0 .1rem; color: #333; }
textarea { width: 100%; min-height: 11rem; font: 13px/1.4 ui-monospace, monospace; }
input[type=text], input[type=url] { width: 100%; padding: .25rem; }
input.lang { width: 8rem; }
.options { margin: 1rem 0; } .options label { display: flex; gap: .5rem; align-items: baseline; font-size: .95rem; }
.help { color: #666; font-size: .85rem; }
button { font-size: 1rem; padding: .4rem 1rem; margin-right: .5rem; cursor: pointer; }
.error { background: #ffe3e3; border-left: 4px solid #c62828; padding: .5rem .8rem; margin: .8rem 0; }
#progress { display: none; margin-left: .5rem; font-weight: 600; }
body.busy #progress { display: inline-flex; align-items: center; gap: .5rem; }
.spinner { width: 1em; height: 1em; border: 3px solid #ccc; border-top-color: #1a5fb4; border-radius: 50%; animation: spin 1s linear infinite; }
@keyframes spin { to { transform: rotate(360deg); } }
.or { color: #595959; font-size: .8rem; text-align: center; margin: .2rem 0; }
</style></head>
<body>
<h1>storydiff</h1>
<p class="lead">Compare accounts of the same event, statement by statement. Give each account as
pasted text, an uploaded file or a URL ({{ min_docs }} to {{ max_docs }} accounts).</p>
{% if error %}<div class="error" role="alert" id="error">{{ error }}</div>{% endif %}
<form id="compare-form" method="post" action="/compare" enctype="multipart/form-data">
<div class="accounts" id="accounts">
{% for i in range(values | length) %}{% set v = values[i] %}
<fieldset class="account" data-index="{{ i }}">
  <legend>Account {{ letters[i] }}</legend>
  <label for="label_{{ i }}">Label (optional)</label>
  <input type="text" id="label_{{ i }}" name="label_{{ i }}" maxlength="{{ max_label }}" placeholder="{{ letters[i] }}" value="{{ v.label }}" dir="auto">
  <label for="text_{{ i }}">Paste text</label>
  <textarea id="text_{{ i }}" name="text_{{ i }}" dir="auto">{{ v.text }}</textarea>
  <div class="or">or</div>
  <label for="file_{{ i }}">Upload a file (.txt, .html)</label>
  <input type="file" id="file_{{ i }}" name="file_{{ i }}" accept=".txt,.html,.htm,text/plain,text/html">
  <div class="or">or</div>
  <label for="url_{{ i }}">URL</label>
  <input type="url" id="url_{{ i }}" name="url_{{ i }}" placeholder="https://…" value="{{ v.url }}">
  <label for="lang_{{ i }}">Language (optional: an ISO code such as en, zh, ha; identified when left blank)</label>
  <input type="text" id="lang_{{ i }}" name="lang_{{ i }}" maxlength="16" placeholder="auto" value="{{ v.lang }}" class="lang">
</fieldset>
{% endfor %}
</div>
<p><button type="button" id="add-account">+ Add account</button></p>
<div class="options">
<input type="hidden" name="options" value="1">
{% for name, help, checked in options %}
<label><input type="checkbox" name="{{ name }}" value="1"{% if checked %} checked{% endif %}> <span><b>{{ name.replace("_", " ") | capitalize }}</b> <span class="help">{{ help }}</span></span></label>
{% endfor %}
</div>
<button type="submit" id="run">Compare</button>
<span id="progress" aria-live="polite"><span class="spinner"></span>Comparing… (encoding sentences can take a few seconds per account)</span>
</form>
<p class="help">JSON API: <code>POST /api/compare</code> — schema at <a href="/openapi.json">/openapi.json</a>.</p>
<script id="storydiff-config" type="application/json">{{ config }}</script>
<script>
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("storydiff-config").textContent);
  var box = document.getElementById("accounts");
  var add = document.getElementById("add-account");
  function refresh() { add.disabled = box.children.length >= config.max; }
  add.addEventListener("click", function () {
    var n = box.children.length;
    if (n >= config.max) { return; }
    var copy = box.children[n - 1].cloneNode(true);
    var letter = n < 26 ? String.fromCharCode(65 + n) : "D" + (n + 1);
    copy.dataset.index = String(n);
    copy.querySelector("legend").textContent = "Account " + letter;
    copy.querySelectorAll("[name]").forEach(function (el) {
      var base = el.name.replace(/_\\d+$/, "");
      el.name = base + "_" + n; el.id = base + "_" + n; el.value = "";
      if (base === "label") { el.placeholder = letter; }
    });
    copy.querySelectorAll("label[for]").forEach(function (el) {
      el.htmlFor = el.htmlFor.replace(/_\\d+$/, "") + "_" + n;
    });
    box.appendChild(copy);
    refresh();
  });
  document.getElementById("compare-form").addEventListener("submit", function () {
    document.body.classList.add("busy");
    document.getElementById("run").disabled = true;
  });
  window.addEventListener("pageshow", function () {
    document.body.classList.remove("busy");
    document.getElementById("run").disabled = false;
  });
  refresh();
})();
</script>
</body></html>
"""


@functools.lru_cache(maxsize=1)
def _form_template() -> jinja2.Template:
    return jinja2.Environment(autoescape=True).from_string(_FORM)


def _form_page(
    error: str | None = None, values: list[dict[str, str]] | None = None, use_speakers: bool = True
) -> str:
    """The form; after an error, ``values`` refills what the user typed and the options
    keep what they chose (files must be re-picked)."""
    values = list(values or [])[:MAX_DOCUMENTS]
    while len(values) < 2:
        values.append({})
    values = [{k: v.get(k, "") for k in ("label", "text", "url", "lang")} for v in values]
    dropped = []
    for i, v in enumerate(values):
        if len(v["text"]) > ECHO_CHARS:
            dropped.append(f"account {v['label'] or chr(ord('A') + i)} ({len(v['text']):,} characters)")
            v["text"] = ""
    if dropped and error:
        error += (
            f" The pasted text of {' and '.join(dropped)} is not sent back: use your "
            "browser's Back button to get it."
        )
    return _form_template().render(
        error=error,
        values=values,
        min_docs=2,
        max_docs=MAX_DOCUMENTS,
        max_label=MAX_LABEL_CHARS,
        letters=[chr(ord("A") + i) for i in range(26)],
        options=[("use_speakers", Options.help("use_speakers"), use_speakers)],
        config=script_json({"max": MAX_DOCUMENTS}),
    )


def _html(body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(body, status_code=status, headers={"Content-Security-Policy": _CSP})


def _uploaded_name(name: str) -> str:
    """An uploaded file's name as the account's source: its last part, printable, at most
    120 characters (the client chooses it; the report escapes it)."""
    base = "".join(c for c in name.replace("\\", "/").rsplit("/", 1)[-1] if c.isprintable())
    return base[:120] or "uploaded file"


def _file_name(name: str) -> str:
    """What a downloaded result is saved as."""
    return f"storydiff-{name}"


def _attachment(name: str) -> dict[str, str]:
    """Headers of a download: saved as :func:`_file_name`, and inert if opened in place."""
    return {
        "Content-Disposition": f'attachment; filename="{_file_name(name)}"',
        "Content-Security-Policy": _CSP,
    }


async def _read_upload(upload: UploadFile, label: str) -> str:
    from ..ingest.decode import decode

    data = await upload.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputTooLarge(f"Account {label}: the file is larger than {MAX_INPUT_BYTES:,} bytes.")
    return decode(data, name=upload.filename or f"account {label}")


class _Results:
    """The last few form results, by key: a hash of their JSON, so the same comparison
    keeps its address and no one guesses another's."""

    _KEY = compiled(r"[0-9a-f]{24}")

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[str, tuple[Comparison, str]] = OrderedDict()

    def add(self, comparison: Comparison) -> str:
        text = comparison.to_json(indent=None)
        key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]
        self._items[key] = (comparison, text)
        self._items.move_to_end(key)
        while len(self._items) > self._size:
            self._items.popitem(last=False)
        return key

    def get(self, key: str) -> tuple[Comparison, str] | None:
        return self._items.get(key) if self._KEY.fullmatch(key) else None


def _result_links(key: str) -> list[NavLink]:
    return [
        NavLink("New comparison", "/"),
        NavLink("Download JSON", f"/results/{key}.json", download=_file_name(f"{key}.json")),
        NavLink("Download report (HTML)", f"/results/{key}.html", download=_file_name(f"{key}.html")),
    ]


# --- the app --------------------------------------------------------------------------


def create_app(
    *,
    allow_private: bool = False,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    max_body: int = 4 * MAX_INPUT_BYTES,
    max_chars: int = MAX_REQUEST_CHARS,
    workers: int = 2,
) -> FastAPI:
    """The web app. Settings are the server operator's, not the client's."""
    app = FastAPI(
        title="storydiff",
        version=__version__,
        description="Compare accounts of the same event, statement by statement.",
    )
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="storydiff-compare")
    # fetching waits on other servers, not on the CPU: more at once, and apart, so that slow
    # URLs hold no comparison's place
    readers = ThreadPoolExecutor(max_workers=4 * workers, thread_name_prefix="storydiff-read")
    base_options = Options(allow_private=allow_private)
    results = _Results(RESULTS_KEPT)

    async def run(inputs: list[_Input], options: Options) -> Comparison:
        loop = asyncio.get_running_loop()

        async def read_and_compare() -> Comparison:
            _check_count(inputs)
            articles = await asyncio.gather(
                *(loop.run_in_executor(readers, _read, item, options) for item in inputs)
            )
            labelled = [(item.label, article, item.lang) for item, article in zip(inputs, articles, strict=True)]
            return await loop.run_in_executor(pool, _run, labelled, options, max_chars)

        try:
            return await asyncio.wait_for(read_and_compare(), timeout=timeout_s)
        except TimeoutError:
            raise _Timeout(
                f"The comparison took longer than {timeout_s:g} seconds and was abandoned; "
                "try shorter or fewer accounts."
            ) from None

    @app.exception_handler(StorydiffError)
    async def _storydiff_error(request: Request, exc: StorydiffError) -> JSONResponse:
        status = _status(exc)
        if status >= 500:
            log.error("compare failed: %s", exc, exc_info=exc)
        return JSONResponse({"error": str(exc)}, status_code=status)

    @app.exception_handler(_Timeout)
    async def _timeout(request: Request, exc: _Timeout) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=503)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        # a body the server cannot parse (malformed multipart, too many fields) answers in
        # the same shape as every other error
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        parts = []
        for err in exc.errors()[:5]:
            loc = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
            parts.append(f"{loc}: {err.get('msg')}" if loc else str(err.get("msg")))
        # where and what, never the input itself: it may be megabytes of text, or text
        # that cannot be encoded back (a lone surrogate)
        detail = [{key: err[key] for key in ("loc", "msg", "type") if key in err} for err in exc.errors()]
        return JSONResponse(
            {"error": "Invalid request: " + "; ".join(parts), "detail": jsonable(detail)},
            status_code=422,
        )

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error on %s", request.url.path)
        return JSONResponse({"error": "Internal error; see the server log."}, status_code=500)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def form() -> HTMLResponse:
        return _html(_form_page())

    @app.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.post(
        "/api/compare",
        response_model=Comparison,
        responses={
            400: {"model": ErrorOut},
            413: {"model": ErrorOut},
            422: {"model": ErrorOut},
            503: {"model": ErrorOut},
        },
        summary="Compare two or more accounts",
    )
    async def api_compare(body: CompareRequest) -> Response:
        labels = _labels([d.label for d in body.documents])
        inputs = [
            _Input(label=label, text=d.text, url=d.url, lang=_language(label, d.lang))
            for label, d in zip(labels, body.documents, strict=True)
        ]
        options = base_options.replace(use_speakers=body.options.use_speakers)
        comparison = await run(inputs, options)
        return Response(comparison.to_json(indent=None), media_type="application/json")

    @app.post("/compare", response_class=HTMLResponse, include_in_schema=False)
    async def form_compare(request: Request) -> Response:
        values: list[dict[str, str]] = []
        use_speakers = True
        try:
            form_data = await request.form(
                max_files=MAX_DOCUMENTS + 1,
                max_fields=8 * MAX_DOCUMENTS + 10,
                max_part_size=MAX_INPUT_BYTES,
            )
            slots: dict[int, dict[str, Any]] = {}
            for key, value in form_data.multi_items():
                name, _, index = key.rpartition("_")
                if name in ("text", "url", "file", "label", "lang") and index.isdigit():
                    slots.setdefault(int(index), {})[name] = value
            values = [
                {k: v for k, v in slots[i].items() if isinstance(v, str)} for i in sorted(slots)
            ]
            use_speakers = "use_speakers" in form_data or "options" not in form_data
            given, empty = [], []
            for position, slot_index in enumerate(sorted(slots)):
                slot = slots[slot_index]
                upload = slot.get("file")
                has_file = isinstance(upload, UploadFile) and bool(upload.filename)
                text = str(slot.get("text") or "")
                url = str(slot.get("url") or "").strip()
                if text.strip() or url or has_file:
                    given.append((slot, text, url, upload if has_file else None))
                else:
                    empty.append(str(slot.get("label") or "").strip() or chr(ord("A") + position))
            if len(given) < 2 and empty:
                raise InputError(
                    f"Give at least two accounts to compare: account {' and '.join(empty[:2])} "
                    f"{'is' if len(empty) == 1 else 'are'} empty (paste text, upload a file or give a URL)."
                )
            if len(given) > MAX_DOCUMENTS:
                raise InputTooLarge(
                    f"At most {MAX_DOCUMENTS} accounts can be compared at once; got {len(given)}."
                )
            labels = _labels([str(s.get("label") or "") or None for s, *_ in given])
            inputs = []
            for label, (slot, text, url, upload) in zip(labels, given, strict=True):
                sources = sum(bool(x) for x in (text.strip(), url, upload))
                if sources > 1:
                    raise InputError(
                        f"Account {label}: give pasted text, a file or a URL, not several."
                    )
                if upload is not None:
                    text = await _read_upload(upload, label)
                inputs.append(
                    _Input(
                        label=label,
                        text=None if url else text,
                        url=url or None,
                        file_name=upload.filename if upload is not None else None,
                        lang=_language(label, str(slot.get("lang") or "")),
                    )
                )
            options = base_options.replace(use_speakers=use_speakers)
            comparison = await run(inputs, options)
        except StorydiffError as exc:
            status = _status(exc)
            if status >= 500:
                log.error("compare failed: %s", exc, exc_info=exc)
            return _html(_form_page(str(exc), values, use_speakers), status)
        except _Timeout as exc:
            return _html(_form_page(str(exc), values, use_speakers), 503)
        # post/redirect/get: the result gets an address, and a reload does not run it again
        return RedirectResponse(f"/results/{results.add(comparison)}", status_code=303)

    @app.get("/results/{name}", response_class=HTMLResponse, include_in_schema=False)
    async def result(name: str) -> Response:
        key, _, suffix = name.partition(".")
        held = results.get(key)
        if held is None or suffix not in ("", "json", "html"):
            message = (
                "This result is no longer held: the server keeps the last "
                f"{RESULTS_KEPT} comparisons while it runs. Run the comparison again."
            )
            return _html(_form_page(message), 404)
        comparison, text = held
        if suffix == "json":
            return Response(text, media_type="application/json", headers=_attachment(name))
        if suffix == "html":
            return Response(render(comparison), media_type="text/html", headers=_attachment(name))
        return _html(render(comparison, nav=_result_links(key)))

    app.add_middleware(BodyLimit, max_bytes=max_body)
    return app


class _Timeout(Exception):
    pass


def jsonable(value: Any) -> Any:
    """Validation errors as plain JSON (their ``ctx`` may hold exception objects)."""
    from fastapi.encoders import jsonable_encoder

    return jsonable_encoder(value, custom_encoder={Exception: str})
