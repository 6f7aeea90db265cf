"""Canonical URL form and host rules."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

TRACKING_PARAMS = frozenset(
    {"fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "zarsrc",
     "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "yclid"}
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def _is_tracking(name: str) -> bool:
    name = name.lower()
    return name.startswith("utm_") or name in TRACKING_PARAMS


def canonical_url(url: str, base: str | None = None) -> str | None:
    """Absolute URL without fragment, tracking parameters or default port.

    Returns None for anything that is not an http(s) URL.
    """
    url = url.strip()
    if base and url.startswith("/") and not url.startswith("//"):
        origin = _origin(base)
        return _canonical_on_origin(origin, url) if origin else None
    if base and _NAMES_HOST.match(url) and (origin := _origin(base)):
        return _canonical_on_origin(origin, url)
    try:
        if base:
            url = urljoin(base, url)
    except ValueError:
        return None
    return _canonical_absolute(url.strip())


# A link naming its host ("https://host/a.html", "//host/a.html"; white space could leave the
# host empty once dropped) resolves against the page's scheme alone.
_NAMES_HOST = re.compile(r"(?:https?:)?//[^/?#\s]")


# A link from the root of the site ("/thoi-su/a-1.html") resolves against the page's scheme
# and host alone, and one naming its host against the scheme alone: so they are remembered
# across pages, as every page repeats the site's menus.
@lru_cache(maxsize=16384)
def _canonical_on_origin(origin: str, url: str) -> str | None:
    try:
        return _canonical_absolute(urljoin(origin, url).strip())
    except ValueError:
        return None


@lru_cache(maxsize=1024)
def _origin(url: str) -> str | None:
    """``scheme://host[:port]`` of an absolute URL."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


@lru_cache(maxsize=16384)
def _canonical_absolute(url: str) -> str | None:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    netloc = parts.hostname.lower()
    if port and port != _DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not _is_tracking(k)]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def site_of(url: str) -> str:
    """The host that names a site: lower case, without "www." and port."""
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


# Second-level labels under which papers register (thanhnien.com.vn, chinhphu.gov.vn).
_SECOND_LEVEL = {"com", "net", "org", "gov", "edu", "ac", "info", "biz", "int", "name", "pro", "health"}


def paper_of(site: str) -> str:
    """The registered domain a site belongs to: "tacnghiep.laodongthudo.vn" and "laodongthudo.vn" are one
    paper, "dantri.com.vn" keeps its three labels; an IP address is a paper of its own."""
    labels = site.split(".")
    if not labels[-1].isalpha():
        return site
    kept = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-kept:])


def host_allowed(host: str, domains) -> bool:
    """True when host is one of domains or a subdomain of one."""
    host = host.lower()
    return any(host == d or host.endswith("." + d) for d in domains)
