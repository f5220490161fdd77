"""Coordinator: partners, projects and the calendar of a provincial cooperation programme."""

# The minor number follows the database's schema revisions (0008: 0.8), so a file made
# by a newer version can be told apart; tests/test_packaging.py keeps them together.
__version__ = "0.9.0"
