"""The site's main navigation, written once per language and kind of user."""

from __future__ import annotations

from django import template
from django.template.loader import render_to_string
from django.urls import get_script_prefix
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

register = template.Library()

# (language, script prefix, may watch, superuser, staff) -> HTML: at most 3 x 8 entries a
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

    flags = (permits(user, "source.add"), user.is_superuser, user.is_staff)
    key = (get_language(), get_script_prefix(), *flags)
    html = _written.get(key)
    if html is None:
        may_watch, is_superuser, is_staff = flags
        context = {"may_watch": may_watch, "is_superuser": is_superuser, "is_staff": is_staff}
        html = _written[key] = mark_safe(render_to_string("core/_nav.html", context).strip())
    return html
