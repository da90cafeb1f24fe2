"""A crawler over every surface a user reads: pages, the API, feeds, session files, the admin, the CLI.

It discovers what to visit instead of listing it: links, htmx targets and GET forms of
every page it reaches from the home page; every URL pattern filled with the ids of all
records (hidden ones included); every operation of the OpenAPI schema; every registered
admin model; every CLI command that reads "as" a user. A new page, operation or command
is crawled without touching this file; a new kind of URL argument fails loudly until it is
taught here (`ARGUMENTS`, `API_ARGUMENTS`).
"""

from __future__ import annotations

import contextlib
import io
import itertools
import json
import re
import weakref
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

from django.contrib import admin
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

MAX_PAGES = 4000
# Links found on pages are followed up to this many per shape (a path with its ids blanked
# and its query's names): hundreds of states' pages tell no more than twenty. URLs built
# from the URL patterns are all visited.
PER_SHAPE = 20
# Pages that change the visitor's state rather than show anything.
SKIPPED_PATHS = ("/logout/", "/i18n/setlang/", "/static/", "/media/")


@dataclass
class Visit:
    """What one surface answered, as text (files are read out)."""

    where: str
    status: int
    text: str


@dataclass
class Report:
    """Everything a crawl read; `leaks()` says which markers it met, and where."""

    visits: list[Visit] = field(default_factory=list)

    def add(self, where: str, status: int, text: str) -> None:
        self.visits.append(Visit(where, status, text))

    def found(self, markers: list[str]) -> dict[str, list[str]]:
        """marker -> the places that show it (case and line breaks ignored)."""
        result: dict[str, list[str]] = {}
        for visit in self.visits:
            flat = re.sub(r"\s+", "", visit.text).upper()
            for marker in markers:
                if marker.upper() in flat:
                    result.setdefault(marker, []).append(visit.where)
        return result

    def where(self, pattern: str) -> list[str]:
        regex = re.compile(pattern)
        return [visit.where for visit in self.visits if regex.search(visit.text)]


# ---------------------------------------------------------------- reading answers


def text_of(response) -> str:
    """The readable text of an answer: HTML and JSON as they are, DOCX and PDF read out."""
    content_type = response.get("Content-Type", "")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if "wordprocessingml" in content_type:
        return docx_text(body)
    if "pdf" in content_type:
        return pdf_text(body)
    if "spreadsheetml" in content_type:
        return xlsx_text(body)
    return body.decode("utf-8", errors="replace")


def docx_text(body: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(body))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return "\n".join(parts)


def xlsx_text(body: bytes) -> str:
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(body), read_only=True)
    cells = [
        str(value)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    ]
    return "\n".join([*book.sheetnames, *cells])


def pdf_text(body: bytes) -> str:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(body)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


class _Links(HTMLParser):
    """Links, htmx GET targets and GET forms (with every choice of their selects)."""

    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.forms: list[dict] = []
        self._form: dict | None = None
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("href", "hx-get", "src"):
            if attrs.get(name):
                self.links.append(attrs[name])
        if tag == "form" and (attrs.get("method") or "get").lower() == "get":
            self._form = {"action": attrs.get("action") or "", "fields": {}}
            self.forms.append(self._form)
        elif tag == "form":
            self._form = None
        elif self._form is not None and tag == "select" and attrs.get("name"):
            self._select = attrs["name"]
            self._form["fields"].setdefault(self._select, [])
        elif self._form is not None and tag == "option" and self._select:
            self._form["fields"][self._select].append(attrs.get("value", ""))
        elif self._form is not None and tag == "input" and attrs.get("name"):
            kind = (attrs.get("type") or "text").lower()
            values = [attrs.get("value", "")] if kind in ("hidden", "checkbox", "radio") else []
            self._form["fields"].setdefault(attrs["name"], []).extend(values)

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "form":
            self._form = None


SEARCH_FOUND = "SEARCH-FOUND"
CONTROL_TERM = "QZXWVQ"
_CONTROLS: weakref.WeakKeyDictionary[Client, dict[tuple, str]] = weakref.WeakKeyDictionary()


def _normalised(text: str, term: str) -> str:
    """The page without what changes on its own: the echoed term, CSRF secrets, time stamps
    (an IATI file says when it was generated)."""
    text = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", text)
    text = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d[\d:.]*(Z|[+-]\d\d:?\d\d)?", "", text)  # stamps
    text = re.sub(r"csrftoken[^;\s\"']*", "", text)
    return text.replace(term, "").replace(term.lower(), "")


