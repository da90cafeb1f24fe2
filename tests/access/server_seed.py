"""Party A's restricted records of every kind in a served register, for the black-box crawl.

    python -m tests.access.server_seed     (in the server's environment, after tests.deploy.seed)

Builds `test_party_b_crawl.build_register`'s records (one marker word a field, every way a
public record can name a restricted one) in a commission of its own whose delegates are the
deploy seed's `aminata` (A) and `boris` (B), and prints as JSON the markers and every id a
URL may take.
"""

from __future__ import annotations

import json
from types import SimpleNamespace


def seed() -> dict:
    from suivi.cli import django_env

    django_env.setup()
    from django.contrib.auth import get_user_model

    from suivi.access.models import Membership
    from suivi.commissions.models import ActionItem, AgendaItem, Commission, Session
    from suivi.core.actor import acting_as
    from suivi.core.registry import record_models
    from suivi.parties.models import Party, Person
    from tests.access import test_party_b_crawl as crawl_register

    users = get_user_model().objects
    admin = users.get(username="admin")
    mali, russia = Party.objects.get(code="MLI"), Party.objects.get(code="RUS")
    with acting_as(admin):
        commission = Commission.objects.create(name="Commission du crawl", cadence_months=3)
        commission.parties.set([mali, russia])
        for name, party in (("aminata", mali), ("boris", russia)):
            Membership.objects.create(
                user=users.get(username=name), role="delegate", party=party, commission=commission
            )
        story = SimpleNamespace(
            commission=commission, party_a=mali, party_b=russia, secretariat=admin
        )
        register = crawl_register.build_register(story)
    ids: set[int] = {mali.pk, russia.pk, 999_999}
    for model in record_models():
        if model._meta.app_label != "parties":
            ids.update(
                pk
                for pk in model._default_manager.values_list("pk", flat=True)
                if isinstance(pk, int)
            )
    agreement, project, session = register.hidden
    return {
        "markers": crawl_register.MARKERS,
        "ids": sorted(ids),
        "commissions": sorted(Commission.objects.values_list("pk", flat=True)),
        "numbers": sorted(set(Session.objects.values_list("number", flat=True))),
        "agenda_items": sorted(AgendaItem.objects.values_list("pk", flat=True)),
        "action_items": sorted(ActionItem.objects.values_list("pk", flat=True)),
        "people": sorted(Person.objects.values_list("pk", flat=True))[:3],
        "hidden_links": [
            f'href="/agreements/{agreement.pk}/"',
            f'href="/projects/{project.pk}/"',
            f'href="/commissions/{session.commission_id}/sessions/{session.number}/"',
        ],
    }


if __name__ == "__main__":
    print(json.dumps(seed()))
