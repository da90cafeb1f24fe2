from suivi.agreements.models import Agreement
from suivi.core.views import RegisterDetailView, RegisterListView
from suivi.exchange.views import ExportableListMixin


class AgreementListView(ExportableListMixin, RegisterListView):
    model = Agreement
    export_table = "agreements"
    search_fields = ("title_fr", "title_en", "title_ru", "summary", "parties__code")

    def get_queryset(self):
        queryset = super().get_queryset().prefetch_related("parties", "sectors")
        status = self.request.GET.get("status")
        return queryset.filter(status=status) if status else queryset


class AgreementDetailView(RegisterDetailView):
    model = Agreement
