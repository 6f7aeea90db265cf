"""Pure helpers shared by the site page objects: no I/O, no Scrapy objects."""
