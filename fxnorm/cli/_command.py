"""One subcommand's parser, as every module of the command line makes it."""

from __future__ import annotations

import argparse
from typing import Any

__all__ = ["new_command"]


def new_command(commands: Any, name: str, summary: str, epilog: str) -> argparse.ArgumentParser:
    """The parser of subcommand ``name``: ``summary`` in the list of commands and,
    as a sentence, at the top of its help; ``epilog`` (examples) kept as written."""
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        help=summary,
        description=summary[0].upper() + summary[1:] + ".",
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser
