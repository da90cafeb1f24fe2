"""Start Django for a command, turning setup failures into one-line errors.

Commands that do not touch the register (`suivi read`) never import this module,
so reading stays free of Django.
"""

from __future__ import annotations

import os

from suivi.cli.errors import CommandError
from suivi.cli.i18n import _


def setup(
    data_dir: str | None = None, check_database: bool = True, initialised: bool = True
) -> None:
    """Configure settings from the environment and make sure the register is reachable and,
    with `initialised` (all but the commands that migrate it first), that it was created."""
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
        if initialised:
            check_initialised()


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


def check_initialised() -> None:
    """A command run in a folder (or on a database) `suivi init` never prepared says so in one
    line, instead of failing on its first query with a traceback."""
    from django.db import connection

    if "django_migrations" not in connection.introspection.table_names():
        raise CommandError(
            _("aucun registre n'a été créé ici (%(where)s) ; lancez d'abord `suivi init`")
            % {"where": _where(connection)}
        )


def _where(connection) -> str:
    """The data folder or the database name, without credentials."""
    name = str(connection.settings_dict.get("NAME") or "")
    return name if connection.vendor == "sqlite" else f"{connection.vendor}: {name}"


def migrate(verbosity: int = 0) -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=verbosity)
