"""Sphinx configuration for the fxnorm documentation (built with -W in the tests)."""

from __future__ import annotations

import fxnorm

project = "fxnorm"
author = "The fxnorm developers"
copyright = "2026, the fxnorm developers"
release = fxnorm.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build", "examples/**/README.md"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
napoleon_google_docstring = False

# No network while building: intersphinx inventories are not fetched.
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}
nitpicky = False

html_theme = "alabaster"
html_title = "fxnorm"
html_static_path: list[str] = []
