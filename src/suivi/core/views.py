"""Views shared by the register's apps: every list and detail goes through the access scope."""

from __future__ import annotations

from django.db.models import QuerySet
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView

from suivi.access.history import entries_of
from suivi.access.scope import can_edit, visible
from suivi.core.edit import may_create
from suivi.core.filters import ListFilter
from suivi.core.forms import form_status  # noqa: F401  (the apps' views import it from here)
from suivi.core.fulltext import searching
from suivi.core.models import Searchable
from suivi.core.pagination import CappedPaginator
from suivi.core.search import matching


class ScopedQuerysetMixin:
    """Restrict the view's queryset to what the user may see; other records answer 404."""

    def get_queryset(self) -> QuerySet:
        return visible(self.request.user, super().get_queryset())


class RegisterListView(ScopedQuerysetMixin, ListView):
    """A register list: words searched without case or accents, filters and sort in the URL.

    `?q=` searches a Searchable model's full-text index (core/fulltext.py), else its
    `search_fields`; `filter_class` (a ListFilter) reads the other
    parameters; `orderings` maps a `?sort=` key to fields (`-key` reverses it). A value the
    list does not know, or a page past the end, gives the page with a message, not an error.
    """

    paginate_by = 50
    paginator_class = CappedPaginator
    search_fields: tuple[str, ...] = ()
    filter_class: type[ListFilter] | None = None
    orderings: dict[str, tuple[str, ...]] = {}
    # The fields a page's rows show (None: all): the page reads only these, the export all.
    row_fields: tuple[str, ...] | None = None

    def setup(self, request, *args, **kwargs) -> None:
        super().setup(request, *args, **kwargs)
        # Said on this page only (not through `messages`, which a download would leave for
        # the next page to show).
        self.notices: list[str] = []

    def get_queryset(self) -> QuerySet:
        queryset = super().get_queryset()
        term = self.request.GET.get("q", "").strip()
        if term and issubclass(self.model, Searchable):
            queryset = queryset.filter(searching("search_text", term))
        elif term and self.search_fields:
            queryset = queryset.filter(matching(self.search_fields, term))
        self.filters = (
            self.filter_class(self.request.GET, user=self.request.user)
            if self.filter_class
            else None
        )
        if self.filters is not None:
            queryset = self.filters.apply(queryset)
            rejected = self.filters.rejected()
            if rejected:
                self.notices.append(
                    _("Filtre ignoré, valeur inconnue : %(names)s.")
                    % {"names": ", ".join(rejected)}
                )
        return self.sorted(queryset)

    def sorted(self, queryset: QuerySet) -> QuerySet:
        key = self.request.GET.get("sort", "")
        if not key:
            return queryset
        fields = self.orderings.get(key.lstrip("-"))
        if fields is None:
            self.notices.append(_("Tri inconnu, ordre par défaut."))
            return queryset
        if key.startswith("-"):
            fields = tuple(f[1:] if f.startswith("-") else f"-{f}" for f in fields)
        return queryset.order_by(*fields, "pk")

    def paginate_queryset(self, queryset, page_size):
        """Like ListView's, but a page number past the end shows the last page and says so.

        Rows are counted up to CappedPaginator.cap only; past it, pages are read uncounted.
        """
        if self.row_fields is not None:
            queryset = queryset.only(*self.row_fields)
        paginator = self.get_paginator(queryset, page_size, allow_empty_first_page=True)
        if getattr(self, "filters", None) is not None:
            paginator.counted = self.filters.counted(queryset)
        raw = self.request.GET.get("page") or "1"
        try:
            number = int(raw)
        except ValueError:
            number = 0
        if number >= 1 and not paginator.exact:
            page = paginator.open_page(number)
            if page is not None:
                return paginator, page, page.object_list, page.has_other_pages()
        if not 1 <= number <= paginator.num_pages:
            self.notices.append(
                _("La page « %(page)s » n'existe pas ; voici la page %(shown)s.")
                % {"page": raw[:20], "shown": min(max(number, 1), paginator.num_pages)}
            )
            number = min(max(number, 1), paginator.num_pages)
        page = paginator.page(number)
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["q"] = self.request.GET.get("q", "")
        context["sort"] = self.request.GET.get("sort", "")
        context["filters"] = self.filters
        context["opts"] = self.model._meta
        context["can_create"] = may_create(self.request.user)
        context["notices"] = self.notices
        return context


class RegisterDetailView(ScopedQuerysetMixin, DetailView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["opts"] = self.model._meta
        context.setdefault("can_edit", can_edit(self.request.user, self.object))
        history = getattr(self.object, "history", None)
        rows = list(history.select_related("history_user")[:51]) if history else []
        context["history"] = entries_of(self.request.user, rows)[:50]
        return context
