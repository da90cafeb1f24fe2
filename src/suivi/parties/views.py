from suivi.access.scope import access_of
from suivi.core.edit import RegisterEditView
from suivi.core.views import RegisterDetailView, RegisterListView
from suivi.parties.forms import PartyForm
from suivi.parties.models import Party
from suivi.parties.profile import profile


class PartyListView(RegisterListView):
    model = Party
    search_fields = ("code", "name_fr", "name_en", "name_ru")

    def get_queryset(self):
        queryset = super().get_queryset().select_related("parent")
        kind = self.request.GET.get("kind")
        return queryset.filter(kind=kind) if kind else queryset


class PartyDetailView(RegisterDetailView):
    model = Party

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(profile(self.request.user, self.object))
        return context


class PartyEditView(RegisterEditView):
    """Parties are reference records: administrators add and change them."""

    model = Party
    form_class = PartyForm

    def may_create(self, user) -> bool:
        return access_of(user).admin
