"""`suivi watch`: poll the watched feeds and sitemaps, and ingest their new articles."""

from __future__ import annotations

import argparse
import signal
import sys
import time

from suivi.cli.acting_user import add_as_argument
from suivi.cli.arguments import add_data_dir_argument, cli_int
from suivi.cli.errors import CommandError
from suivi.cli.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "watch",
        help=_("lire les flux et plans de site suivis et enregistrer leurs nouveaux articles"),
        description=_(
            "Lit chaque source suivie active (flux RSS/Atom, plans de site ; configurés dans l'application et dans --config), poliment : robots.txt, une pause entre deux requêtes à un site, GET conditionnel, un délai et une taille maximale par page. Les nouveaux articles sont enregistrés comme sources et constats. Une ligne par source. Sort avec 0 quand chaque source a été lue, 1 quand certaines ont échoué, 2 quand toutes ont échoué ou que la configuration est fausse."
        ),
    )
    parser.add_argument(
        "--once", action="store_true", help=_("un passage, puis s'arrêter (pour cron)")
    )
    parser.add_argument(
        "--interval",
        type=cli_int(1, 7 * 24 * 3600),
        metavar="SECONDS",
        help=_("secondes entre deux passages (par défaut : celles du fichier, sinon 900)"),
    )
    parser.add_argument("--config", metavar="FILE.toml", help=_("limites et sources à suivre"))
    add_data_dir_argument(parser)
    add_as_argument(parser)
    parser.set_defaults(handler=run)


class _Stop:
    """Set by SIGTERM or SIGINT: the current article is finished, then the command ends."""

    def __init__(self) -> None:
        self.asked = False

    def __call__(self, *_args) -> bool:
        return self.asked

    def ask(self, *_args) -> None:
        self.asked = True


def run(args: argparse.Namespace) -> int:
    from suivi.watch import config

    try:
        settings = config.load(args.config)
    except config.ConfigError as error:
        raise CommandError(str(error)) from None
    from suivi.cli import acting_user, django_env

    django_env.setup(args.data_dir)
    from suivi.access.permissions import permits
    from suivi.core.actor import acting_as
    from suivi.watch import sync

    user = acting_user.resolve(args.as_user)  # history names who added and read the sources
    if not permits(user, "source.add"):
        raise CommandError(
            _("%(user)s ne peut pas ajouter de sources (source.add)") % {"user": user}
        )
    with acting_as(user):
        if settings.sources:
            if not permits(user, "watch.change"):
                raise CommandError(
                    _("%(user)s ne peut pas configurer les sources suivies (watch.change)")
                    % {"user": user}
                )
            sync.merge(settings.sources)
        if args.once:
            return _pass(settings, lambda: False)
        stop = _Stop()
        signal.signal(signal.SIGTERM, stop.ask)
        signal.signal(signal.SIGINT, stop.ask)
        interval = args.interval or settings.interval
        code = 0
        while not stop.asked:
            code = _pass(settings, stop)
            deadline = time.monotonic() + interval
            while not stop.asked and time.monotonic() < deadline:
                time.sleep(min(1.0, deadline - time.monotonic()))
        return code


def _pass(settings, stop) -> int:
    """One pass over the sources; 0 all read, 1 some failed, 2 all failed."""
    from django.db import close_old_connections
    from django.utils.translation import gettext as _

    from suivi.watch.fetch import Fetcher
    from suivi.watch.poll import run_once

    close_old_connections()  # a loop outlives connections the database server dropped
    with Fetcher(contact=settings.contact, timeout=settings.timeout) as fetcher:
        reports = run_once(settings, fetcher, stop=stop)
    if not reports:
        print(_("aucune source suivie : ajoutez-en dans l'application ou avec --config"))
        return 0
    for report in reports:
        print(report.line())
        for line in report.failure_lines():
            print(line)
    sys.stdout.flush()
    failed = sum(1 for report in reports if report.problem is not None)
    return 0 if not failed else 2 if failed == len(reports) else 1
