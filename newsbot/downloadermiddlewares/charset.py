"""Read a page as UTF-8 when it declares another charset but is plainly UTF-8.

Servers often keep a default ``charset=iso-8859-1`` header in front of UTF-8
pages; decoded as declared, Vietnamese text turns into mojibake. A body that
decodes as UTF-8 and holds non-ASCII bytes is UTF-8: text in a single-byte
charset practically never forms valid UTF-8 sequences.
"""

from __future__ import annotations

import codecs
import logging

from scrapy.exceptions import NotConfigured
from scrapy.http import TextResponse

logger = logging.getLogger(__name__)


class Utf8CharsetFix:
    """Downloader middleware: counts ``newsbot/fetch/charset_corrected``."""

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("NEWSBOT_CHARSET_FIX_ENABLED"):
            raise NotConfigured  # without a message: Scrapy would log a choice as a warning
        return cls(crawler.stats)

    def process_response(self, request, response, spider=None):
        if not isinstance(response, TextResponse) or not is_mislabelled_utf8(response.body, response.encoding):
            return response
        logger.debug("%s declares %s but is UTF-8: read as UTF-8", response.url, response.encoding)
        self.stats.inc_value("newsbot/fetch/charset_corrected")
        return response.replace(encoding="utf-8")


def is_mislabelled_utf8(body: bytes, declared: str) -> bool:
    try:
        if codecs.lookup(declared).name == "utf-8" or body.isascii():
            return False
        body.decode("utf-8")
    except (LookupError, UnicodeDecodeError):
        return False
    return True
