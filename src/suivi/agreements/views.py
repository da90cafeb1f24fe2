from suivi.agreements.filters import AgreementFilter
from suivi.agreements.forms import AgreementForm
from suivi.agreements.models import Agreement
from suivi.core.edit import RegisterEditView
from suivi.core.views import RegisterDetailView, RegisterListView
from suivi.exchange.views import ExportableListMixin


class AgreementListView(ExportableListMixin, RegisterListView):
    model = Agreement
    export_table = "agreements"
    search_fields = ("title_fr", "title_en", "title_ru", "summary", "place")
    filter_class = AgreementFilter
    orderings = {
        "title": ("title_fr",),
        "status": ("status",),
        "signed": ("signed_on",),
        "kind": ("kind",),
    }

    def get_queryset(self):
        return super().get_queryset().prefetch_related("parties", "sectors")


class AgreementDetailView(RegisterDetailView):
    model = Agreement


class AgreementEditView(RegisterEditView):
    model = Agreement
    form_class = AgreementForm
