from django.urls import path

from suivi.parties import views

app_name = "parties"
urlpatterns = [
    path("", views.PartyListView.as_view(), name="list"),
    path("<int:pk>/", views.PartyDetailView.as_view(), name="detail"),
    path("new/", views.PartyEditView.as_view(), name="create"),
    path("<int:pk>/edit/", views.PartyEditView.as_view(), name="edit"),
]
