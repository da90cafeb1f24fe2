from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from django.views.i18n import set_language

from suivi.access.permissions import requires
from suivi.api.v1 import api as api_v1
from suivi.conf.api import api
from suivi.core.site_views import favicon
from suivi.core.suggest import suggest
from suivi.home import views as home_views

urlpatterns = [
    path("", home_views.home, name="home"),
    path("favicon.ico", favicon, name="favicon"),
    path("suggest/", suggest, name="suggest"),
    path(
        "login/",
        requires("account.sign_in")(
            login_not_required(auth_views.LoginView.as_view(template_name="core/login.html"))
        ),
        name="login",
    ),
    path("logout/", requires("account.sign_in")(auth_views.LogoutView.as_view()), name="logout"),
    path(
        "i18n/setlang/",
        requires("account.sign_in")(login_not_required(set_language)),
        name="set_language",
    ),
    path("parties/", include("suivi.parties.urls")),
    path("agreements/", include("suivi.agreements.urls")),
    path("projects/", include("suivi.projects.urls")),
    path("commissions/", include("suivi.commissions.urls")),
    path("sources/", include("suivi.sources.urls")),
    path("watch/", include("suivi.watch.urls")),
    path("access/", include("suivi.access.urls")),
    path("exports/", include("suivi.exchange.urls")),
    path("api/v1/", api_v1.urls),
    path("api/", api.urls),
    path("admin/", admin.site.urls),
]
