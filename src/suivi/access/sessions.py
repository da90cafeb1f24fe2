"""The session store: Django's database sessions, read with one plain SQL statement.

Every signed-in request loads its session before anything else. Django's `db` backend does
it through the ORM (`Session.objects.get(...)`), whose query building costs more CPU than
the lookup itself on a primary key. Only that read changes here: same table
(`django_session`), same expiry rule (a session past `expire_date` is no session), and
writes, `cycle_key()` and `flush()` (logout deletes the row) stay Django's own.
"""

from __future__ import annotations

from django.contrib.sessions.backends import db
from django.contrib.sessions.models import Session
from django.db import connections, router
from django.utils import timezone

_TABLE = Session._meta.db_table


class SessionStore(db.SessionStore):
    """`SESSION_ENGINE = "suivi.access.sessions"`."""

    def load(self) -> dict:
        """The session's data, or {} (and no key) when it does not exist or has expired."""
        if self.session_key is None:
            return {}
        connection = connections[router.db_for_read(Session)]
        quote = connection.ops.quote_name
        now = connection.ops.adapt_datetimefield_value(timezone.now())
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {quote('session_data')} FROM {quote(_TABLE)} "
                f"WHERE {quote('session_key')} = %s AND {quote('expire_date')} > %s",
                [self.session_key, now],
            )
            row = cursor.fetchone()
        if row is None:
            self._session_key = None
            return {}
        return self.decode(row[0])
