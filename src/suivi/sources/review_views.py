"""The review queue: pending claims, a claim beside its source, and the reviewer's decisions."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from suivi.access.permissions import requires
from suivi.access.scope import RESTRICTED, editable, name_of, visible
from suivi.core.search import matching
from suivi.sources import review
from suivi.sources.forms import ClaimFilterForm, FactsForm, MergeForm, RejectForm
from suivi.sources.highlight import highlighted
from suivi.sources.models import Claim, ClaimStatus
from suivi.sources.suggestions import attach, proposal_for, suggest

PAGE = 50


def claim_list(request):
    """Claims to review, filtered by status (pending by default), kind and words."""
    params = request.GET if request.GET else {"status": ClaimStatus.PENDING}
    form = ClaimFilterForm(params)
    claims = visible(request.user, Claim.objects.select_related("source", "record_type"))
    form.is_valid()
    # Each valid filter applies on its own, an unknown value is said and ignored, as on
    # the register's lists (an unknown status used to drop the kind and words with it).
    data = form.cleaned_data
    if data.get("status"):
        claims = claims.filter(status=data["status"])
    if data.get("kind"):
        claims = claims.filter(kind=data["kind"])
    if data.get("q"):
        # "nucleaire" finds "nucléaire", "ENERGIE" finds "énergie", as every list's search
        claims = claims.filter(matching(("evidence", "source__title"), data["q"]))
    notices = []
    if form.errors:
        names = ", ".join(str(form.fields[name].label) for name in form.errors)
        notices.append(_("Filtre ignoré, valeur inconnue : %(names)s.") % {"names": names})
    claims = claims.defer("source__text")
    shown = suggest(claims[:PAGE], request.user)  # resolved for this page only
    _name_records(request.user, shown)
    return render(
        request,
        "sources/claim_list.html",
        {"form": form, "claims": shown, "total": claims.count(), "notices": notices},
    )


def _name_records(user, claims: list[Claim]) -> None:
    """Give each claim the name of the record it would go into (or went into), as the
    reviewer may see it: a reviewer decides on "same as « Accord de Bamako »", not on
    "same as agreement no. 190". One query per kind of record on the page."""
    wanted: dict[type, set] = {}
    for claim in claims:
        if claim.record_id and claim.record_type_id:
            model = claim.record_type.model_class()
            if model is not None:
                wanted.setdefault(model, set()).add(claim.record_id)
    names: dict[tuple[type, object], str] = {}
    for model, ids in wanted.items():
        for record in visible(user, model._default_manager.filter(pk__in=ids)):
            names[(model, record.pk)] = str(record)
    for claim in claims:
        if claim.record_id and claim.record_type_id:
            model = claim.record_type.model_class()
            claim.record_label = names.get((model, claim.record_id), str(RESTRICTED))


def claim_detail(request, pk: int, forms: dict | None = None, status: int = 200):
    """One claim beside its source text, the evidence marked, with the decision forms."""
    claim = get_object_or_404(visible(request.user, Claim.objects.select_related("source")), pk=pk)
    proposal = None
    if claim.status == ClaimStatus.PENDING:
        proposal = proposal_for(claim, request.user)
        attach(claim, proposal)  # its score and "same as", as the queue shows them
    candidates = [record for record, _score in proposal.candidates] if proposal else []
    context = {
        "claim": claim,
        "record_name": name_of(request.user, claim.record),  # hidden: "restricted record"
        "text": highlighted(claim.source.text, claim.evidence),
        "proposal": proposal,
        "can_review": editable(request.user, Claim.objects.filter(pk=pk)).exists(),
        "facts_form": FactsForm(claim.kind, initial_facts=claim.facts, user=request.user),
        "merge_form": MergeForm(claim=claim, user=request.user, candidates=candidates),
        "reject_form": RejectForm(),
        **(forms or {}),
    }
    return render(request, "sources/claim_detail.html", context, status=status)


def _reviewable(request, pk: int) -> Claim:
    return get_object_or_404(editable(request.user, Claim.objects.all()), pk=pk)


def _done(request, claim: Claim, message: str):
    messages.success(request, message)
    following = (
        visible(request.user, Claim.objects.filter(status=ClaimStatus.PENDING, pk__gt=claim.pk))
        .order_by("pk")
        .first()
    )
    if following:
        return redirect("sources:claim", following.pk)
    return redirect(reverse("sources:claims"))


def _failed(request, pk: int, error: Exception, forms: dict | None = None):
    messages.error(request, str(error))
    status = 409 if isinstance(error, review.ReviewConflict) else 400
    return claim_detail(request, pk, forms=forms, status=status)


@require_POST
@requires("claim.review")
def accept(request, pk: int):
    """Accept as proposed, as a new record ("new"), or with edited facts ("edit")."""
    claim = _reviewable(request, pk)
    facts_form = None
    facts = None
    if request.POST.get("edit"):
        facts_form = FactsForm(claim.kind, request.POST, user=request.user)
        if not facts_form.is_valid():
            return _failed(
                request, pk, ValueError(_("Faits invalides.")), {"facts_form": facts_form}
            )
        facts = facts_form.facts()
    try:
        record = review.accept(pk, request.user, facts=facts, as_new=bool(request.POST.get("new")))
    except review.ReviewError as error:
        return _failed(request, pk, error, {"facts_form": facts_form} if facts_form else None)
    return _done(request, claim, _("Constat accepté : %(record)s") % {"record": record or "—"})


@require_POST
@requires("claim.review")
def merge(request, pk: int):
    """Accept into the record the reviewer names."""
    claim = _reviewable(request, pk)
    form = MergeForm(request.POST, claim=claim, user=request.user)
    if not form.is_valid():
        return _failed(
            request, pk, ValueError(_("Choisissez l'enregistrement.")), {"merge_form": form}
        )
    try:
        record = review.accept(pk, request.user, merge_into=form.cleaned_data["record"].pk)
    except review.ReviewError as error:
        return _failed(request, pk, error, {"merge_form": form})
    return _done(request, claim, _("Constat fusionné dans %(record)s") % {"record": record})


@require_POST
@requires("claim.review")
def reject(request, pk: int):
    """Reject with a reason; the claim stays, marked."""
    claim = _reviewable(request, pk)
    form = RejectForm(request.POST)
    if not form.is_valid():
        return _failed(
            request, pk, ValueError(_("Un rejet demande un motif.")), {"reject_form": form}
        )
    try:
        review.reject(pk, request.user, form.cleaned_data["reason"])
    except review.ReviewError as error:
        return _failed(request, pk, error, {"reject_form": form})
    return _done(request, claim, _("Constat rejeté."))
