from django.urls import path

from suivi.agreements import document_views, documents, views

app_name = "agreements"
urlpatterns = [
    path("", views.AgreementListView.as_view(), name="list"),
    path("<int:pk>/", views.AgreementDetailView.as_view(), name="detail"),
    path("new/", views.AgreementEditView.as_view(), name="create"),
    path("<int:pk>/edit/", views.AgreementEditView.as_view(), name="edit"),
    path("<int:pk>/documents/new/", documents.upload, name="document_add"),
    path("documents/<int:pk>/", document_views.download, name="document"),
]
