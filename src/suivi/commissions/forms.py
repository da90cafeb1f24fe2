"""Forms of the commission cycle; the pages, the API and the CLI validate through them alike."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from suivi.access.scope import visible
from suivi.commissions.models import (
    CADENCE_POSITIVE,
    SESSION_END_BEFORE_START,
    SESSION_NUMBER_TAKEN,
    ActionItem,
    AgendaItem,
    Attendance,
    Commission,
    Decision,
    Session,
)
from suivi.core.edit import RegisterForm
from suivi.core.forms import VersionedFormMixin

# Browsers' date pickers exchange ISO dates whatever the interface language.
DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class CommissionPartiesMixin:
    """Party pickers offer the commission's parties (and their agencies), not every state.

    `party_fields` are limited to the commission's parties, `agency_fields` to those parties
    and the ministries and agencies under them; the commission comes from the instance.
    """

    party_fields: tuple[str, ...] = ()
    agency_fields: tuple[str, ...] = ()

    def limit_parties(self) -> None:
        from django.db.models import Q

        from suivi.parties.models import Party

        session = (
            getattr(self.instance, "session", None)
            if hasattr(self.instance, "session_id")
            else None
        )
        commission_id = (
            session.commission_id if session else getattr(self.instance, "commission_id", None)
        )
        if not commission_id:
            return
        from suivi.core.search import Fold
        from suivi.parties.choices import name_in_language

        # A–Z by the name the page shows, accents ignored.
        by_name = Fold(name_in_language())
        members = Party.objects.filter(commissions=commission_id)
        for name in self.party_fields:
            if name in self.fields:
                self.fields[name].queryset = members.order_by(by_name, "code")
        agencies = Party.objects.filter(Q(pk__in=members) | Q(parent__in=members))
        for name in self.agency_fields:
            if name in self.fields:
                self.fields[name].queryset = agencies.order_by("parent__name_fr", by_name, "code")


class CommissionForm(RegisterForm):
    """A commission; its cadence, when given, is a whole number of months, at least one.

    The API and the CLI give no user and pick parties by id; the pages give the user and
    get the grouped party picker.
    """

    cadence_months = forms.IntegerField(
        label=_("Périodicité (mois)"),
        required=False,
        help_text=_("Tous les combien de mois la commission se réunit."),
    )

    class Meta:
        model = Commission
        fields = ["name", "parties", "agreements", "mandate", "cadence_months"]

    def setup(self) -> None:
        if self.user is None:
            return
        from suivi.agreements.fields import AgreementsField, agreements_between
        from suivi.parties.fields import PartiesField

        self.fields["parties"] = PartiesField(label=_("Parties"))
        self.fields["parties"].setup(self.user)
        self.fields["agreements"] = AgreementsField.replacing(self.fields["agreements"])
        first = (
            agreements_between(self.user, self.instance.parties.all()) if self.instance.pk else None
        )
        self.fields["agreements"].setup(self.user, first, commission=self.instance.pk)

    def clean_cadence_months(self) -> int | None:
        value = self.cleaned_data.get("cadence_months")
        if value is not None and value < 1:
            raise forms.ValidationError(CADENCE_POSITIVE)
        if value is not None and value > 120:
            raise forms.ValidationError(_("Une périodicité de plus de dix ans n'en est pas une."))
        return value


class SessionForm(VersionedFormMixin, CommissionPartiesMixin, forms.ModelForm):
    """A session of the commission set on the instance; number unique, end not before start."""

    party_fields = ("restricted_to",)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.limit_parties()

    class Meta:
        model = Session
        fields = ["number", "start", "end", "place", "status", "confidentiality", "restricted_to"]
        widgets = {
            "start": DATE_INPUT,
            "end": DATE_INPUT,
        }

    def clean(self) -> dict:
        data = super().clean()
        number = data.get("number")
        taken = Session.objects.filter(commission_id=self.instance.commission_id, number=number)
        if self.instance.pk:
            taken = taken.exclude(pk=self.instance.pk)
        if number is not None and taken.exists():
            self.add_error("number", SESSION_NUMBER_TAKEN)
        start, end = data.get("start"), data.get("end")
        if start and end and end < start:
            self.add_error("end", SESSION_END_BEFORE_START)
        return data


class MinutesForm(VersionedFormMixin, forms.ModelForm):
    class Meta:
        model = Session
        fields = ["minutes"]
        widgets = {"minutes": forms.Textarea(attrs={"rows": 8})}


class AgendaItemForm(VersionedFormMixin, forms.ModelForm):
    """A point's words; changing those of a point drawn from the register makes them typed ones."""

    class Meta:
        model = AgendaItem
        fields = ["title", "body", "kind"]
        widgets = {"body": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.generated:
            from suivi.commissions.agenda_text import agenda_text

            text = agenda_text(self.instance)
            self.initial.update(title=text.title, body=text.body)

    def save(self, commit: bool = True):
        if {"title", "body"} & set(self.changed_data):
            self.instance.generated = False
        return super().save(commit)


class AttendanceForm(VersionedFormMixin, CommissionPartiesMixin, forms.ModelForm):
    """One delegation; a party comes once per session."""

    party_fields = ("party",)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.limit_parties()

    class Meta:
        model = Attendance
        fields = ["party", "head", "members"]
        widgets = {"members": forms.Textarea(attrs={"rows": 3})}

    def clean(self) -> dict:
        data = super().clean()
        party = data.get("party")
        others = Attendance.objects.filter(session_id=self.instance.session_id, party=party)
        if self.instance.pk:
            others = others.exclude(pk=self.instance.pk)
        if party is not None and others.exists():
            self.add_error("party", _("Cette partie a déjà sa délégation à cette session."))
        return data


class DecisionForm(VersionedFormMixin, CommissionPartiesMixin, forms.ModelForm):
    """A decision, linked only to agreements and projects the user may see in this commission.

    Those are the commission's few, ticked rather than picked in a multiple select (which
    wants Ctrl-click and hides its choice below the fold); its party is one of the
    commission's.
    """

    party_fields = ("restricted_to",)

    class Meta:
        model = Decision
        fields = ["text", "agreements", "projects", "confidentiality", "restricted_to"]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 3}),
            "agreements": forms.CheckboxSelectMultiple(attrs={"class": "ticks"}),
            "projects": forms.CheckboxSelectMultiple(attrs={"class": "ticks"}),
        }

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_parties()
        from suivi.projects.models import Project

        commission = self.instance.session.commission
        agreements = visible(user, commission.agreements.all())
        self.fields["agreements"].queryset = agreements
        self.fields["projects"].queryset = visible(
            user, Project.objects.filter(agreements__in=agreements).distinct()
        )