def search_finds(client: Client, url: str, text: str, term: str, headers: dict) -> bool:
    """Whether searching `term` answered something a search for nothing does not.

    A search can tell that a hidden record exists without showing it (a public record
    found through the hidden one's title); compared with a term nothing holds, any
    difference is a finding.
    """
    control_term = CONTROL_TERM[: len(term)]
    control_url = url.replace(term, control_term)
    # Every marker's term has the same length, so the searches of one form for each of them
    # share one control page: read it once per client (a crawl only reads).
    controls = _CONTROLS.setdefault(client, {})
    key = (control_url, tuple(sorted(headers.items())))
    if key not in controls:
        controls[key] = _normalised(text_of(client.get(control_url, **headers)), control_term)
    return _normalised(text, term) != controls[key]


def form_urls(form: dict, page: str, search_terms: list[str]) -> Iterator[str]:
    """Every combination of a GET form's choices; free text fields get the search terms.

    A term is a marker less its last letter: a page that echoes the term does not show
    the marker, a page that finds the record does.
    """
    action = urljoin(page, form["action"]).split("?")[0]  # a GET form replaces the query
    names = list(form["fields"])
    terms = [term[:-1] for term in search_terms] or [""]
    choices = [form["fields"][name] or terms for name in names]
    for combination in itertools.islice(itertools.product(*choices), 200):
        yield f"{action}?{urlencode(dict(zip(names, combination, strict=True)))}"


# ---------------------------------------------------------------- pages


def _check_search(client, url, status, text, markers, report, headers) -> None:
    """Add a SEARCH-FOUND visit when a search for a marker's term finds anything."""
    query = parse_qs(urlsplit(url).query)
    terms = [term[:-1] for term in markers]
    for values in query.values():
        for term in set(values) & set(terms):
            if status == 200 and search_finds(client, url, text, term, headers):
                report.add(url, status, f"{SEARCH_FOUND} {term}")


# URL arguments by name: what values to try (hidden records included). A route taking an
# argument not named here fails the crawl, so a new kind of page is never skipped silently.
ARGUMENTS: dict[str, Callable[[object], list]] = {}


def argument(*names: str):
    def register(function):
        for name in names:
            ARGUMENTS[name] = function
        return function

    return register


def _walk(patterns, prefix: str = "", namespace: str = ""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = pattern.namespace or ""
            full = f"{namespace}:{inner}".strip(":") if inner else namespace
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), full)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield namespace, pattern


def pattern_urls(register, skip_namespaces: set[str]) -> Iterator[str]:
    """Every named URL pattern, its arguments filled with every candidate value."""
    for namespace, pattern in _walk(get_resolver().url_patterns):
        if namespace.split(":")[0] in skip_namespaces:
            continue
        names = list(pattern.pattern.converters)
        unknown = [name for name in names if name not in ARGUMENTS]
        assert not unknown, f"teach the crawl what {unknown} take ({namespace}:{pattern.name})"
        # In a route of several arguments (a session, its agenda, a calendar of one
        # commission), `pk` is the commission's.
        nested = {"pk": "commission_pk"} if len(names) > 1 else {}
        candidates = [ARGUMENTS[nested.get(name, name)](register) for name in names]
        route = f"{namespace}:{pattern.name}" if namespace else pattern.name
        for values in itertools.product(*candidates):
            yield reverse(route, kwargs=dict(zip(names, values, strict=True)))


def crawl_pages(
    client: Client,
    register,
    markers: list[str],
    report: Report,
    headers: dict | None = None,
    skip_namespaces: frozenset[str] = frozenset({"admin", "api", "api-v1"}),
    from_patterns: bool = True,
    per_shape: int = PER_SHAPE,
    hosts: tuple[str, ...] = ("testserver",),
) -> None:
    """From the home page and every URL pattern, follow every link and GET form on the site.

    `from_patterns=False` starts from the home page alone: what a user reaches by links.
    `per_shape` bounds the links followed per shape (a crawl over HTTP keeps to fewer);
    absolute links are followed on `hosts` (the served app's address over HTTP).
    """
    headers = headers or {}
    starts = pattern_urls(register, set(skip_namespaces)) if from_patterns else ()
    queue: deque[tuple[str, bool]] = deque([("/", True), *((url, True) for url in starts)])
    seen: set[str] = set()
    shapes: dict[str, int] = {}
    while queue:
        url, always = queue.popleft()
        parts = urlsplit(url)
        if parts.netloc and parts.netloc not in hosts:
            continue
        path = parts.path
        local = path + (f"?{parts.query}" if parts.query else "")
        if local in seen or path.startswith(SKIPPED_PATHS):
            continue
        if any(path.startswith(f"/{ns}/") for ns in skip_namespaces):
            continue
        shape = re.sub(r"\d+", "#", path) + "?" + ",".join(sorted(parse_qs(parts.query)))
        if not always and shapes.get(shape, 0) >= per_shape:
            continue
        shapes[shape] = shapes.get(shape, 0) + 1
        seen.add(local)
        assert len(seen) < MAX_PAGES, f"the crawl does not end: {sorted(seen)[::40]}"
        response = client.get(local, **headers)
        text = text_of(response)
        report.add(local, response.status_code, text)
        _check_search(client, local, response.status_code, text, markers, report, headers)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        links = _Links()
        links.feed(text)
        for link in links.links:
            if not link.startswith(("mailto:", "javascript:", "#")):
                queue.append((urljoin(local, link.split("#")[0]), False))
        for form in links.forms:
            queue.extend((url, False) for url in form_urls(form, local, markers))


