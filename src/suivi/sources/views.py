from suivi.core.views import RegisterDetailView, RegisterListView
from suivi.sources.models import Source


class SourceListView(RegisterListView):
    model = Source
    search_fields = ("title", "publisher", "url", "text")

    def get_queryset(self):
        return super().get_queryset().defer("text")


class SourceDetailView(RegisterDetailView):
    model = Source
