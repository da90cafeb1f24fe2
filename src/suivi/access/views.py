"""The audit log for administrators, and the page a locked-out account sees."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from suivi.access import audit
from suivi.access.forms import AuditFilterForm
from suivi.access.history import diff
from suivi.access.scope import access_of

PAGE_SIZE = 100


def audit_log(request):
    """Who changed what and when, and who signed in; administrators only."""
    if not access_of(request.user).admin:
        raise PermissionDenied
    params = request.GET.copy()
    page = _page_number(params.pop("page", ["1"])[-1])
    form = AuditFilterForm(params or None)
    entries, sign_ins, more = [], [], False
    if not form.is_bound or form.is_valid():  # an invalid form shows its errors instead
        wanted = form.audit_filter() if form.is_bound else audit.AuditFilter()
        entries = [
            (
                record,
                record.instance_type._meta.verbose_name,
                diff(request.user, record, record.prev_record),
            )
            for record in audit.changes(wanted, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE)
        ]
        more = len(entries) > PAGE_SIZE
        entries = entries[:PAGE_SIZE]
        if not wanted.kind and page == 1:
            sign_ins = audit.sign_ins(wanted, PAGE_SIZE)
    context = {
        "form": form,
        "entries": entries,
        "sign_ins": sign_ins,
        "page": page,
        "previous": page - 1 if page > 1 else None,
        "next": page + 1 if more else None,
    }
    return render(request, "access/audit_log.html", context)


# Deeper pages cost more to merge; past this, the filters are the way to narrow the log.
MAX_PAGE = 200


def _page_number(raw: str) -> int:
    """The page asked for, 1 when it is not a number, at most MAX_PAGE."""
    try:
        return min(max(int(raw), 1), MAX_PAGE)
    except ValueError:
        return 1


def locked_out(request, original_response=None, credentials=None):
    """django-axes calls this when sign-ins are locked: the login page's look, status 429.

    The page says whether this account is locked from this address, or the whole address.
    """
    from axes.helpers import get_cool_off

    cool_off = get_cool_off(request)
    minutes = int(cool_off.total_seconds() // 60) if cool_off else None
    address = getattr(request, "suivi_locked_by", "account") == "address"
    return render(
        request, "access/locked_out.html", {"minutes": minutes, "address": address}, status=429
    )
