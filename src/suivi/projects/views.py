from suivi.access.scope import scoped_prefetches
from suivi.core.views import RegisterDetailView, RegisterListView
from suivi.exchange.views import ExportableListMixin
from suivi.projects.models import Project


class ProjectListView(ExportableListMixin, RegisterListView):
    model = Project
    export_table = "projects"
    export_formats = ("csv", "xlsx", "iati")
    search_fields = ("title", "description")

    def get_queryset(self):
        agreements = scoped_prefetches(self.request.user, Project, "agreements")
        return super().get_queryset().prefetch_related(*agreements, "sectors")


class ProjectDetailView(RegisterDetailView):
    model = Project
