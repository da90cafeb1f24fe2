from django.db.models import Prefetch

from suivi.access.scope import visible
from suivi.agreements.models import Agreement
from suivi.core.views import RegisterDetailView, RegisterListView
from suivi.projects.filters import MilestoneFilter, ProjectFilter
from suivi.projects.models import Milestone, Project


class ProjectListView(RegisterListView):
    model = Project
    search_fields = ("title", "description")
    filter_class = ProjectFilter
    orderings = {"title": ("title",), "status": ("status",), "start": ("start",), "end": ("end",)}

    def get_queryset(self):
        agreements = visible(self.request.user, Agreement.objects.all())
        return (
            super()
            .get_queryset()
            .prefetch_related(Prefetch("agreements", queryset=agreements), "sectors")
        )


class ProjectDetailView(RegisterDetailView):
    model = Project


class MilestoneListView(RegisterListView):
    model = Milestone
    template_name = "projects/milestone_list.html"
    search_fields = ("title", "project__title")
    filter_class = MilestoneFilter
    orderings = {"due": ("due",), "project": ("project__title", "due")}

    def get_queryset(self):
        return super().get_queryset().select_related("project")
