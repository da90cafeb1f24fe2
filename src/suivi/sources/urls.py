from django.urls import path
from django.views.generic import RedirectView

from suivi.sources import review_views, upload_views, views

app_name = "sources"
urlpatterns = [
    path("", views.SourceListView.as_view(), name="list"),
    path("<int:pk>/", views.SourceDetailView.as_view(), name="detail"),
    path("upload/", upload_views.upload, name="upload"),
    # Document moved to the register (agreements): old links answer 301 to the new address,
    # where the scope is checked.
    path(
        "documents/<int:pk>/",
        RedirectView.as_view(pattern_name="agreements:document", permanent=True),
        name="document_moved",
    ),
    path("claims/", review_views.claim_list, name="claims"),
    path("claims/<int:pk>/", review_views.claim_detail, name="claim"),
    path("claims/<int:pk>/accept/", review_views.accept, name="accept"),
    path("claims/<int:pk>/merge/", review_views.merge, name="merge"),
    path("claims/<int:pk>/reject/", review_views.reject, name="reject"),
]
