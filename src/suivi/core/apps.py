from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save, pre_save
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "suivi.core"
    label = "core"
    verbose_name = _("Socle")

    def ready(self) -> None:
        from suivi.core import bounds, fulltext, memo
        from suivi.core.models import refresh_search_text
        from suivi.core.search import register_sqlite_function

        bounds.install()
        connection_created.connect(register_sqlite_function, dispatch_uid="suivi_fold")
        pre_save.connect(refresh_search_text, dispatch_uid="suivi_search_text")
        # Once per migrate (this app's signal): SQLite table rebuilds drop the FTS triggers.
        post_migrate.connect(fulltext.repair, sender=self, dispatch_uid="suivi_fulltext")
        # Drop-down choices remembered per scope (core/memo.py) are stale after any write.
        for signal in (post_save, post_delete, m2m_changed):
            signal.connect(memo.forget, dispatch_uid=f"suivi_memo_{id(signal)}")
