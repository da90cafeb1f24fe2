"""Start Django for a command, turning setup failures into one-line errors.

Commands that do not touch the register (`suivi read`) never import this module,
so reading stays free of Django.
"""

from __future__ import annotations

import os

from suivi.cli.errors import CommandError
from suivi.cli.i18n import _


def setup(data_dir: str | None = None, check_database: bool = True) -> None:
    """Configure settings from the environment and make sure the register is reachable."""
    if data_dir:
        os.environ["SUIVI_DATA_DIR"] = data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "suivi.conf.settings")
    from suivi.conf import env

    try:
        env.ensure_data_dir()
    except env.ConfigError as error:
        raise CommandError(str(error)) from None
    import django

    try:
        django.setup()
    except env.ConfigError as error:
        raise CommandError(str(error)) from None
    activate_language()
    if check_database:
        check_connection()


def activate_language() -> None:
    """Speak the user's language on the command line: SUIVI_LANGUAGE, else LANG, else French."""
    from django.utils import translation

    from suivi.cli.i18n import cli_language

    translation.activate(cli_language())


def check_connection() -> None:
    from django.db import connection
    from django.db.utils import OperationalError

    try:
        connection.ensure_connection()
    except OperationalError as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise CommandError(
            _("base de données injoignable (%(vendor)s) : %(error)s")
            % {"vendor": connection.vendor, "error": first}
        ) from None


def migrate(verbosity: int = 0) -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=verbosity)
