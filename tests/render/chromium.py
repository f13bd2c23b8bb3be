"""Where Debian's Chromium is, and the flags that run it headless, quiet and offline in a test."""

from __future__ import annotations

import shutil

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]
MISSING = "chromium is not installed (.ci/run installs it)"
