"""Joint bodies that follow the agreements, and their sessions."""

from __future__ import annotations

import secrets
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from suivi.commissions.cadence import CadenceStatus, cadence_status
from suivi.core.formats import day
from suivi.core.history import BatchedHistory, LinkedHistory
from suivi.core.models import ConfidentialModel, ScopedManager
from suivi.core.versioning import VersionedModel

# Messages shared by the database constraints, the forms, the API and the CLI.
CADENCE_POSITIVE = _("La périodicité est d'au moins un mois.")
SESSION_NUMBER_TAKEN = _("Cette commission a déjà une session de ce numéro.")
SESSION_END_BEFORE_START = _("Une session ne finit pas avant de commencer.")


class Commission(VersionedModel):
    """A joint commission or committee that meets on a cadence to follow the projects."""

    name = models.CharField(_("nom"), max_length=300)
    parties = models.ManyToManyField(
        "parties.Party", verbose_name=_("parties"), related_name="commissions"
    )
    agreements = models.ManyToManyField(
        "agreements.Agreement",
        verbose_name=_("accords suivis"),
        blank=True,
        related_name="commissions",
    )
    mandate = models.TextField(_("mandat"), blank=True)
    cadence_months = models.PositiveSmallIntegerField(
        _("périodicité (mois)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
        help_text=_("Tous les combien de mois la commission se réunit."),
    )
    chairs = models.ManyToManyField(
        "parties.Person", verbose_name=_("coprésidents"), blank=True, related_name="chaired"
    )
    history = LinkedHistory(m2m_fields=[parties, agreements, chairs], excluded_fields=["version"])
    scope_rule = "commission"

    class Meta:
        ordering = ["name"]
        verbose_name = _("commission")
        verbose_name_plural = _("commissions")
        constraints = [
            models.CheckConstraint(
                condition=Q(cadence_months__isnull=True) | Q(cadence_months__gte=1),
                name="commission_cadence_positive",
                violation_error_message=CADENCE_POSITIVE,
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def last_session_start(self, today: date, sessions=None) -> date | None:
        """The start of the latest session that took place by `today` (cancelled ones do not count)."""
        sessions = self.sessions.all() if sessions is None else sessions
        # A session known only by its last day (a press report of its close) met by then.
        starts = [
            session.start or session.end
            for session in sessions
            if (session.start or session.end)
            and (session.start or session.end) <= today
            and session.took_place
        ]
        return max(starts, default=None)

    def cadence(self, today: date, sessions=None) -> CadenceStatus:
        """Whether the commission keeps its cadence on `today`, from the sessions given or all."""
        return cadence_status(self.cadence_months, self.last_session_start(today, sessions), today)


class SessionStatus(models.TextChoices):
    PLANNED = "planned", _("Prévue")
    HELD = "held", _("Tenue")
    POSTPONED = "postponed", _("Reportée")
    CANCELLED = "cancelled", _("Annulée")


class Session(VersionedModel, ConfidentialModel):
    """One meeting of a commission; its number is unique within the commission."""

    commission = models.ForeignKey(
        Commission, verbose_name=_("commission"), on_delete=models.PROTECT, related_name="sessions"
    )
    number = models.PositiveIntegerField(_("numéro"))
    start = models.DateField(_("début"), null=True, blank=True)
    end = models.DateField(_("fin"), null=True, blank=True)
    place = models.CharField(_("lieu"), max_length=200, blank=True)
    status = models.CharField(
        _("statut"), max_length=16, choices=SessionStatus.choices, default=SessionStatus.PLANNED
    )
    minutes = models.TextField(_("procès-verbal"), blank=True)
    history = BatchedHistory(excluded_fields=["version"])
    commission_lookups = ("commission",)

    class Meta:
        ordering = ["commission", "number"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.UniqueConstraint(
                fields=["commission", "number"],
                name="session_number_unique_per_commission",
                violation_error_message=SESSION_NUMBER_TAKEN,
            ),
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(start__isnull=True) | Q(end__gte=F("start")),
                name="session_end_not_before_start",
                violation_error_message=SESSION_END_BEFORE_START,
            ),
        ]

    def __str__(self) -> str:
        return _("%(commission)s, session %(number)s") % {
            "commission": self.commission,
            "number": self.number,
        }

    def clean(self) -> None:
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": SESSION_END_BEFORE_START})

    @property
    def took_place(self) -> bool:
        """Held, or planned and past: a postponed or cancelled session does not reset the cadence."""
        return self.status in (SessionStatus.HELD, SessionStatus.PLANNED)

    def previous(self, among: models.QuerySet | None = None) -> Session | None:
        """The last earlier session that met (a cancelled one leaves its business to the next).

        `among` limits the search, e.g. to the sessions a reader may see: a page never
        links to a session hidden from its reader.
        """
        sessions = Session.objects.all() if among is None else among
        return (
            sessions.filter(
                commission_id=self.commission_id,
                number__lt=self.number,
                status__in=(SessionStatus.HELD, SessionStatus.PLANNED),
            )
            .order_by("-number")
            .first()
        )


class AgendaKind(models.TextChoices):
    PROJECT = "project", _("Projet")
    MILESTONE = "milestone", _("Jalon")
    ACTION = "action", _("Action en suspens")
    AGREEMENT = "agreement", _("Accord")
    CLAIM = "claim", _("Information relue")
    OTHER = "other", _("Autre point")


class AgendaItem(VersionedModel):
    """One point of a session's agenda, built from the register or typed by the secretariat."""

    session = models.ForeignKey(
        Session, verbose_name=_("session"), on_delete=models.CASCADE, related_name="agenda"
    )
    order = models.PositiveIntegerField(_("ordre"), default=0)
    title = models.CharField(_("intitulé"), max_length=500)
    body = models.TextField(_("détail"), blank=True)
    kind = models.CharField(
        _("nature"), max_length=16, choices=AgendaKind.choices, default=AgendaKind.OTHER
    )
    # A point drawn from the register is written at display time from the records it links,
    # in the reader's language; `title`/`body` keep the words of the day it was built, used
    # once the secretariat edits the point (then `generated` is cleared) or a record is gone.
    generated = models.BooleanField(_("rédigé depuis le registre"), default=False)
    facts = models.JSONField(_("données du point"), default=dict, blank=True)
    agreement = models.ForeignKey(
        "agreements.Agreement",
        verbose_name=_("accord"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    project = models.ForeignKey(
        "projects.Project",
        verbose_name=_("projet"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    milestone = models.ForeignKey(
        "projects.Milestone",
        verbose_name=_("jalon"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    action_item = models.ForeignKey(
        "commissions.ActionItem",
        verbose_name=_("action"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="agenda_items",
    )
    claim = models.ForeignKey(
        "sources.Claim",
        verbose_name=_("constat"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # What a point built from the register was drawn from ("action:12"); empty for typed ones.
    # Unique per session, so concurrent builds cannot put the same point on twice.
    drawn_from = models.CharField(_("tiré de"), max_length=64, blank=True, editable=False)
    history = HistoricalRecords(excluded_fields=["version"])
    objects = ScopedManager()
    scope_parent = "session"
    # A point drawn from a record names it, so it is as confidential as that record.
    scope_links = ("agreement", "project", "milestone", "action_item", "claim__record")

    class Meta:
        ordering = ["session", "order", "pk"]
        verbose_name = _("point de l'ordre du jour")
        verbose_name_plural = _("ordre du jour")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "drawn_from"],
                condition=~Q(drawn_from=""),
                name="agenda_point_drawn_once_per_session",
            ),
        ]

    def __str__(self) -> str:
        return self.title


class Attendance(VersionedModel):
    """Who came for one party: the head of delegation and its members."""

    session = models.ForeignKey(
        Session, verbose_name=_("session"), on_delete=models.CASCADE, related_name="attendance"
    )
    party = models.ForeignKey(
        "parties.Party", verbose_name=_("partie"), on_delete=models.PROTECT, related_name="+"
    )
    head = models.CharField(_("chef de délégation"), max_length=200, blank=True)
    members = models.TextField(
        _("membres de la délégation"), blank=True, help_text=_("Un nom par ligne.")
    )
    history = HistoricalRecords(excluded_fields=["version"])
    scope_parent = "session"

    class Meta:
        ordering = ["session", "party__code"]
        verbose_name = _("délégation présente")
        verbose_name_plural = _("présences")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "party"],
                name="one_delegation_per_party_and_session",
                violation_error_message=_("Cette partie a déjà sa délégation à cette session."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.party.code}: {self.head}"

    @property
    def member_names(self) -> list[str]:
        return [line.strip() for line in self.members.splitlines() if line.strip()]


class Decision(VersionedModel, ConfidentialModel):
    """What a session decided, tied to the agreements and projects it concerns."""

    session = models.ForeignKey(
        Session, verbose_name=_("session"), on_delete=models.CASCADE, related_name="decisions"
    )
    order = models.PositiveIntegerField(_("ordre"), default=0)
    text = models.TextField(_("texte"))
    agreements = models.ManyToManyField(
        "agreements.Agreement", verbose_name=_("accords"), blank=True, related_name="decisions"
    )
    projects = models.ManyToManyField(
        "projects.Project", verbose_name=_("projets"), blank=True, related_name="decisions"
    )
    history = LinkedHistory(m2m_fields=[agreements, projects], excluded_fields=["version"])
    commission_lookups = ("session__commission",)
    scope_links = ("session",)  # a public decision of a hidden session stays hidden

    class Meta:
        ordering = ["session", "order", "pk"]
        verbose_name = _("décision")
        verbose_name_plural = _("décisions")

    def __str__(self) -> str:
        return self.text[:80]


class ActionStatus(models.TextChoices):
    OPEN = "open", _("Ouverte")
    IN_PROGRESS = "in_progress", _("En cours")
    DONE = "done", _("Faite")
    DROPPED = "dropped", _("Abandonnée")


# Statuses that keep an action item on the next agendas.
OPEN_ACTION_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


class ActionItem(VersionedModel):
    """A task a session gave to a party, agency or person; carried over until done or dropped."""

    session = models.ForeignKey(
        Session,
        verbose_name=_("session où elle fut décidée"),
        on_delete=models.CASCADE,
        related_name="action_items",
    )
    title = models.CharField(_("intitulé"), max_length=500)
    owner_party = models.ForeignKey(
        "parties.Party",
        verbose_name=_("partie responsable"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    owner_agency = models.ForeignKey(
        "parties.Party",
        verbose_name=_("agence responsable"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    owner_person = models.ForeignKey(
        "parties.Person",
        verbose_name=_("personne responsable"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    due = models.DateField(_("échéance"), null=True, blank=True)
    status = models.CharField(
        _("statut"), max_length=16, choices=ActionStatus.choices, default=ActionStatus.OPEN
    )
    done_on = models.DateField(_("faite le"), null=True, blank=True)
    history = HistoricalRecords(excluded_fields=["version"])
    scope_parent = "session"
    party_lookups = ("owner_party",)  # the owner party's delegates update its action items

    class Meta:
        ordering = ["session", "due", "pk"]
        verbose_name = _("action")
        verbose_name_plural = _("actions")

    def __str__(self) -> str:
        return self.title

    @property
    def owner(self) -> str:
        """Whoever answers for the action, most precise first."""
        names = [str(o) for o in (self.owner_person, self.owner_agency, self.owner_party) if o]
        return " / ".join(names)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_ACTION_STATUSES

    def clean(self) -> None:
        super().clean()
        if self.status == ActionStatus.DONE and not self.done_on:
            self.done_on = date.today()
        if self.status != ActionStatus.DONE:
            self.done_on = None


def new_feed_token() -> str:
    return secrets.token_urlsafe(32)


class FeedToken(models.Model):
    """The secret in a user's calendar URL; calendar apps cannot sign in, so the URL is the key."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("utilisateur"),
        on_delete=models.CASCADE,
        related_name="feed_tokens",
    )
    token = models.CharField(_("jeton"), max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(_("créé le"), auto_now_add=True)
    revoked_at = models.DateTimeField(_("révoqué le"), null=True, blank=True)
    history = HistoricalRecords(excluded_fields=["token"])
    scope_rule = "own"

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("jeton de calendrier")
        verbose_name_plural = _("jetons de calendrier")

    def __str__(self) -> str:
        return f"{self.user} ({day(timezone.localdate(self.created_at))})"
