"""The edge of the pipeline: runs read → compose → lint → render over a batch, and keeps its books.

Triage, preparing notes, producing the outputs, the outcome of every order, the report, rejects and codes
files, the run journal, and the commands built on a run: check, preview, lint (of notes and of templates), init.
This is where files and clocks live; the stages it drives are pure.
"""
