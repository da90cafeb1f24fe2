from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WatchConfig(AppConfig):
    name = "suivi.watch"
    label = "watch"
    verbose_name = _("Veille de la presse")
