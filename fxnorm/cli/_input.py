"""Reading a document for the command line: a file, or standard input with ``-``."""

from __future__ import annotations

import sys

from ..errors import InvalidInputError

#: The largest document the command reads (a whole book is far less).
MAX_BYTES = 32 * 2**20


def read_document(path: str) -> str:
    """The text of ``path`` (``-`` for standard input), decoded as UTF-8.

    Undecodable bytes become U+FFFD rather than an error: scraped pages and
    OCR output are often slightly broken, and the figures around them still
    count. More than :data:`MAX_BYTES` is refused with a clear error.
    """
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
    else:
        try:
            with open(path, "rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except OSError as error:
            raise InvalidInputError(f"cannot read {path}: {error.strerror}") from None
    if len(data) > MAX_BYTES:
        raise InvalidInputError(f"input larger than {MAX_BYTES // 2**20} MB")
    return data.decode("utf-8", errors="replace")


def read_text(text: str | None, path: str | None) -> str:
    """The text a command reads: ``TEXT``, the document at ``--file``, or standard
    input when neither is given and the text is piped in (``cat a.txt | fxnorm parse``).

    At a terminal with neither, waiting for typed input would look like a hang,
    so that is a usage error.
    """
    if text is not None and path is not None:
        raise InvalidInputError("give either TEXT or --file, not both")
    if text is not None:
        return text
    if path is not None:
        return read_document(path)
    if sys.stdin is None or sys.stdin.isatty():
        raise InvalidInputError("give either TEXT or --file (or pipe the text in)")
    return read_document("-")


def check_locale(name: str) -> str:
    """``name`` as a CLDR locale identifier (``es-AR`` becomes ``es_AR``), or a clear error.

    The library reads an unknown locale as English (a sane default for text
    of unknown origin); on the command line a locale that CLDR does not know
    is almost always a typo, so it is refused.
    """
    from .. import cldr

    normalised = name.strip().replace("-", "_")
    if cldr.canonical_locale(normalised) is None:
        # A language CLDR knows with a territory it has no locale for (en_AR, en_JP)
        # is still meaningful: the parser reads the language and uses the territory.
        language, _, territory = normalised.partition("_")
        known = cldr.canonical_locale(language) if language else None
        if known is None or territory.upper() not in cldr.territories():
            raise InvalidInputError(
                f"unknown locale {name!r}; use a CLDR locale such as en, en_IN, es_AR, zh, "
                "de_CH, or a language with a territory (en_AR)"
            ) from None
        normalised = f"{language}_{territory.upper()}"
    return normalised
