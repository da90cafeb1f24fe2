from suivi.agreements.filters import AgreementFilter
from suivi.agreements.forms import AgreementForm
from suivi.agreements.models import Agreement
from suivi.agreements.rows import agreement_facts, agreement_rows, agreement_table, project_links
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
    row_fields = ("kind", "title_fr", "title_en", "title_ru", "status", "signed_on")  # rows.py

    def get_queryset(self):
        return super().get_queryset().defer("search_text", "summary")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = rows = agreement_rows(context["object_list"])
        context["table_body"] = agreement_table(rows)
        return context


class AgreementDetailView(RegisterDetailView):
    model = Agreement

    def get_queryset(self):
        return super().get_queryset().defer("search_text")  # the index's text, not shown

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["facts"] = facts = agreement_facts(self.object)
        context["absent"] = facts.absent  # sections no one has rows in (sources_tags)
        context["projects"] = project_links(self.request.user, self.object)
        # Each step names its source: read with it, not one query a step. In the model's
        # order for one agreement; its "agreement" key would join the agreements to sort.
        steps = self.object.steps.select_related("source").defer("source__text")
        context["steps"] = [] if "steps" in facts.absent else steps.order_by("on", "pk")
        return context


class AgreementEditView(RegisterEditView):
    model = Agreement
    form_class = AgreementForm
