from django.urls import path

from suivi.parties import views

app_name = "parties"
urlpatterns = [
    path("", views.PartyListView.as_view(), name="list"),
    path("<int:pk>/", views.PartyDetailView.as_view(), name="detail"),
    path("new/", views.PartyEditView.as_view(), name="create"),
    path("<int:pk>/edit/", views.PartyEditView.as_view(), name="edit"),
    path("people/new/", views.PersonEditView.as_view(), name="person_create"),
    path("people/<int:pk>/", views.PersonDetailView.as_view(), name="person"),
    path("people/<int:pk>/edit/", views.PersonEditView.as_view(), name="person_edit"),
    path("people/<int:person>/roles/new/", views.RoleEditView.as_view(), name="role_create"),
    path("roles/<int:pk>/edit/", views.RoleEditView.as_view(), name="role_edit"),
]
