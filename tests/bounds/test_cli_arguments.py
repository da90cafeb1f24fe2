"""The command line's id range is the one the models' bounds give (it is kept Django-free)."""

from suivi.cli.arguments import ID_RANGE
from suivi.core import bounds


def test_command_line_ids_have_the_bounds_of_the_register():
    assert ID_RANGE == bounds.ID_RANGE
