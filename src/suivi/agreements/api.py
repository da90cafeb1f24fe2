"""REST endpoints for agreements, scoped like the pages."""

from __future__ import annotations

from datetime import date

from django.shortcuts import get_object_or_404
from ninja import Router, Schema

from suivi.access.scope import visible
from suivi.agreements.models import Agreement

router = Router(tags=["agreements"])


class AgreementOut(Schema):
    id: int
    kind: str
    status: str
    title_fr: str
    title_en: str
    title_ru: str
    parties: list[str]
    sectors: list[str]
    signed_on: date | None
    in_force_on: date | None
    confidentiality: str

    @staticmethod
    def resolve_parties(obj: Agreement) -> list[str]:
        return [party.code for party in obj.parties.all()]

    @staticmethod
    def resolve_sectors(obj: Agreement) -> list[str]:
        return [sector.code for sector in obj.sectors.all()]


def _agreements(request):
    return visible(request.user, Agreement.objects.prefetch_related("parties", "sectors"))


@router.get("/", response=list[AgreementOut])
def list_agreements(request):
    return list(_agreements(request))


@router.get("/{agreement_id}", response=AgreementOut)
def get_agreement(request, agreement_id: int):
    return get_object_or_404(_agreements(request), pk=agreement_id)
