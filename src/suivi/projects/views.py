from django.db.models import Prefetch

from suivi.access.scope import visible
from suivi.agreements.models import Agreement
from suivi.core.views import RegisterDetailView, RegisterListView
from suivi.exchange.views import ExportableListMixin
from suivi.projects.models import Project


class ProjectListView(ExportableListMixin, RegisterListView):
    model = Project
    export_table = "projects"
    export_formats = ("csv", "xlsx", "iati")
    search_fields = ("title", "description")

    def get_queryset(self):
        agreements = visible(self.request.user, Agreement.objects.all())
        return (
            super()
            .get_queryset()
            .prefetch_related(Prefetch("agreements", queryset=agreements), "sectors")
        )


class ProjectDetailView(RegisterDetailView):
    model = Project
