"""The REST API (django-ninja); each app adds its router from its own `api.py`."""

from suivi import __version__
from suivi.access.auth import API_AUTH
from suivi.access.permissions import enforce
from suivi.core.api_errors import SuiviAPI

api = SuiviAPI(title="suivi", version=__version__, urls_namespace="api", auth=API_AUTH)

# Every operation: the unsafe ones must declare their action (`@requires`), see permissions.
api.add_decorator(enforce)

api.add_router("/agreements", "suivi.agreements.api.router")
api.add_router("/projects", "suivi.projects.api.router")
api.add_router("/commissions", "suivi.commissions.api.router")
api.add_router("/sources", "suivi.sources.api.router")
