from suivi.access.scope import visible
from suivi.commissions.models import Commission
from suivi.core.views import RegisterDetailView, RegisterListView


class CommissionListView(RegisterListView):
    model = Commission
    search_fields = ("name", "mandate", "parties__code")

    def get_queryset(self):
        return super().get_queryset().prefetch_related("parties")


class CommissionDetailView(RegisterDetailView):
    model = Commission

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sessions"] = visible(self.request.user, self.object.sessions.all())
        return context
