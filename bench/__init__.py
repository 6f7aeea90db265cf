"""The crawl benchmark: a generated replica of laodongthudo.vn served by nginx on 127.0.0.1,
crawled side by side by a bare Scrapy spider (the machine's limit) and by newsbot."""
