"""The profile of a site newsbot has no module for: common URL shapes, no hints."""

from __future__ import annotations

import re

from newsbot.extract.urls import site_of
from newsbot.sites.profile import SiteProfile

# Article URLs of Vietnamese news sites end in a numeric id: "...-20260307080054340.htm".
_ARTICLE_PATH = re.compile(r"-(?P<id>\d+)\.\w+$")
_SECTION_PATH = re.compile(r"/[a-z0-9-]+/?")
_TAG_PATH = re.compile(r"/(?:tag|tags|chu-de)/")


def generic_profile(url: str) -> SiteProfile:
    """A profile for the host of ``url``."""
    site = site_of(url)
    return SiteProfile(name=site, domains=(site,), start_urls=(url,), article_path=_ARTICLE_PATH,
                       section_path=_SECTION_PATH, tag_path=_TAG_PATH)
