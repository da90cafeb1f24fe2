from django.urls import path

from suivi.commissions import views

app_name = "commissions"
urlpatterns = [
    path("", views.CommissionListView.as_view(), name="list"),
    path("<int:pk>/", views.CommissionDetailView.as_view(), name="detail"),
]
