"""One spider for each registered site (newsbot.sites), named after it: no spider file is written."""

from newsbot.sites import sites
from newsbot.spiders.base import SiteSpider


def _spider_class(site) -> type[SiteSpider]:
    class_name = "".join(part.capitalize() for part in site.name.split("_")) + "Spider"
    # Scrapy's spider loader takes the classes a module defines, by their __module__.
    return type(class_name, (SiteSpider,), {
        "name": site.name, "profile": site.profile, "page_class": site.page_class,
        "__module__": __name__, "__doc__": f"Crawls {', '.join(site.profile.domains)}.",
    })


SPIDERS = {name: _spider_class(site) for name, site in sites().items()}
globals().update({spider.__name__: spider for spider in SPIDERS.values()})
