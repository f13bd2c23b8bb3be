"""PDF output: inserts laid out by WeasyPrint in chunks, joined in pick order or imposed on A4 sheets."""
