"""Site-wide policies: sign-in required for pages, and a strict Content Security Policy."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.middleware import LoginRequiredMiddleware


class PagesLoginRequiredMiddleware(LoginRequiredMiddleware):
    """Pages need a signed-in user; the API answers 401 itself rather than redirecting.

    With SUIVI_PUBLIC_PAGES, anonymous visitors may open the register's lists and detail
    pages; the access scope then shows them public records only.
    """

    PUBLIC_URL_NAMES = frozenset({"home", "list", "detail"})

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.path.startswith("/api/"):
            return None
        match = request.resolver_match
        if (
            settings.SUIVI_PUBLIC_PAGES
            and match is not None
            and match.url_name in self.PUBLIC_URL_NAMES
            and match.namespace != "admin"
        ):
            return None
        return super().process_view(request, view_func, view_args, view_kwargs)


class ContentSecurityPolicyMiddleware:
    """Send the policy of settings.CONTENT_SECURITY_POLICY: no inline script, no foreign origin."""

    def __init__(self, get_response):
        self.get_response = get_response
        directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
        self.header = "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", self.header)
        return response


class RefuseNulMiddleware:
    """Answer 400 to a query string holding NUL, which no PostgreSQL text can take.

    Search boxes and filters pass their words to the database; one check here spares
    every view a 500. The API gets its declared error shape.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any("\x00" in key + "".join(values) for key, values in request.GET.lists()):
            from django.http import HttpResponseBadRequest, JsonResponse
            from django.utils.translation import gettext as _

            message = _("La requête contient un caractère nul.")
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": message, "errors": {}}, status=400)
            return HttpResponseBadRequest(message)
        return self.get_response(request)
