"""Translation for the command line, importing Django only once it is set up.

`suivi --help` builds every command's parser before any Django setup (and `suivi read` must
stay free of Django), so `_` reads the project's catalogues with the standard library's
gettext, in the language of SUIVI_LANGUAGE, else LANG, else French — French is the default
language of the command line as of the web interface. Once Django is set up, `_` answers
through Django (the language `django_env.activate_language` chose, or a test's override).
Messages are French, like every msgid of the project.
"""

from __future__ import annotations

import gettext as stdlib_gettext
import os
import sys
from functools import lru_cache
from pathlib import Path

LOCALE = Path(__file__).resolve().parents[1] / "locale"
LANGUAGES = ("fr", "en", "ru")


def gettext_noop(message: str) -> str:
    """Mark a message for the catalogues without translating it yet."""
    return message


def cli_language() -> str:
    """fr, en or ru from SUIVI_LANGUAGE, else LANG ("ru_RU.UTF-8"), else French."""
    wanted = os.environ.get("SUIVI_LANGUAGE") or os.environ.get("LANG", "")
    code = wanted[:2].lower()
    return code if code in LANGUAGES else "fr"


@lru_cache(maxsize=len(LANGUAGES))
def catalogue(language: str) -> stdlib_gettext.NullTranslations:
    return stdlib_gettext.translation(
        "django", localedir=str(LOCALE), languages=[language], fallback=True
    )


def _django_ready() -> bool:
    if "django.apps" not in sys.modules:
        return False
    from django.apps import apps

    return apps.ready


def _(message: str) -> str:
    if _django_ready():
        from django.utils.translation import gettext

        return gettext(message)
    return catalogue(cli_language()).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    if _django_ready():
        from django.utils.translation import ngettext as django_ngettext

        return django_ngettext(singular, plural, count)
    return catalogue(cli_language()).ngettext(singular, plural, count)


# argparse's own words ("usage:", "options", its error messages), in the command line's
# language: argparse looks its `_` up in its module at each call.
ARGPARSE = {
    "usage: ": gettext_noop("utilisation : "),
    "positional arguments": gettext_noop("arguments"),
    "options": gettext_noop("options"),
    "show this help message and exit": gettext_noop("afficher cette aide et s'arrêter"),
    "show program's version number and exit": gettext_noop(
        "afficher la version du programme et s'arrêter"
    ),
    "%(prog)s: error: %(message)s\n": gettext_noop("%(prog)s : erreur : %(message)s\n"),
    "argument %(argument_name)s: %(message)s": gettext_noop(
        "argument %(argument_name)s : %(message)s"
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": gettext_noop(
        "choix invalide : %(value)r (au choix : %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": gettext_noop("valeur invalide (%(type)s) : %(value)r"),
    "the following arguments are required: %s": gettext_noop("arguments obligatoires : %s"),
    "unrecognized arguments: %s": gettext_noop("arguments inconnus : %s"),
    "expected one argument": gettext_noop("une valeur attendue"),
    "expected at least one argument": gettext_noop("au moins une valeur attendue"),
    "not allowed with argument %s": gettext_noop("incompatible avec l'argument %s"),
    "one of the arguments %s is required": gettext_noop("l'un des arguments %s est obligatoire"),
    "ambiguous option: %(option)s could match %(matches)s": gettext_noop(
        "option ambiguë : %(option)s peut désigner %(matches)s"
    ),
    "expected at most one argument": gettext_noop("au plus une valeur attendue"),
    "ignored explicit argument %r": gettext_noop("valeur %r ignorée (cette option n'en prend pas)"),
    "unexpected option string: %s": gettext_noop("option inattendue : %s"),
    "unknown parser %(parser_name)r (choices: %(choices)s)": gettext_noop(
        "commande inconnue : %(parser_name)r (au choix : %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": gettext_noop(
        "impossible d'ouvrir « %(filename)s » : %(error)s"
    ),
}

# argparse's plural messages: (singular, plural) -> the French text for a count (a call of
# `ngettext` with both forms, so that the catalogue holds them as one plural entry).
ARGPARSE_PLURALS = {
    ("expected %s argument", "expected %s arguments"): lambda count: ngettext(
        "%s valeur attendue", "%s valeurs attendues", count
    ),
}


def argparse_text(message: str) -> str:
    french = ARGPARSE.get(message)
    return _(french) if french else message


def argparse_plural(singular: str, plural: str, count: int) -> str:
    french = ARGPARSE_PLURALS.get((singular, plural))
    if french is None:
        return singular if count == 1 else plural
    return french(count)


def speak_argparse() -> None:
    """Make argparse speak the command line's language: it looks `_` and `ngettext` up in
    its own module at each call, so replacing them there routes every message it writes
    (usage, help titles, errors) through our catalogues."""
    import argparse

    argparse._ = argparse_text
    argparse.ngettext = argparse_plural
