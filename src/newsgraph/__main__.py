"""`python -m newsgraph` runs the command-line interface."""
from .cli import main

main()
