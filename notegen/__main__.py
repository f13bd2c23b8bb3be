"""`python -m notegen` runs the command line."""

from notegen.cli import main

main(prog_name="notegen")
