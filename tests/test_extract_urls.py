from urllib.parse import urljoin

import pytest

from newsbot.extract.urls import canonical_url, host_allowed, paper_of, site_of


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://laodongthudo.vn/a-1.html?utm_source=fb&utm_medium=x#top", "https://laodongthudo.vn/a-1.html"),
        ("https://laodongthudo.vn/a-1.html?fbclid=1&gclid=2&zarsrc=3", "https://laodongthudo.vn/a-1.html"),
        ("https://laodongthudo.vn/a-1.html?page=2&utm_campaign=z", "https://laodongthudo.vn/a-1.html?page=2"),
        ("HTTPS://LaoDongThuDo.VN:443/a-1.html", "https://laodongthudo.vn/a-1.html"),
        ("http://127.0.0.1:8080/a-1.html#c", "http://127.0.0.1:8080/a-1.html"),
    ],
)
def test_canonical_url_drops_fragment_tracking_and_default_port(url, expected):
    assert canonical_url(url) == expected


def test_relative_links_resolve_against_the_page():
    assert canonical_url("../b-2.html", "http://127.0.0.1:8080/x/a-1.html") == "http://127.0.0.1:8080/b-2.html"


@pytest.mark.parametrize("href", ["javascript:void(0)", "mailto:a@b.vn", "tel:123", "http://[bad"])
def test_non_web_links_have_no_canonical_form(href):
    assert canonical_url(href, "https://laodongthudo.vn/") is None


def test_site_is_the_host_without_www_and_port():
    assert site_of("https://www.laodongthudo.vn/a-1.html") == "laodongthudo.vn"
    assert site_of("https://tacnghiep.laodongthudo.vn/a-1.html") == "tacnghiep.laodongthudo.vn"


def test_subdomains_are_allowed_lookalikes_are_not():
    domains = ("laodongthudo.vn",)
    assert host_allowed("lamgiau.laodongthudo.vn", domains)
    assert not host_allowed("laodongthudo.vn.copy.com", domains)
    assert not host_allowed("fakelaodongthudo.vn", domains)


def test_links_from_the_site_root_resolve_against_each_pages_own_host():
    assert canonical_url("/x/../b-2.html?utm_source=fb#c", "http://127.0.0.1:8080/x/a-1.html") \
        == "http://127.0.0.1:8080/b-2.html"
    # The same link on a page of another host (a mirror, a section subdomain) leads there.
    assert canonical_url("/b-2.html", "https://laodongthudo.vn/a-1.html") == "https://laodongthudo.vn/b-2.html"
    assert canonical_url("/b-2.html", "https://m.laodongthudo.vn/a-1.html") == "https://m.laodongthudo.vn/b-2.html"
    assert canonical_url("//cdn.laodongthudo.vn/b-2.html", "https://laodongthudo.vn/") \
        == "https://cdn.laodongthudo.vn/b-2.html"


@pytest.mark.parametrize("href", [
    "https://laodongthudo.vn/a-1.html;", "http://laodongthudo.vn/a-1.html", "//cdn.laodongthudo.vn/b.jpg#x",
    "https://:443/a-1.html", "http:///a-1.html", "https://\t/a-1.html", "http://?page=2", "https://",
])
def test_links_naming_a_host_read_the_same_from_every_page(href):
    """Whatever the page's path, a link naming its host (or leaving it empty) leads where the page's
    own resolution of it leads."""
    for page in ("https://laodongthudo.vn/", "https://laodongthudo.vn/x/a-1.html?page=3", "http://laodongthudo.vn/y/"):
        joined = urljoin(page, href).strip()
        assert canonical_url(href, page) == canonical_url(joined), (href, page)


@pytest.mark.parametrize("site, paper", [
    ("tacnghiep.laodongthudo.vn", "laodongthudo.vn"), ("laodongthudo.vn", "laodongthudo.vn"),
    ("dantri.com.vn", "dantri.com.vn"), ("m.baochinhphu.gov.vn", "baochinhphu.gov.vn"),
    ("127.0.0.2", "127.0.0.2"), ("localhost", "localhost")])
def test_the_paper_of_a_site_is_its_registered_domain(site, paper):
    assert paper_of(site) == paper
