from suivi.agreements.filters import AgreementFilter
from suivi.agreements.forms import AgreementForm
from suivi.agreements.models import Agreement
from suivi.agreements.rows import agreement_rows, agreement_table, project_links
from suivi.core.edit import RegisterEditView
from suivi.core.views import RegisterDetailView, RegisterListView
from suivi.exchange.views import ExportableListMixin


class AgreementListView(ExportableListMixin, RegisterListView):
    model = Agreement
    export_table = "agreements"
    filter_class = AgreementFilter
    orderings = {
        "title": ("title_fr",),
        "status": ("status",),
        "signed": ("signed_on",),
        "kind": ("kind",),
    }

    def get_queryset(self):
        return super().get_queryset().defer("search_text", "summary")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = rows = agreement_rows(context["object_list"])
        context["table_body"] = agreement_table(rows)
        return context


class AgreementDetailView(RegisterDetailView):
    model = Agreement

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["projects"] = project_links(self.request.user, self.object)
        return context


class AgreementEditView(RegisterEditView):
    model = Agreement
    form_class = AgreementForm
