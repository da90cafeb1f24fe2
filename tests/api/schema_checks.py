"""What the two schemathesis runs share: the API's schema loaded and called in process, inside
the test's transaction, half the cases naming records that exist, and the checks every answer
must pass whoever calls."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import schemathesis
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@contextmanager
def schema_in_process(path: str, existing_id: Callable[[object, str, object], object]) -> Iterator:
    """The schema at `path`, called through WSGI; `existing_id(ctx, name, value)` names the
    record that exists for a path parameter, so answers with data are checked too."""
    from django.core import signals
    from django.core.wsgi import get_wsgi_application
    from django.db import close_old_connections

    # Django closes "old" connections around each request; inside the test's transaction
    # that would break it, as Django's own test client knows.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    loaded = schemathesis.openapi.from_wsgi(path, get_wsgi_application())

    @loaded.hook
    def flatmap_path_parameters(ctx, parameters):
        if not isinstance(parameters, dict):
            return st.just(parameters)
        existing = {name: existing_id(ctx, name, value) for name, value in parameters.items()}
        return st.sampled_from([parameters, existing])

    try:
        yield loaded
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


def answers_of_each(case, bearers: dict[str, str]) -> dict[str, object]:
    """Each caller's answer, once it has passed the checks every answer must pass: a valid
    token is never refused, nor asked for a browser's CSRF token."""
    answers = {}
    for caller, token in bearers.items():
        response = case.call(headers={"Authorization": f"Bearer {token}"})
        assert response.status_code != 401 and b"CSRF" not in response.content, (caller, case.path)
        case.validate_response(response, checks=CHECKS)
        answers[caller] = response
    return answers
