"""Settings for the test suite: SQLite by default, PostgreSQL when SUIVI_TEST_DATABASE_URL is set."""

import os
import tempfile

os.environ.setdefault("SUIVI_DATA_DIR", tempfile.mkdtemp(prefix="suivi-test-"))
os.environ.setdefault("SUIVI_SECRET_KEY", "test-only-secret-key-not-for-production-use-0123456789")

from suivi.conf import env
from suivi.conf.settings import *  # noqa: F403

if os.environ.get("SUIVI_TEST_DATABASE_URL"):
    DATABASES = {"default": env.database("SUIVI_TEST_DATABASE_URL")}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": ":memory:",
            "TEST": {"NAME": ":memory:"},
        }
    }

SUIVI_SCOPE_STRICT = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
