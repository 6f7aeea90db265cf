"""Whether a response can be a web page at all."""

from __future__ import annotations

from scrapy.http import Response, TextResponse

# Servers label pages text/plain or application/octet-stream too; an image/jpeg is an image.
_PAGE_TYPES = ("text/", "application/octet-stream")


def can_be_a_page(response: Response) -> bool:
    """A text response whose declared type, if it declares one, can be HTML.

    Scrapy makes any response at a ``.html`` URL an HtmlResponse when its type
    says nothing of text, so a JPEG served there would be read as a page.
    """
    if not isinstance(response, TextResponse):
        return False
    declared = (response.headers.get(b"Content-Type") or b"").decode("latin-1").split(";")[0].strip().lower()
    return not declared or declared.startswith(_PAGE_TYPES) or "html" in declared or "xml" in declared
