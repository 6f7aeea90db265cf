"""Spiders: where a crawl starts and which links it follows, nothing more."""