# What the secretariat alone changes on an action item: what the session decided.
SECRETARIAT_ONLY = _("Seul le secrétariat de la commission modifie ce champ.")


class ActionItemForm(VersionedFormMixin, CommissionPartiesMixin, forms.ModelForm):
    """An action item; the owner party's delegates follow it up (status, date done), while
    what the session decided (title, owners, due date) stays the secretariat's."""

    party_fields = ("owner_party",)
    agency_fields = ("owner_agency",)
    progress_fields = ("status", "done_on", "version")

    def __init__(self, *args, user=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.limit_parties()
        self.decided = ()  # the fields this user may not change
        session_id = self.instance.session_id if self.instance.pk else None
        if user is not None and session_id:
            from suivi.access.scope import editable

            commissions = Commission.objects.filter(sessions=session_id)
            if not editable(user, commissions).exists():
                self.decided = tuple(n for n in self.fields if n not in self.progress_fields)

    def clean(self) -> dict:
        cleaned = super().clean()
        for name in self.decided:
            if name in self.changed_data:
                self.add_error(name, SECRETARIAT_ONLY)
        return cleaned

    class Meta:
        model = ActionItem
        fields = [
            "title",
            "owner_party",
            "owner_agency",
            "owner_person",
            "due",
            "status",
            "done_on",
        ]
        widgets = {
            "due": DATE_INPUT,
            "done_on": DATE_INPUT,
        }


def first_error(form: forms.BaseForm) -> str:
    """The form's first message as one line, for the command line."""
    for field, errors in form.errors.items():
        label = form.fields[field].label if field in form.fields else ""
        return f"{label}: {errors[0]}" if label else str(errors[0])
    return ""
