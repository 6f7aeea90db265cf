from newsbot.sites.laodongthudo import LaodongthudoArticlePage
from newsbot.spiders.base import SiteSpider


class LaodongthudoSpider(SiteSpider):
    name = "laodongthudo"
    page_class = LaodongthudoArticlePage
