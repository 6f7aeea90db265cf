"""Why a request failed, in a few kinds an operator can act on.

Each failed request is counted once, after its retries, as
``newsbot/fetch_failed/<kind>``.
"""

from __future__ import annotations

from scrapy import Request
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet import error as tx_error
from twisted.python.failure import Failure
from twisted.web.client import ResponseFailed

from newsbot.extract.urls import host_allowed

# Scrapy's download errors and the Twisted errors that still reach an errback as
# they are; checked in order, as a TCP timeout and a refused connection are ConnectErrors too.
_KINDS = (
    ((DownloadTimeoutError, tx_error.TimeoutError, tx_error.TCPTimedOutError), "timeout"),
    ((DownloadConnectionRefusedError, tx_error.ConnectionRefusedError), "connection_refused"),
    ((CannotResolveHostError, tx_error.DNSLookupError), "dns"),
    ((ResponseDataLossError,), "data_loss"),
    # Scrapy cancels a download only when it passes DOWNLOAD_MAXSIZE (a timeout
    # is a DownloadTimeoutError).
    ((DownloadCancelledError,), "too_large"),
    ((DownloadFailedError, ResponseFailed, tx_error.ConnectionLost, tx_error.ConnectionDone,
      tx_error.ConnectError), "connection_lost"),
)


def failure_kind(failure: Failure, max_redirects: int) -> str:
    """``timeout``, ``connection_refused``, ``dns``, ``data_loss``, ``too_large``,
    ``connection_lost``, ``http_<status>``, ``too_many_redirects``, ``ignored`` or ``other``."""
    error = failure.value
    if isinstance(error, HttpError):
        return f"http_{error.response.status}"
    for types, kind in _KINDS:
        if isinstance(error, types):
            return kind
    if isinstance(error, IgnoreRequest):
        request = getattr(failure, "request", None)
        if request is not None and max_redirects and request.meta.get("redirect_times", 0) >= max_redirects:
            return "too_many_redirects"
        return "ignored"
    return "other"


def is_offsite_redirect(request: Request, allowed_domains) -> bool:
    """A redirect that Scrapy's offsite filter drops without calling the errback."""
    # Asked of every request scheduled: the cheap tests first.
    return bool(request.meta.get("redirect_urls")) and not request.dont_filter \
        and not request.meta.get("allow_offsite") \
        and not host_allowed(urlparse_cached(request).hostname or "", allowed_domains)
