"""The register's blocking index: which records a claim can possibly match, found by key.

Resolution scores a claim against a few candidates instead of the whole register.
The keys are derived from the records (party sets, sectors, years, normalised
names) and kept in step by signals; they are not backed up, and `rebuild()`
recomputes them all.
"""
