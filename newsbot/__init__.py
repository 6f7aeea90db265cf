"""newsbot: a Scrapy crawler for Vietnamese news sites."""
