"""What can go wrong when a source or a page is read, named for people, not as raw codes."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Problem(models.TextChoices):
    """Why a feed or an article was skipped; stored as a code, shown through its label."""

    ROBOTS = "robots", _("interdit par le robots.txt du site")
    TIMEOUT = "timeout", _("délai dépassé")
    TOO_LARGE = "too_large", _("page trop volumineuse")
    REDIRECT_LOOP = "redirect_loop", _("boucle de redirections")
    TOO_MANY_REDIRECTS = "redirects", _("trop de redirections")
    HTTP = "http", _("le serveur a refusé la page")
    NETWORK = "network", _("site injoignable")
    NOT_XML = "not_xml", _("ce n'est pas un flux XML lisible")
    NOT_A_FEED = "not_a_feed", _("ni un flux RSS ou Atom, ni un plan de site")
    NOT_HTML = "not_html", _("ce n'est pas une page HTML")
    ENCODING = "encoding", _("la page n'est pas dans l'encodage annoncé")
    UNREADABLE = "unreadable", _("article illisible")


class WatchError(Exception):
    """A feed or page that could not be taken; `detail` is a short fact (a status, a size)."""

    def __init__(self, problem: Problem, detail: str = ""):
        self.problem = Problem(problem)
        self.detail = detail
        super().__init__(self.message())

    def message(self) -> str:
        label = str(self.problem.label)
        return f"{label} ({self.detail})" if self.detail else label
