from django.urls import path

from suivi.projects import views

app_name = "projects"
urlpatterns = [
    path("", views.ProjectListView.as_view(), name="list"),
    path("<int:pk>/", views.ProjectDetailView.as_view(), name="detail"),
    path("milestones/", views.MilestoneListView.as_view(), name="milestones"),
    path("new/", views.ProjectEditView.as_view(), name="create"),
    path("<int:pk>/edit/", views.ProjectEditView.as_view(), name="edit"),
    path(
        "<int:project>/milestones/new/", views.MilestoneEditView.as_view(), name="milestone_create"
    ),
    path("milestones/<int:pk>/edit/", views.MilestoneEditView.as_view(), name="milestone_edit"),
]
