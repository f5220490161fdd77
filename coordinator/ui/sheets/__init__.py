"""The spreadsheet windows: importing an office's list (File → Import a list)."""
