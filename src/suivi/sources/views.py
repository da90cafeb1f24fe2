from suivi.core.views import RegisterDetailView, RegisterListView
from suivi.sources.models import Source


class SourceListView(RegisterListView):
    model = Source
    search_fields = ("title", "publisher", "url", "text")

    def get_queryset(self):
        return super().get_queryset().defer("text")


class SourceDetailView(RegisterDetailView):
    model = Source

    def get_context_data(self, **kwargs):
        from suivi.sources.highlight import excerpt

        context = super().get_context_data(**kwargs)
        context["excerpt"], context["omitted"] = excerpt(self.object.text)
        return context
