"""Translation for command output, importing Django only when a message is shown.

`suivi --help` imports every command module; `suivi read` must stay free of Django.
"""


def _(message: str) -> str:
    from django.utils.translation import gettext

    return gettext(message)
