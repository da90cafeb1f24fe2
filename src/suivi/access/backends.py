"""The authentication backend: Django's ModelBackend, with the per-request user read in SQL.

`AuthenticationMiddleware` asks the backend for the signed-in user on every request; the
ORM's `User.objects.get(pk=...)` spends more CPU building the query than the database spends
answering it. `get_user` here reads the same row with one prepared statement and builds the
same model instance (`Model.from_db`, values through the fields' own database converters),
so `request.user` is exactly what ModelBackend would give. An inactive or deleted user is
no user, as with ModelBackend; signing in (`authenticate`) and permissions are unchanged.
"""

from __future__ import annotations

from functools import cache

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db import connections, router


@cache
def _statement(alias: str) -> tuple[str, list[str], list[tuple]]:
    """The SELECT of one user by primary key on `alias`, its field names, and for each column
    the converters that turn the driver's value into the field's (SQLite booleans and
    datetimes come back as integers and strings)."""
    model = get_user_model()
    connection = connections[alias]
    quote = connection.ops.quote_name
    fields = model._meta.concrete_fields
    columns = ", ".join(quote(field.column) for field in fields)
    sql = (
        f"SELECT {columns} FROM {quote(model._meta.db_table)} "
        f"WHERE {quote(model._meta.pk.column)} = %s"
    )
    converters = []
    for field in fields:
        column = field.get_col(model._meta.db_table)
        converters.append(
            (column, connection.ops.get_db_converters(column) + field.get_db_converters(connection))
        )
    return sql, [field.attname for field in fields], converters


class SessionUserBackend(ModelBackend):
    """ModelBackend whose `get_user` costs one plain SQL statement."""

    def get_user(self, user_id):
        model = get_user_model()
        try:
            pk = model._meta.pk.to_python(user_id)
        except Exception:  # a session holding garbage is no user, as in ModelBackend
            return None
        alias = router.db_for_read(model)
        sql, names, converters = _statement(alias)
        connection = connections[alias]
        with connection.cursor() as cursor:
            cursor.execute(sql, [pk])
            row = cursor.fetchone()
        if row is None:
            return None
        values = []
        for value, (column, functions) in zip(row, converters, strict=True):
            for function in functions:
                value = function(value, column, connection)
            values.append(value)
        user = model.from_db(alias, names, values)
        return user if self.user_can_authenticate(user) else None
