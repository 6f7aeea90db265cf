"""Site profiles and page objects, one module a site, and which one reads a URL."""

from __future__ import annotations

from urllib.parse import urlsplit

from newsbot.pages.article import ArticlePage
from newsbot.sites.generic import generic_profile
from newsbot.sites.laodongthudo import LaodongthudoArticlePage

#: The page class of every site with a profile of its own.
PAGE_CLASSES: tuple[type[ArticlePage], ...] = (LaodongthudoArticlePage,)


def page_for(url: str, html: str | bytes) -> ArticlePage:
    """The page read by the class of the site owning the URL's host, else by the generic
    page object with a profile made for that host."""
    host = urlsplit(url).hostname or ""
    for page_class in PAGE_CLASSES:
        if page_class.profile.owns_host(host):
            return page_class(url, html)
    return ArticlePage(url, html, profile=generic_profile(url))
