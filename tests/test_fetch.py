"""Responses on their way in: charset repair and failure kinds, on real Scrapy and Twisted objects.

The crawl against the fault server (test_faults_crawl.py) shows both at work;
these cover what that server does not provoke.
"""

import pytest
from scrapy import Request
from scrapy.exceptions import CannotResolveHostError, IgnoreRequest
from scrapy.http import HtmlResponse, Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from newsbot.downloadermiddlewares.charset import Utf8CharsetFix
from newsbot.fetch.content import can_be_a_page
from newsbot.fetch.failures import failure_kind
from newsbot.pipelines.clean import CleanPipeline
from tests.test_pipelines import make

URL = "http://127.0.0.1:8000/bai-1.html"
VIETNAMESE = "<html><body><h1>Hà Nội đón Tết</h1></body></html>"


def fix_charset(body: bytes, content_type: str):
    clean, stats = make(CleanPipeline)
    middleware = Utf8CharsetFix.from_crawler(clean.crawler)
    response = HtmlResponse(URL, body=body, headers={"Content-Type": content_type})
    return middleware.process_response(Request(URL), response), stats


def test_utf8_declared_as_latin1_is_read_as_utf8_and_counted():
    response, stats = fix_charset(VIETNAMESE.encode("utf-8"), "text/html; charset=iso-8859-1")
    assert "Hà Nội đón Tết" in response.text
    assert stats.get_value("newsbot/fetch/charset_corrected") == 1


@pytest.mark.parametrize(("body", "content_type", "text"), [
    # Vietnamese in windows-1258, as that charset writes it: base letters and combining tones.
    ("<p>Ha\u0300 N\u00f4\u0323i</p>".encode("cp1258"), "text/html; charset=windows-1258", "Ha\u0300 N\u00f4\u0323i"),
    ("<p>Café crème</p>".encode("cp1252"), "text/html; charset=iso-8859-1", "Café crème"),
    (b"<p>Ha Noi</p>", "text/html; charset=iso-8859-1", "Ha Noi"),
    (VIETNAMESE.encode("utf-8"), "text/html; charset=utf-8", "Hà Nội đón Tết"),
])
def test_pages_in_their_declared_charset_are_left_alone(body, content_type, text):
    response, stats = fix_charset(body, content_type)
    assert text in response.text
    assert not stats.get_value("newsbot/fetch/charset_corrected")


@pytest.mark.parametrize(("content_type", "page"), [
    ("text/html; charset=utf-8", True), ("text/plain", True), ("application/xhtml+xml", True),
    ("application/octet-stream", True), ("", True), ("image/jpeg", False), ("application/pdf", False),
])
def test_what_can_be_a_page(content_type, page):
    headers = {"Content-Type": content_type} if content_type else {}
    assert can_be_a_page(HtmlResponse(URL, body=b"<html></html>", headers=headers)) is page


def test_a_response_scrapy_did_not_read_as_text_is_no_page():
    assert not can_be_a_page(Response(URL, body=b"\x89PNG"))


def failed(error: Exception, **meta) -> Failure:
    failure = Failure(error)
    failure.request = Request(URL, meta=meta)
    return failure


@pytest.mark.parametrize(("failure", "kind"), [
    (failed(CannotResolveHostError("no such host")), "dns"),
    (failed(HttpError(HtmlResponse(URL, status=403))), "http_403"),
    (failed(IgnoreRequest("max redirections reached"), redirect_times=5), "too_many_redirects"),
    (failed(IgnoreRequest("Forbidden by robots.txt")), "ignored"),
    (failed(ValueError("something else")), "other"),
])
def test_failure_kinds_the_fault_server_does_not_provoke(failure, kind):
    assert failure_kind(failure, max_redirects=5) == kind
