"""newsbot: a Scrapy crawler for Vietnamese news sites."""

from newsbot.record import article_from_html

__all__ = ["article_from_html"]
