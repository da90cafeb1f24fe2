"""Date and number formats where suivi departs from Django's (FORMAT_MODULE_PATH)."""
