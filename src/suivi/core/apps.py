from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "suivi.core"
    label = "core"
    verbose_name = _("Socle")

    def ready(self) -> None:
        from suivi.core import bounds

        bounds.install()
