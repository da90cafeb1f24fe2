"""Errors a command reports as one line on stderr with exit status 2."""


class CommandError(Exception):
    """A problem the user can fix: bad input, an unreachable database, a foreign file."""
