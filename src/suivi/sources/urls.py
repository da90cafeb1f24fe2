from django.urls import path

from suivi.sources import document_views, review_views, upload_views, views

app_name = "sources"
urlpatterns = [
    path("", views.SourceListView.as_view(), name="list"),
    path("<int:pk>/", views.SourceDetailView.as_view(), name="detail"),
    path("upload/", upload_views.upload, name="upload"),
    path("documents/<int:pk>/", document_views.download, name="document"),
    path("claims/", review_views.claim_list, name="claims"),
    path("claims/<int:pk>/", review_views.claim_detail, name="claim"),
    path("claims/<int:pk>/accept/", review_views.accept, name="accept"),
    path("claims/<int:pk>/merge/", review_views.merge, name="merge"),
    path("claims/<int:pk>/reject/", review_views.reject, name="reject"),
]
