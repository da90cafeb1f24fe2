from django.apps import AppConfig


class MatchingConfig(AppConfig):
    """Derived data only, never shown: no admin, no verbose name to translate."""

    name = "suivi.matching"
    label = "matching"

    def ready(self) -> None:
        from suivi.matching import signals

        signals.connect()
