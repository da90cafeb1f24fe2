"""Small charts drawn on the server as SVG: no script, no CDN, readable by screen readers.

Each chart is an `<svg role="img">` with a `<title>` and a `<desc>` that says in words what
the bars or dots show, and scales to its container (viewBox), so it fits a 390 px screen.
"""

from __future__ import annotations

from datetime import date
from itertools import count

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

_ids = count(1)
WIDTH = 600
BAR = 22  # height of one bar and its gap, in SVG units
LABEL = 190  # room for the labels left of the bars


def _frame(title: str, desc: str, height: int, body: SafeString) -> SafeString:
    ident = f"chart{next(_ids)}"
    return format_html(
        '<figure class="chart"><figcaption aria-hidden="true">{}</figcaption>'
        '<svg role="img" viewBox="0 0 {} {}" aria-labelledby="{}-t {}-d" '
        'xmlns="http://www.w3.org/2000/svg"><title id="{}-t">{}</title><desc id="{}-d">{}</desc>'
        "{}</svg></figure>",
        title,
        WIDTH,
        height,
        ident,
        ident,
        ident,
        title,
        ident,
        desc,
        body,
    )


def bars(title: str, items: list[tuple[str, int]]) -> SafeString:
    """Horizontal bars, one a label: "2019: 3" read aloud from the description."""
    if not items:
        return SafeString("")
    top = max(n for _, n in items) or 1
    span = WIDTH - LABEL - 40
    rows = []
    for index, (label, n) in enumerate(items):
        y = index * BAR
        rows.append(
            (
                y + 15,
                LABEL - 6,
                label,
                LABEL,
                y + 3,
                max(2, round(span * n / top)),
                BAR - 6,
                LABEL + max(2, round(span * n / top)) + 4,
                y + 15,
                n,
            )
        )
    body = format_html_join(
        "",
        '<text x="{1}" y="{0}" text-anchor="end">{2}</text>'
        '<rect x="{3}" y="{4}" width="{5}" height="{6}"></rect>'
        '<text x="{7}" y="{8}">{9}</text>',
        rows,
    )
    desc = "; ".join(f"{label} : {n}" for label, n in items)
    return _frame(title, desc, len(items) * BAR + 4, body)


def timeline(title: str, points: list[tuple[date, str, str]]) -> SafeString:
    """Dots on a time axis, one a (date, label, css class); years marked below the axis."""
    if not points:
        return SafeString("")
    first, last = min(p[0] for p in points), max(p[0] for p in points)
    start, end = date(first.year, 1, 1), date(last.year + 1, 1, 1)
    days = (end - start).days or 1
    left, span = 30, WIDTH - 60

    def x(day: date) -> int:
        return left + round(span * (day - start).days / days)

    step = max(1, (end.year - start.year) // 8)
    ticks = format_html_join(
        "",
        '<line x1="{0}" x2="{0}" y1="34" y2="40"></line><text x="{0}" y="54" '
        'text-anchor="middle">{1}</text>',
        ((x(date(year, 1, 1)), year) for year in range(start.year, end.year + 1, step)),
    )
    dots = format_html_join(
        "",
        '<circle class="{}" cx="{}" cy="{}" r="5"><title>{}</title></circle>',
        (
            (css, x(day), 14 + (index % 3) * 8, label)
            for index, (day, label, css) in enumerate(points)
        ),
    )
    axis = format_html(
        '<line class="axis" x1="{}" x2="{}" y1="37" y2="37"></line>', left, left + span
    )
    desc = "; ".join(label for _, label, _ in sorted(points, key=lambda p: p[0]))
    return _frame(title, desc, 60, mark_safe(axis + ticks + dots))
