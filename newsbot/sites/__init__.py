"""The site registry: one module a site, found by itself.

A module of this package that defines ``PROFILE`` (a ``SiteProfile``) is a site. Its page
class is the ``ArticlePage`` subclass the module defines, where its pages need a field read
their own way, else the generic page object. Nothing else names the sites: a spider of each
site's name is made from this registry (``newsbot.spiders.sites``), and the page of a URL is
read with the profile of the site that owns its host (``page_for``), else as the generic
``news`` spider reads a site without a profile.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from newsbot.sites.profile import SiteProfile


@dataclass(frozen=True)
class Site:
    profile: SiteProfile
    # An ArticlePage subclass: newsbot.pages imports this package, so it is imported late.
    page_class: type

    @property
    def name(self) -> str:
        return self.profile.name


@cache
def sites() -> dict[str, Site]:
    """Every registered site by name, in name order."""
    from newsbot.pages.article import ArticlePage

    found = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        profile = getattr(module, "PROFILE", None)
        if not isinstance(profile, SiteProfile):
            continue
        if profile.name in found:
            raise ValueError(f"two site modules name their site {profile.name!r}")
        own_pages = [value for value in vars(module).values()
                     if isinstance(value, type) and issubclass(value, ArticlePage)
                     and value.__module__ == module.__name__]
        if len(own_pages) > 1:
            raise ValueError(f"{module.__name__} defines {len(own_pages)} page classes; a site has one")
        found[profile.name] = Site(profile, own_pages[0] if own_pages else ArticlePage)
    return found


def site_named(name: str) -> Site | None:
    return sites().get(name)


def site_of_host(host: str | None) -> Site | None:
    """The registered site whose domains hold this host, or None."""
    if not host:
        return None
    for site in sites().values():
        if site.profile.owns_host(host):
            return site
    return None


def site_of_url(url: str) -> Site | None:
    return site_of_host(urlsplit(url).hostname)


def page_for(url: str, html: str | bytes):
    """The page read by the class of the site owning the URL's host, else by the generic
    page object with a profile made for that host."""
    from newsbot.sites.generic import GenericArticlePage, generic_profile

    site = site_of_url(url)
    if site is not None:
        return site.page_class(url, html, profile=site.profile)
    return GenericArticlePage(url, html, profile=generic_profile(url))
