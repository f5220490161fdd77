"""Spreadsheets both ways: the office's Excel and CSV lists in, any list of the window out.

``reading`` turns an .xlsx or .csv file into rows of cells; ``fields`` knows the
columns of each kind of list and the headers an office writes for them; ``importing``
plans an import (every row with what will happen and every problem) and writes a
confirmed plan in one transaction; ``export`` writes a list to .xlsx or .csv;
``printing`` sets up how a sheet prints (A4, fit to width, header row on every page).
Headless: nothing here loads a widget.
"""
