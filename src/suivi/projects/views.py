from suivi.core.views import RegisterDetailView, RegisterListView
from suivi.projects.models import Project


class ProjectListView(RegisterListView):
    model = Project
    search_fields = ("title", "description")

    def get_queryset(self):
        return super().get_queryset().prefetch_related("agreements", "sectors")


class ProjectDetailView(RegisterDetailView):
    model = Project
