"""``python -m fxnorm``: the same as the ``fxnorm`` command."""

from .cli import entry_point

entry_point()
