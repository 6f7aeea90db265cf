"""Scrapy add-ons: one newsbot setting switches on a group of Scrapy settings before the crawl starts."""
