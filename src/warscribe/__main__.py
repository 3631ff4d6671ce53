"""`python -m warscribe`: the command line, for environments where the console script is not on PATH."""

from warscribe.cli import main

main()
