from tests.commissions.conftest import cycle, second  # noqa: F401  (shared fixtures)
