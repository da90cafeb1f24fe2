"""The page shell (assets, header, main navigation), written once per language and kind of
user; what belongs to one request (its CSRF token, its path, the user's name) is put in
each time."""

from __future__ import annotations

from html import escape

from django import template
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import get_script_prefix
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

register = template.Library()

# (language, script prefix, may watch, may review, superuser, staff) -> HTML: at most 3 x 16 entries a
# deployment. The links depend on nothing else; their translations and URLs do not change
# while the process runs.
_written: dict[tuple, SafeString] = {}


@register.simple_tag
def main_nav(user) -> SafeString:
    """`{% main_nav user %}`: core/_nav.html for this user's links.

    Ten `{% url %}` and `{% translate %}` a page cost ~1 ms of every page's CPU; the few
    possible navigations are rendered once each.
    """
    from suivi.access.permissions import permits

    # Who may not review reads the claims, not a queue "to review".
    flags = (
        permits(user, "source.add"),
        permits(user, "claim.review"),
        user.is_superuser,
        user.is_staff,
    )
    key = (get_language(), get_script_prefix(), *flags)
    html = _written.get(key)
    if html is None:
        context = dict(
            zip(("may_watch", "may_review", "is_superuser", "is_staff"), flags, strict=True)
        )
        html = _written[key] = mark_safe(render_to_string("core/_nav.html", context).strip())
    return html


# Stand-ins for what a request puts in a written header: NUL never comes out of a template.
_CSRF, _NEXT, _USERNAME = "\x00csrf\x00", "\x00next\x00", "\x00username\x00"
# (language, script prefix, signed in, navigation) -> header with the stand-ins above.
_headers: dict[tuple, str] = {}


@register.simple_tag(takes_context=True)
def page_header(context) -> SafeString:
    """`{% page_header %}`: core/_header.html, the brand, navigation, language form and
    sign-out form at the top of every page.

    Its `{% url %}`, `{% translate %}`, language list and two CSRF fields cost ~1 ms of
    every page's CPU. The markup depends only on the language and the kind of user (which
    navigation): it is written once per such key, and each request puts in its own CSRF
    token, path and user name (escaped), which are never kept.
    """
    request, user = context.get("request"), context.get("user")
    authenticated = bool(getattr(user, "is_authenticated", False))
    nav = main_nav(user) if authenticated else ""
    language = get_language()
    key = (language, get_script_prefix(), authenticated, nav)
    written = _headers.get(key)
    if written is None:
        written = _headers[key] = render_to_string(
            "core/_header.html",
            {
                "LANGUAGE_CODE": language,
                "authenticated": authenticated,
                "nav": nav,
                "csrf": mark_safe(_CSRF),
                "next": _NEXT,
                "username": _USERNAME,
            },
        ).strip()
    token = get_token(request) if request is not None else None
    csrf = (
        f'<input type="hidden" name="csrfmiddlewaretoken" value="{escape(token)}">' if token else ""
    )
    return mark_safe(
        written.replace(_CSRF, csrf)
        .replace(_NEXT, escape(request.get_full_path()) if request is not None else "")
        .replace(_USERNAME, escape(user.get_username()) if authenticated else "")
    )


_assets: dict[str, SafeString] = {}


@register.simple_tag
def page_assets() -> SafeString:
    """`{% page_assets %}`: the stylesheet, icon and scripts every page links, their URLs
    found once per script prefix."""
    prefix = get_script_prefix()
    html = _assets.get(prefix)
    if html is None:
        html = _assets[prefix] = mark_safe(
            f'<link rel="stylesheet" href="{escape(static("suivi/suivi.css"))}">\n'
            f'  <link rel="icon" href="{escape(static("suivi/favicon.ico"))}">\n'
            + "\n".join(
                f'  <script src="{escape(static(f"suivi/{name}"))}" defer></script>'
                for name in ("htmx.min.js", "picker.js", "tables.js")
            )
        )
    return html
