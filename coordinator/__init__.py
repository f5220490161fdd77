"""Coordinator: partners, projects and the calendar of a provincial cooperation programme."""

__version__ = "0.1.0"
