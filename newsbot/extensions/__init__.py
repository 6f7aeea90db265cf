"""Scrapy extensions: things a crawl reports beside its items."""
