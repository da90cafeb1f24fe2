from django.urls import path

from suivi.exchange import views

app_name = "exchange"
urlpatterns = [
    path(
        "commission/<int:commission_id>/<slug:table_name>.<slug:kind>",
        views.commission_export,
        name="commission",
    ),
]