# ---------------------------------------------------------------- API


API_ARGUMENTS: dict[str, Callable[[object], list]] = {}


def api_argument(*names: str):
    def register(function):
        for name in names:
            API_ARGUMENTS[name] = function
        return function

    return register


def api_operations(client: Client, headers: dict) -> list[tuple[str, str, dict]]:
    """(method, path template, operation) of every operation the OpenAPI schema lists."""
    schema = client.get(reverse("api:openapi-json"), **headers).json()
    operations = []
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            operations.append((method.upper(), path, operation))
    assert operations, "the API schema lists no operation"
    return operations


def crawl_api(client: Client, register, report: Report, headers: dict) -> dict[str, int]:
    """Call every operation with every id (reads plain, writes with an empty body).

    Returns path template -> how many calls answered 401, so a caller can tell which
    operations refused its way of signing in.
    """
    refused: dict[str, int] = {}
    for method, template, operation in api_operations(client, headers):
        names = re.findall(r"{(\w+)}", template)
        unknown = [name for name in names if name not in API_ARGUMENTS]
        assert not unknown, f"teach the crawl what {unknown} take ({method} {template})"
        queries = [{}]
        for parameter in operation.get("parameters", []):
            if parameter.get("in") == "query" and parameter["schema"].get("type") == "boolean":
                queries.append({parameter["name"]: "true"})
        for values in itertools.product(*(API_ARGUMENTS[name](register) for name in names)):
            path = template
            for name, value in zip(names, values, strict=True):
                path = path.replace(f"{{{name}}}", str(value))
            for query in queries if method == "GET" else [None]:
                if method == "GET":
                    response = client.get(path, query, **headers)
                else:
                    response = client.generic(
                        method, path, json.dumps({}), "application/json", **headers
                    )
                if response.status_code == 401:
                    refused[template] = refused.get(template, 0) + 1
                where = f"{method} {path}" + (f"?{urlencode(query)}" if query else "")
                report.add(where, response.status_code, text_of(response))
    return refused


# ---------------------------------------------------------------- admin


def crawl_admin(client: Client, report: Report, markers: list[str]) -> None:
    """Every registered model's list, and the change and history page of each of its rows.

    Reference data (hundreds of states) is listed, not opened row by row.
    """
    for model in admin.site._registry:
        prefix = f"admin:{model._meta.app_label}_{model._meta.model_name}"
        listing = reverse(f"{prefix}_changelist")
        urls = [listing] + [f"{listing}?{urlencode({'q': term[:-1]})}" for term in markers]
        rows = model._default_manager.values_list("pk", flat=True)
        if getattr(model, "scope_rule", None) == "reference":
            rows = rows[:3]
        for pk in rows:
            urls += [
                reverse(f"{prefix}_change", args=[pk]),
                reverse(f"{prefix}_history", args=[pk]),
            ]
        queue = deque(urls)
        shapes: dict[str, int] = {}
        seen: set[str] = set()
        while queue:
            url = queue.popleft()
            shape = re.sub(r"\d+", "#", url.split("?")[0]) + url.partition("?")[2]
            if url in seen or shapes.get(shape, 0) >= PER_SHAPE:
                continue
            seen.add(url)
            shapes[shape] = shapes.get(shape, 0) + 1
            response = client.get(url)
            text = text_of(response)
            report.add(url, response.status_code, text)
            _check_search(client, url, response.status_code, text, markers, report, {})
            if response.status_code == 200 and url.endswith("/history/"):
                links = _Links()
                links.feed(text)  # each past version of the record
                queue.extend(link for link in links.links if link.startswith(url))


# ---------------------------------------------------------------- CLI


def as_commands() -> list[tuple[str, ...]]:
    """Every CLI command (and sub-command) that takes `--as USER` to see as that user."""
    import argparse

    from suivi.cli.main import build_parser

    found = []

    def visit(parser: argparse.ArgumentParser, path: tuple[str, ...]):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    visit(sub, (*path, name))
            elif "--as" in action.option_strings and action.dest == "as_user":
                found.append(path)

    visit(build_parser(), ())
    return found


def run_cli(*argv: str) -> tuple[int, str]:
    """Run a `suivi` command in this process (same database as the test) and read its output."""
    from django.utils import translation

    from suivi.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    language = translation.get_language()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(argv))
    finally:
        translation.activate(language)
    return code, out.getvalue() + err.getvalue()
