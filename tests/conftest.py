"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# The suite reads the command line's French output whatever the machine's LANG (a test of
# another language says so in the environment it gives).
os.environ["SUIVI_LANGUAGE"] = "fr"


def run_suivi(*args: str, env: dict | None = None, timeout: int = 180, input: str | None = None):
    """Run the `suivi` command in a subprocess, as a user would."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **(env or {})}
    full_env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "-m", "suivi", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        input=input,
    )


@pytest.fixture(autouse=True)
def french_by_default():
    """Each test starts in French: a page asked in Russian by an earlier test in the same
    process leaves Russian active (LocaleMiddleware activates, nothing deactivates)."""
    from django.utils import translation

    translation.activate("fr")
    yield
    translation.activate("fr")


@pytest.fixture(autouse=True)
def fresh_memo():
    """Each test starts with nothing remembered (core/memo.py): the rollback that ends a test
    sends no signal, so choices computed from its records would outlive them."""
    from suivi.core import memo

    memo.forget()
    yield
    memo.forget()


@pytest.fixture
def suivi_cli():
    return run_suivi


@pytest.fixture(scope="session")
def registers(tmp_path_factory):
    """Registers built once per run and copied per test (tests/registers.py says why)."""
    from tests.registers import Registers

    base = tmp_path_factory.getbasetemp()
    # Under xdist each worker has its own base; their parent is this run's, shared by all.
    root = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    return Registers(root / "suivi-registers")


def _postgres_url() -> str:
    """SUIVI_TEST_DATABASE_URL when it names a PostgreSQL server, else ""."""
    url = os.environ.get("SUIVI_TEST_DATABASE_URL", "")
    return url if url.startswith("postgres") else ""


@pytest.fixture(scope="session")
def postgres_template(registers) -> str | None:
    """On PostgreSQL, the run's migrated database that new ones copy (tests/postgres.py)."""
    from tests.postgres import migrated_template

    url = _postgres_url()
    return migrated_template(registers, url) if url else None


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, postgres_template):
    """pytest-django's test database starts as a copy of the migrated template on PostgreSQL
    (its `migrate` then finds nothing to do)."""
    if postgres_template:
        from django.conf import settings

        settings.DATABASES["default"].setdefault("TEST", {})["TEMPLATE"] = postgres_template


def pytest_sessionfinish(session):
    """The run's main process drops the PostgreSQL template its workers may have built."""
    if _postgres_url() and not os.environ.get("PYTEST_XDIST_WORKER"):
        from tests.postgres import drop_template

        drop_template(_postgres_url())


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture
def story(db):
    """Who tells most access stories (Healthchecks style), around one Mali–Russia commission.

    `mli` and `rus` are delegation members of party A (MLI) and party B (RUS) in that
    commission, `reader` reads public records, `secretariat` runs the commission and
    `reviewer` works the review queue. Every user's password is "pw-<name>-2026".
    """
    from types import SimpleNamespace

    from django.contrib.auth import get_user_model

    from suivi.access.models import Membership
    from suivi.commissions.models import Commission
    from suivi.parties.models import Party

    mali, russia = Party.objects.get(code="MLI"), Party.objects.get(code="RUS")
    commission = Commission.objects.create(name="Commission intergouvernementale Mali–Russie")
    commission.parties.set([mali, russia])

    def person(name: str, role: str, party: Party | None = None, in_commission: bool = False):
        user = get_user_model().objects.create_user(name, password=f"pw-{name}-2026")
        Membership.objects.create(
            user=user, role=role, party=party, commission=commission if in_commission else None
        )
        return user

    return SimpleNamespace(
        commission=commission,
        party_a=mali,
        party_b=russia,
        mli=person("aminata", "delegate", mali, in_commission=True),
        rus=person("boris", "delegate", russia, in_commission=True),
        reader=person("rita", "reader"),
        secretariat=person("sekou", "secretariat", in_commission=True),
        reviewer=person("vera", "reviewer"),
    )


@pytest.fixture
def make_reader(django_user_model):
    """A user with the reader role: public records only."""
    from suivi.access.models import Membership

    def make(username: str = "reader"):
        user = django_user_model.objects.create_user(username, password="x")
        Membership.objects.create(user=user, role="reader")
        return user

    return make
