"""How every form field is drawn: label, help, errors and input together, each tied to it."""

from __future__ import annotations

from django.forms.renderers import DjangoTemplates


class FormRenderer(DjangoTemplates):
    """Django's renderer with suivi's field group (`core/field.html`) and form layout.

    One template for every form of the app: a field's label names its input (a legend for
    groups of boxes), its help and error messages sit beside it and are announced with it
    (aria-describedby), and an invalid field is marked for the eye and for screen readers.
    """

    form_template_name = "core/form.html"
    field_template_name = "core/field.html"
