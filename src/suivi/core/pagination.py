"""Pages of a long list that count no further than they need to.

A list page used to count every row it could show (`COUNT(*)` over 50,000 projects on
every visit: ~10 ms on PostgreSQL, the dearest query of the page). `CappedPaginator`
counts at most `CAP` + 1 rows: up to CAP the page says "page 2 of 7 · 312 results" as
before; beyond, it says "page 2 · more than 1,000 results" and offers the next page when
one more row than the page holds was found. The full count is only taken when someone
asks for a page past the end, to show the last one instead.
"""

from __future__ import annotations

from django.core.paginator import Page, Paginator
from django.utils.formats import number_format
from django.utils.functional import cached_property

CAP = 1000


class CappedPaginator(Paginator):
    cap = CAP
    # The same rows written for counting, when the list's filters know a cheaper way
    # (ListFilter.counted); None: count object_list.
    counted = None

    @cached_property
    def capped_count(self) -> int:
        # Counted on every page, not remembered (core/memo.py): a count remembered from
        # before another worker's write would cut the new rows off the page.
        rows = self.object_list if self.counted is None else self.counted
        if hasattr(rows, "query"):
            return rows.order_by()[: self.cap + 1].count()
        return len(rows)

    @property
    def exact(self) -> bool:
        """Whether `count` and `num_pages` are known: under the cap, or counted all the same."""
        return self.capped_count <= self.cap or "count" in self.__dict__

    @cached_property
    def count(self) -> int:
        if self.exact:
            return self.capped_count
        return (self.object_list if self.counted is None else self.counted).count()

    @property
    def cap_label(self) -> str:
        return number_format(self.cap, force_grouping=True)

    def open_page(self, number: int) -> Page | None:
        """Page `number` (from 1) read without the count; None when it holds no row."""
        bottom = (number - 1) * self.per_page
        rows = list(self.object_list[bottom : bottom + self.per_page + 1])
        if not rows:
            return None
        return OpenPage(rows[: self.per_page], number, self, more=len(rows) > self.per_page)


class OpenPage(Page):
    """A page of a list whose length is not counted: "next" exists if a row was left over."""

    def __init__(self, object_list, number: int, paginator: CappedPaginator, more: bool) -> None:
        super().__init__(object_list, number, paginator)
        self.more = more

    def has_next(self) -> bool:
        return self.more

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1
