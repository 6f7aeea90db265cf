"""The rendering settings (``NEWSBOT_RENDER``, ``NEWSBOT_CHROMIUM``, ...) and the Playwright settings they become."""

from __future__ import annotations

import os
from pathlib import Path

AUTO = "auto"
ALWAYS = "always"
NEVER = "never"
MODES = (AUTO, ALWAYS, NEVER)

HANDLER = "newsbot.render.handler.LazyPlaywrightDownloadHandler"
# Chromium's background services (updates, sync, safe browsing lists, QUIC probes) only cost
# time and memory in a crawler, and there is no GPU to use.
QUIET_FLAGS = ("--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run", "--disable-quic")
# A context being retired finishes its pages while the next one starts.
MAX_CONTEXTS = 2


class RenderError(Exception):
    """Rendering is configured in a way that cannot work."""


def configured_mode(settings) -> str:
    mode = (settings.get("NEWSBOT_RENDER") or AUTO).strip().lower()
    if mode not in MODES:
        raise RenderError(f"NEWSBOT_RENDER: {mode!r} is not one of {', '.join(MODES)}")
    return mode


def missing_browser(settings) -> str | None:
    """Why the browser cannot be started, or None when it is there."""
    chromium = Path(settings.get("NEWSBOT_CHROMIUM") or "")
    if chromium.is_file() and os.access(chromium, os.X_OK):
        return None
    return f"NEWSBOT_CHROMIUM: no Chromium at {str(chromium)!r} (apt-get install chromium)"


def render_mode(settings) -> str:
    """The mode in force: ``auto`` without a browser renders nothing, so a machine without
    Chromium still crawls every plain page (the crawl says so in its log)."""
    mode = configured_mode(settings)
    return NEVER if mode == AUTO and missing_browser(settings) else mode


def check_browser(settings) -> None:
    """Raise RenderError when every page must be rendered but the browser is not there."""
    problem = missing_browser(settings) if configured_mode(settings) == ALWAYS else None
    if problem:
        raise RenderError(f"{problem}, or set NEWSBOT_RENDER=auto or never")


def launch_args(is_root: bool) -> list[str]:
    # Chromium refuses to start its sandbox as root.
    return (["--no-sandbox"] if is_root else []) + list(QUIET_FLAGS)


def playwright_settings(settings) -> dict:
    """scrapy-playwright's settings, from newsbot's."""
    return {
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {
            "executable_path": settings.get("NEWSBOT_CHROMIUM"),
            "headless": True,
            "args": launch_args(os.geteuid() == 0),
        },
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": settings.getint("NEWSBOT_RENDER_PAGES"),
        "PLAYWRIGHT_MAX_CONTEXTS": MAX_CONTEXTS,
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": settings.getfloat("NEWSBOT_RENDER_TIMEOUT") * 1000,
    }
