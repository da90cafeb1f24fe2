"""The REST API (django-ninja); each app adds its router from its own `api.py`."""

from suivi import __version__
from suivi.access.auth import API_AUTH
from suivi.access.permissions import enforce
from suivi.core.api_errors import SuiviAPI
from suivi.core.etags import conflict_body
from suivi.core.versioning import EditConflict

api = SuiviAPI(title="suivi", version=__version__, urls_namespace="api", auth=API_AUTH)

# Every operation: the unsafe ones must declare their action (`@requires`), see permissions.
api.add_decorator(enforce)

api.add_router("/agreements", "suivi.agreements.api.router")
api.add_router("/projects", "suivi.projects.api.router")
api.add_router("/commissions", "suivi.commissions.api.router")
api.add_router("/sources", "suivi.sources.api.router")


@api.exception_handler(EditConflict)
def edit_conflict(request, conflict: EditConflict):
    """409 (stale body version, or a concurrent save) or 412 (If-Match), with the current ETag."""
    status = getattr(conflict, "status", 409)
    response = api.create_response(request, conflict_body(conflict), status=status)
    if conflict.current is not None:
        response["ETag"] = f'"{conflict.current}"'
    return response
