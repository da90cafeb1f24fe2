from django.core.exceptions import PermissionDenied
from django.urls import reverse

from suivi.access.scope import access_of, editable_or_refused, visible
from suivi.core.edit import RegisterEditView
from suivi.core.views import RegisterDetailView, RegisterListView
from suivi.parties.choices import register_order
from suivi.parties.forms import PartyForm, PersonForm, RoleForm
from suivi.parties.models import Party, Person, Role
from suivi.parties.profile import profile


class PartyListView(RegisterListView):
    model = Party
    search_fields = ("code", "name_fr", "name_en", "name_ru")

    def get_queryset(self):
        queryset = super().get_queryset().select_related("parent")
        kind = self.request.GET.get("kind")
        return queryset.filter(kind=kind) if kind else queryset

    def sorted(self, queryset):
        """The register's parties first, then states, then others, A–Z in the page's language."""
        if self.request.GET.get("sort"):
            return super().sorted(queryset)
        return register_order(self.request.user, queryset)


class PartyDetailView(RegisterDetailView):
    model = Party

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(profile(self.request.user, self.object))
        return context


class ReferenceEditView(RegisterEditView):
    """Parties, people and their roles are reference records: administrators keep them."""

    def may_create(self, user) -> bool:
        return access_of(user).admin


class PartyEditView(ReferenceEditView):
    model = Party
    form_class = PartyForm


class PersonDetailView(RegisterDetailView):
    model = Person
    template_name = "parties/person_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        roles = Role.objects.filter(person=self.object).select_related("party")
        context["roles"] = visible(self.request.user, roles)
        return context


class PersonEditView(ReferenceEditView):
    model = Person
    form_class = PersonForm

    def success_url(self, record) -> str:
        return reverse("parties:person", args=[record.pk])


class RoleEditView(ReferenceEditView):
    """A role, added from its person's page (the person's pk in the URL) or edited by its pk."""

    model = Role
    form_class = RoleForm

    def record(self, request, pk, person=None):
        if person is not None:
            if not self.may_create(request.user):
                raise PermissionDenied
            return Role(person=editable_or_refused(request.user, Person.objects.all(), pk=person))
        return super().record(request, pk)

    def success_url(self, record) -> str:
        return reverse("parties:person", args=[record.person_id])
