"""Run the command line: ``python -m afterword``."""

from afterword.cli import main

main()
