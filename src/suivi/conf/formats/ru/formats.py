"""Russian dates: «23 июня 2025 г.» with a non-breaking space, so «г.» never starts a line
(Russian typography; a table cell or a PDF line broke between the year and its «г.»).

Only the formats that write «г.» are set; Django's Russian module gives the rest.
"""

DATE_FORMAT = "j E Y\u00a0г."
DATETIME_FORMAT = "j E Y\u00a0г. G:i"
YEAR_MONTH_FORMAT = "F Y\u00a0г."
