"""Doctests of modules whose optional extra is not installed are not collected."""

from __future__ import annotations

import importlib.util

# src/wiretext/html.py needs the "html" extra (pip install -e '.[html]').
collect_ignore = [] if importlib.util.find_spec("trafilatura") else ["src/wiretext/html.py"]
