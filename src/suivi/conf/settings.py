"""Django settings for suivi; every value comes from the environment (see DESIGN.md)."""

from __future__ import annotations

import os
from pathlib import Path

from suivi.conf import env

PACKAGE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = env.data_dir()

DEBUG = env.flag("SUIVI_DEBUG")
SECRET_KEY = env.secret_key()
ALLOWED_HOSTS = env.csv("SUIVI_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.csv("SUIVI_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "simple_history",
    "axes",
    "suivi.core",
    "suivi.parties",
    "suivi.agreements",
    "suivi.projects",
    "suivi.commissions",
    "suivi.sources",
    "suivi.watch",
    "suivi.matching",
    "suivi.access",
    "suivi.exchange",
    "suivi.home",
    # Only for its templates and static files: the API docs served offline, under our CSP.
    "ninja",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "suivi.core.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "suivi.core.middleware.RefuseNulMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "suivi.core.middleware.PagesLoginRequiredMiddleware",
    "suivi.access.permissions.WriteGuardMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "suivi.conf.urls"
WSGI_APPLICATION = "suivi.conf.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": env.database()}
# A gunicorn worker serves one request at a time, so each keeps its own connection between
# requests (PostgreSQL: no new backend and authentication per request) for at most a minute,
# which lets a restarted or failed-over server be picked up; the health check replaces a
# connection the server dropped before a request uses it, rather than answering 500. SQLite
# opens in well under a millisecond: nothing to keep. No connection ever crosses a fork
# (suivi/conf/gunicorn_conf.py).
DATABASES["default"]["CONN_MAX_AGE"] = 60 if "postgresql" in DATABASES["default"]["ENGINE"] else 0
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    # ModelBackend with the per-request user read in one SQL statement (access/backends.py).
    "suivi.access.backends.SessionUserBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

# Sign-in throttling (access/throttle.py): 5 failures for one account from one address lock
# that pair, 20 failures from one address across accounts lock the address, each for 15
# minutes. A stranger elsewhere cannot lock a known account out; one address cannot spray.
AXES_HANDLER = "suivi.access.throttle.SignInThrottle"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
SUIVI_SIGNIN_LIMITS = (5, 20)  # one limit per entry of AXES_LOCKOUT_PARAMETERS
AXES_FAILURE_LIMIT = 100  # throttle.SCALE: the handler scales each group to its own limit
AXES_COOLOFF_TIME = 0.25  # hours
AXES_RESET_ON_SUCCESS = False  # the handler forgets the (account, address) pair only
AXES_VERBOSE = False
AXES_LOCKOUT_CALLABLE = "suivi.access.views.locked_out"
# The client address is REMOTE_ADDR unless SUIVI_PROXY_COUNT trusted proxies stand in front.
AXES_CLIENT_IP_CALLABLE = "suivi.access.throttle.client_ip"
SUIVI_PROXY_COUNT = env.integer("SUIVI_PROXY_COUNT", 0, minimum=0)

LANGUAGE_CODE = "fr"
# each language by its own name, never translated: a translated "English" would also stand
# for Django's name of the language, and a Russian page would call English sources "English"
LANGUAGES = [("fr", "Français"), ("en", "English"), ("ru", "Русский")]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_I18N = True
# Where suivi departs from Django's formats (Russian «г.» held to its year).
FORMAT_MODULE_PATH = ["suivi.conf.formats"]
# Every field drawn with its label, help and errors together and tied to its input.
FORM_RENDERER = "suivi.core.renderer.FormRenderer"
USE_TZ = True
TIME_ZONE = "UTC"

STATIC_URL = "static/"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = DATA_DIR / "media"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Django's database sessions, loaded per request with one SQL statement (access/sessions.py).
SESSION_ENGINE = "suivi.access.sessions"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}

# Access: anonymous visitors read public records only where the instance says so; a model
# that declares no access scope is an error in development (and refused in production).
SUIVI_PUBLIC_PAGES = env.flag("SUIVI_PUBLIC_PAGES", default=False)
SUIVI_SCOPE_STRICT = DEBUG

# Exchange files: the publisher IATI files name (its ref prefixes every activity identifier)
# and the address record links in files point to when no request gives one.
SUIVI_IATI_ORG_REF = os.environ.get("SUIVI_IATI_ORG_REF", "XI-SUIVI")
SUIVI_IATI_ORG_NAME = os.environ.get("SUIVI_IATI_ORG_NAME", "suivi")
SUIVI_BASE_URL = os.environ.get("SUIVI_BASE_URL", "")

# Behind TLS in production: `SUIVI_SECURE=true` turns on secure cookies, HSTS and redirects.
SECURE = env.flag("SUIVI_SECURE", default=False)
if SECURE:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env.flag("SUIVI_SSL_REDIRECT", default=True)
    SECURE_HSTS_SECONDS = 31536000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if env.flag("SUIVI_EMAIL", default=False)
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = env.csv("SUIVI_EMAIL_HOST", ["localhost"])[0]
DEFAULT_FROM_EMAIL = env.csv("SUIVI_EMAIL_FROM", ["suivi@localhost"])[0]

SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "suivi": {"handlers": ["console"], "level": "INFO"},
        "django.security": {"handlers": ["console"], "level": "WARNING"},
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
    },
}
