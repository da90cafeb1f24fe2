from django.urls import path

from suivi.projects import views

app_name = "projects"
urlpatterns = [
    path("", views.ProjectListView.as_view(), name="list"),
    path("<int:pk>/", views.ProjectDetailView.as_view(), name="detail"),
    path("milestones/", views.MilestoneListView.as_view(), name="milestones"),
]
