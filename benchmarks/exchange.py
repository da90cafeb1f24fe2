"""Export and import speed: rows per second and peak Python memory per run.

    python benchmarks/exchange.py [--scale 1.0] [--agreements N] [--projects N] [--import-rows N]

Fills a fresh SQLite register (in a temporary folder) with agreements and projects, then
exports agreements and projects to CSV and XLSX, and imports a spreadsheet of new projects.
Peak memory is tracemalloc's peak during a second, traced run: flat in the row count when
streamed (an import's traced run loads the same file again: new projects once more).
Rows per CPU second say what the code costs on a machine other jobs share; rows per second
(wall clock) include the database's own time. Targets (issue 11): CSV >= 20,000 rows/s, XLSX >= 5,000 rows/s, import >= 2,000 rows/s.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time
import tracemalloc
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def setup(folder: str) -> None:
    os.environ["SUIVI_DATA_DIR"] = folder
    os.environ.pop("SUIVI_DATABASE_URL", None)
    from suivi.cli import django_env

    django_env.setup(folder, check_database=False)
    django_env.migrate()


def fill(agreements: int, projects: int) -> None:
    """Bulk rows, as fast as the ORM goes: the benchmark measures the exchange, not this."""
    from django.db import transaction

    from suivi.agreements.models import Agreement
    from suivi.parties.models import Party
    from suivi.projects.models import Milestone, Project

    parties = list(Party.objects.filter(code__in=["MLI", "RUS", "BFA", "NER"]))
    with transaction.atomic():
        made = Agreement.objects.bulk_create(
            Agreement(
                kind="agreement",
                title_fr=f"Accord de coopération n° {i}",
                status="signed",
                signed_on=date(2000, 1, 1) + timedelta(days=i % 9000),
            )
            for i in range(agreements)
        )
        through = Agreement.parties.through
        through.objects.bulk_create(
            through(agreement_id=a.pk, party_id=p.pk)
            for i, a in enumerate(made)
            for p in parties[i % 3 : i % 3 + 2]
        )
        sectors = Agreement.sectors.through
        sectors.objects.bulk_create(sectors(agreement_id=a.pk, sector_id="energy") for a in made)
        done = Project.objects.bulk_create(
            Project(
                title=f"Projet n° {i}",
                status="ongoing",
                start=date(2020, 1, 1),
                budget_amount=1000 + i,
                budget_currency="XOF",
            )
            for i in range(projects)
        )
        links = Project.agreements.through
        links.objects.bulk_create(
            links(project_id=p.pk, agreement_id=made[i % len(made)].pk) for i, p in enumerate(done)
        )
        Milestone.objects.bulk_create(
            Milestone(project_id=p.pk, title="Études", due=date(2021, 1, 1)) for p in done
        )


def measured(label: str, rows: int, run) -> None:
    """Time one run, then trace a second one for its memory: tracemalloc slows every
    allocation, so a traced run's speed says little."""
    began, cpu = time.perf_counter(), time.process_time()
    run()
    seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
    tracemalloc.start()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"{label:<34} {rows:>7} rows  {rows / seconds:>8,.0f} rows/s "
        f"({rows / cpu:>7,.0f} per CPU second)  peak {peak / 2**20:6.1f} MB",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="times the issue's sizes")
    parser.add_argument("--agreements", type=int)
    parser.add_argument("--projects", type=int)
    parser.add_argument("--import-rows", type=int)
    args = parser.parse_args()
    for name, size in (("agreements", 10_000), ("projects", 50_000), ("import_rows", 50_000)):
        if getattr(args, name) is None:
            setattr(args, name, max(1, round(size * args.scale)))
    with tempfile.TemporaryDirectory(prefix="suivi-bench-") as folder:
        setup(folder)
        from django.contrib.auth import get_user_model

        from suivi.agreements.models import Agreement
        from suivi.exchange import exports
        from suivi.exchange.imports import import_file

        admin = get_user_model().objects.create_superuser("bench", password="x")
        fill(args.agreements, args.projects)
        out = Path(folder)
        for table, rows in (("agreements", args.agreements), ("projects", args.projects)):

            def to_csv(table=table):
                with (out / f"{table}.csv").open("w", encoding="utf-8", newline="") as f:
                    exports.write("csv", f, admin, table)

            def to_xlsx(table=table):
                with (out / f"{table}.xlsx").open("wb") as f:
                    exports.write("xlsx", f, admin, table)

            measured(f"CSV export of {table}", rows, to_csv)
            extra = args.projects if table == "projects" else 0  # the milestones sheet
            measured(f"XLSX export of {table} (+ sheets)", rows + extra, to_xlsx)
        first = Agreement.objects.order_by("pk").values_list("pk", flat=True)[:100]
        sheet = out / "new-projects.csv"
        with sheet.open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, delimiter=";")
            writer.writerow(
                ["Intitulé", "Accords mis en œuvre", "Statut", "Début", "Budget", "Devise"]
            )
            for i in range(args.import_rows):
                writer.writerow(
                    [
                        f"Nouveau projet {i}",
                        first[i % len(first)],
                        "En cours",
                        "01/02/2024",
                        f"{i} 000,50",
                        "XOF",
                    ]
                )

        def load():
            report = import_file(sheet, admin)
            assert report.applied, report.refused[:3]

        measured("import of new projects (CSV)", args.import_rows, load)


if __name__ == "__main__":
    main()
