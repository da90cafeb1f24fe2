"""WSGI entry point served by gunicorn (`suivi serve`)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "suivi.conf.settings")
application = get_wsgi_application()
