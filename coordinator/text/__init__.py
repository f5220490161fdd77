"""User-facing words that are not widgets: number and date formats, error and findings
texts, and the loading of the translations. QtCore only, so the command line can speak
the user's language without loading a widget."""
