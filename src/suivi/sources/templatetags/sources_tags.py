"""Template helpers: the sources that back a record, the documents attached to it."""

from __future__ import annotations

from django import template
from django.contrib.contenttypes.models import ContentType

from suivi.access.scope import visible
from suivi.agreements.models import Document
from suivi.sources.models import Citation, Source

register = template.Library()


@register.simple_tag(takes_context=True)
def backing_sources(context, record) -> list[Source]:
    """The sources the user may see that back `record`, most recent first; none without a
    query when the page found that no citation names `record` (context "absent")."""
    if "sources" in context.get("absent", ()):
        return []
    citations = Citation.objects.filter(
        record_type=ContentType.objects.get_for_model(record), record_id=record.pk
    )
    user = context["request"].user
    return list(
        visible(user, Source.objects.filter(pk__in=citations.values("source_id"))).defer("text")
    )


@register.simple_tag(takes_context=True)
def documents_of(context, record) -> list[Document]:
    """The documents attached to `record` (agreement, project or session) the user may see;
    none without a query when the page found that `record` has none (context "absent")."""
    if "documents" in context.get("absent", ()):
        return []
    link = next(
        field.name
        for field in Document._meta.get_fields()
        if field.many_to_one and field.related_model is type(record)
    )
    user = context["request"].user
    return list(visible(user, Document.objects.filter(**{link: record})))


@register.filter
def facts_line(claim) -> str:
    """The claim's facts on one line, in the page's language."""
    from suivi.sources.describe import readable_summary

    return readable_summary(claim)


@register.simple_tag
def fact(claim, name: str, value) -> str:
    """`{% fact claim key value %}`: one fact with labels, names and dates, not codes."""
    from suivi.sources.describe import readable

    return readable(claim, name, value)


@register.filter
def fact_value(value) -> str:
    """One fact for display: lists joined, empty as a dash."""
    if isinstance(value, list):
        return ", ".join(value) or "—"
    return "—" if value in (None, "") else str(value)


@register.filter
def fact_label(name: str) -> str:
    """The reviewer's word for a fact's field."""
    from suivi.sources.forms import LABELS

    return LABELS.get(name, name)
