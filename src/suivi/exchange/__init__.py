"""Files the register exchanges with ministries and aid systems: CSV, XLSX and IATI 2.03.

Every export is built from querysets scoped to its user (`access.scope.visible`), related
records included, so a file holds exactly what its user may read on the pages.
"""
