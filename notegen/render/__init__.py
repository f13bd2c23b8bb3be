"""The outputs: `email` (HTML + text + MIME messages) and `pdf` (print-ready inserts laid out by WeasyPrint).

Each output is its own module, imported where it is used, so that a run that writes emails never loads the PDF
engine and the other way round.
"""
