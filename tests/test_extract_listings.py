"""What feeds, sitemaps and robots.txt list, read by feedparser and Scrapy's sitemap reader."""

import gzip
from datetime import UTC, datetime

from newsbot.extract.listings import feed_entries, robots_sitemaps, sitemap_entries

BASE = "https://bao.example.vn/rss/tin-moi.rss"


def test_an_rss_feed_gives_its_links_made_absolute_with_their_dates_in_utc():
    rss = ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Tin mới</title>"
           "<item><title>Một</title><link>/thoi-su/mot-123456.html?utm_source=rss</link>"
           "<pubDate>Sat, 07 Mar 2026 08:05:00 +0700</pubDate></item>"
           "<item><title>Hai</title><link>https://bao.example.vn/hai-123457.html</link></item>"
           "</channel></rss>").encode()
    entries = feed_entries(rss, BASE)
    assert [e.url for e in entries] == ["https://bao.example.vn/thoi-su/mot-123456.html",
                                        "https://bao.example.vn/hai-123457.html"]
    assert entries[0].changed == datetime(2026, 3, 7, 1, 5, tzinfo=UTC)
    assert entries[1].changed is None


def test_an_atom_feed_gives_its_entries_last_update():
    atom = ("<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'><title>T</title>"
            "<entry><title>Một</title><link href='https://bao.example.vn/mot-123456.html'/>"
            "<updated>2026-03-07T08:05:00+07:00</updated><published>2026-03-06T08:05:00+07:00</published>"
            "</entry></feed>").encode()
    [entry] = feed_entries(atom, BASE)
    assert entry.url == "https://bao.example.vn/mot-123456.html"
    assert entry.changed == datetime(2026, 3, 7, 1, 5, tzinfo=UTC)


def test_a_broken_feed_lists_nothing_instead_of_failing():
    assert feed_entries(b"<html><body>502 Bad Gateway</body></html>", BASE) == []
    assert feed_entries(b"", BASE) == []


def test_a_google_news_sitemap_dates_its_urls_by_publication_date_and_lastmod_wins():
    xml = (b"<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
           b"xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>"
           b"<url><loc>https://bao.example.vn/mot-123456.html</loc><news:news>"
           b"<news:publication_date>2026-03-07T08:05:00+07:00</news:publication_date></news:news></url>"
           b"<url><loc>https://bao.example.vn/hai-123457.html</loc><lastmod>2026-03-08T00:00:00Z</lastmod>"
           b"<news:news><news:publication_date>2026-03-07T08:05:00+07:00</news:publication_date></news:news></url>"
           b"</urlset>")
    listing = sitemap_entries(xml, BASE)
    assert not listing.is_index
    assert [(e.url, e.changed) for e in listing.urls] == [
        ("https://bao.example.vn/mot-123456.html", datetime(2026, 3, 7, 1, 5, tzinfo=UTC)),
        ("https://bao.example.vn/hai-123457.html", datetime(2026, 3, 8, tzinfo=UTC)),
    ]


def test_a_gzipped_sitemap_index_lists_its_sitemaps():
    xml = (b"<?xml version='1.0' encoding='UTF-8'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
           b"<sitemap><loc>https://bao.example.vn/sitemaps/2026-03.xml.gz</loc></sitemap></sitemapindex>")
    listing = sitemap_entries(gzip.compress(xml), BASE, max_size=10**6)
    assert listing.is_index
    assert [e.url for e in listing.urls] == ["https://bao.example.vn/sitemaps/2026-03.xml.gz"]


def test_what_is_no_sitemap_is_told_apart():
    assert sitemap_entries(b"<html><body>Not found</body></html>", BASE) is None
    assert sitemap_entries(b"", BASE) is None
    urlset = b"<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'><url><loc>/a-123456.html</loc></url></urlset>"
    assert sitemap_entries(gzip.compress(urlset)[:12], BASE) is None, "a cut gzip stream"
    assert sitemap_entries(gzip.compress(urlset + b" " * 10_000), BASE, max_size=1_000) is None, "over the size"
    assert len(sitemap_entries(gzip.compress(urlset), BASE, max_size=1_000).urls) == 1


def test_robots_txt_sitemap_lines_are_read_whatever_their_case():
    robots = b"User-agent: *\nDisallow: /admin\nSitemap: /sitemap.xml\nsitemap: https://bao.example.vn/news.xml\n"
    assert robots_sitemaps(robots, "https://bao.example.vn/robots.txt") == [
        "https://bao.example.vn/sitemap.xml", "https://bao.example.vn/news.xml"]
