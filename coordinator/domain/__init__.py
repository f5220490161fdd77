"""Plain-Python rules of the domain: no Qt, no SQL."""
