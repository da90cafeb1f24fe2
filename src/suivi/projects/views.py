from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _

from suivi.access.scope import editable, visible
from suivi.core import charts
from suivi.core.edit import RegisterEditView
from suivi.core.views import RegisterDetailView, RegisterListView
from suivi.exchange.views import ExportableListMixin
from suivi.projects.filters import MilestoneFilter, ProjectFilter
from suivi.projects.forms import MilestoneForm, ProjectForm
from suivi.projects.models import Milestone, Project
from suivi.projects.rows import milestone_rows, project_rows, project_table


class ProjectListView(ExportableListMixin, RegisterListView):
    model = Project
    export_table = "projects"
    export_formats = ("csv", "xlsx", "iati")
    filter_class = ProjectFilter
    orderings = {"title": ("title",), "status": ("status",), "start": ("start",), "end": ("end",)}
    row_fields = ("title", "budget_amount", "budget_currency", "status", "start", "end")  # rows.py

    def get_queryset(self):
        # Each row's agreements are read through the scope by project_rows().
        return super().get_queryset().defer("search_text", "description")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = rows = project_rows(self.request.user, context["object_list"])
        context["table_body"] = project_table(rows)
        return context


class ProjectDetailView(RegisterDetailView):
    model = Project

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        milestones = visible(self.request.user, self.object.milestones.all())
        context["milestones"] = rows = milestone_rows(milestones)
        context["milestone_timeline"] = charts.timeline(
            _("Jalons du projet"),
            [
                (row.milestone.due, f"{row.due} — {row.milestone.title} ({row.state})", row.css)
                for row in rows
            ],
        )
        return context


class MilestoneListView(RegisterListView):
    model = Milestone
    template_name = "projects/milestone_list.html"
    search_fields = ("title", "project__title")
    filter_class = MilestoneFilter
    orderings = {"due": ("due",), "project": ("project__title", "due")}

    def get_queryset(self):
        return super().get_queryset().select_related("project")


class ProjectEditView(RegisterEditView):
    model = Project
    form_class = ProjectForm


class MilestoneEditView(RegisterEditView):
    """A milestone, added from its project's page (`project` in the URL) or edited by its pk."""

    model = Milestone
    form_class = MilestoneForm

    def record(self, request, pk, project=None):
        if pk is None:
            projects = editable(request.user, Project.objects.all())
            return Milestone(project=get_object_or_404(projects, pk=project))
        return super().record(request, pk)

    def success_url(self, record) -> str:
        return reverse("projects:detail", args=[record.project_id])
