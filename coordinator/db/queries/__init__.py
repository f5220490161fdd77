"""Query and service functions: the only way the UI reaches the store.

Each function opens one session, and returns plain dataclasses the UI may keep.
List functions are paged (``offset``/``limit``) and filter and sort in SQL.
"""
