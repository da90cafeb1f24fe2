from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccessConfig(AppConfig):
    name = "suivi.access"
    label = "access"
    verbose_name = _("Accès et audit")

    def ready(self) -> None:
        from suivi.access import signins  # noqa: F401  (connects the sign-in receivers)
