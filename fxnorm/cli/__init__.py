"""The ``fxnorm`` command: one subcommand per module, errors as one line.

Each subcommand module has ``add_parser(subparsers)`` (cheap: argparse only)
and ``run(args) -> int`` (imports what it needs when it runs), so
``fxnorm convert`` loads the rates code and nothing else.

Exit codes: 0 success; 1 a check found an inconsistent claim; 2 bad usage or
input (unknown currency, bad amount or date); 3 no rate for the pair and
date; 4 an online source failed; 5 the dataset or cache is unreadable; 70 an
unexpected internal error (a bug); 130 interrupted.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from .. import __version__
from . import check, convert, parse, rates

__all__ = ["main"]

_COMMANDS = (convert, parse, check, rates)


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser. Given the arguments, only the command they name
    gets its options (the others are listed with their help, which is all
    ``fxnorm --help`` shows), so a run builds one command's parser, not four."""
    parser = _Parser(
        prog="fxnorm",
        description="Read money in text, convert it as of a date, check conversion claims.",
    )
    parser.add_argument(
        "--version", action=_Version, nargs=0, help="show the version and the data it reads"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True
    named = [word for word in argv or () if not word.startswith("-")][:1]
    chosen = named[0] if named and named[0] in {m.NAME for m in _COMMANDS} else None
    for module in _COMMANDS:
        if chosen in (None, module.NAME):
            module.add_parser(commands)
        else:
            commands.add_parser(module.NAME, help=module.HELP)
    return parser


class _Version(argparse.Action):
    """``--version``: fxnorm's version and the CLDR it decides with (read only when asked)."""

    def __call__(self, parser: argparse.ArgumentParser, *args: Any, **kwargs: Any) -> None:
        from .. import cldr

        print(f"fxnorm {__version__}; currency data: {cldr.describe()}")
        parser.exit()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (the console script exits with it)."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(arguments)
    args = parser.parse_args(arguments)
    _warnings_as_lines()
    try:
        if getattr(args, "locale", None) is not None:
            from ._input import check_locale

            args.locale = check_locale(args.locale)
        return int(args.run(args))
    except KeyboardInterrupt:
        print("fxnorm: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except Exception as error:  # one line, never a traceback (FXNORM_DEBUG=1 shows it)
        if os.environ.get("FXNORM_DEBUG"):
            raise
        from ..errors import FxnormError, exit_code_for

        if isinstance(error, FxnormError):
            print(f"fxnorm: error: {_one_line(_cli_message(error, args))}", file=sys.stderr)
            return exit_code_for(error)
        print(
            f"fxnorm: internal error: {type(error).__name__}: {_one_line(str(error))} "
            "(please report it; FXNORM_DEBUG=1 shows details)",
            file=sys.stderr,
        )
        return 70


def _cli_message(error: Exception, args: argparse.Namespace) -> str:
    """The error's message, with its advice in the command line's terms.

    The library's messages speak Python (``default_currency=``); a user at the
    command line needs the option or argument that does the same.
    """
    from ..errors import AmbiguousCurrencyError

    if not isinstance(error, AmbiguousCurrencyError):
        return str(error)
    if not error.alternatives:
        what = f"{error.given!r} names no currency"
        if args.command == "convert":
            return f"{what}; give its code after the amount ({error.given!r} USD, say)"
        return f"{what}; pass --default-currency CODE"
    what = f"{error.given!r} is ambiguous: it may be {', '.join(error.alternatives)}"
    if args.command == "convert":
        example = f"{error.given!r} {error.alternatives[0]}"
        return f"{what}; give its code after the amount ({example}) or pass --locale"
    return f"{what}; pass --default-currency CODE or --locale"


def _warnings_as_lines() -> None:
    """Show Python warnings (an unreadable cache moved aside …) as one line each,
    ``fxnorm: warning: …``, not as ``file.py:557: RuntimeWarning`` with source code."""
    import warnings

    def show(
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: Any = None,
        line: str | None = None,
    ) -> None:
        print(f"fxnorm: warning: {_one_line(str(message))}", file=file or sys.stderr)

    warnings.showwarning = show


def _one_line(text: str) -> str:
    return " ".join(text.split())[:2000]


def _silence_stdout() -> None:
    """After a closed pipe (``fxnorm … | head``), keep Python from complaining at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def entry_point() -> NoReturn:
    sys.exit(main())
