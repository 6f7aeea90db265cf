"""Why an article's HTML looks unfinished: what ``NEWSBOT_RENDER=auto`` decides on."""

from __future__ import annotations

from newsbot.pages.article import ArticlePage


def incomplete_reason(page: ArticlePage) -> str | None:
    """Why this article's text or blocks look unfinished, or None: "short_body" (the
    text is missing or shorter than the profile's ``min_body_chars``) or
    "empty_block" (a followed block's heading with an empty list)."""
    if not page.navigation.is_article:
        return None
    if len(page.body or "") < page.profile.min_body_chars:
        return "short_body"
    if page.navigation.empty_blocks:
        return "empty_block"
    return None


def render_reason(page: ArticlePage) -> str | None:
    """Why this article's HTML, before its scripts run, is not the whole page, or None:
    "script_rendered" (a page kind the site builds with scripts), else the
    ``incomplete_reason``."""
    navigation = page.navigation
    if navigation.is_article and any(page.profile.is_script_rendered(u) for u in (page.url, navigation.canonical)):
        return "script_rendered"
    return incomplete_reason(page)
