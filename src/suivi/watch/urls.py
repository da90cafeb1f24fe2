from django.urls import path

from suivi.watch import views

app_name = "watch"
urlpatterns = [
    path("", views.WatchedFeedListView.as_view(), name="list"),
    path("<int:pk>/", views.WatchedFeedDetailView.as_view(), name="detail"),
    path("new/", views.WatchedFeedEditView.as_view(), name="create"),
    path("<int:pk>/edit/", views.WatchedFeedEditView.as_view(), name="edit"),
]
