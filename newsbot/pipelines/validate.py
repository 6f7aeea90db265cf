"""Drop items that miss a required field, so nothing half-made is stored."""

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from newsbot.pipelines import Step


class ValidatePipeline(Step):
    name = "validate"

    def __init__(self, crawler):
        super().__init__(crawler)
        self.required = crawler.settings.getlist("NEWSBOT_REQUIRED_FIELDS")

    def process_item(self, item):
        adapter = ItemAdapter(item)
        for field in self.required:
            if not adapter.get(field):
                reason = f"missing_{field}"
                self.stats.inc_value(f"newsbot/dropped/{reason}")
                raise DropItem(f"{reason}: {adapter.get('url')}", log_level="INFO")
        return item
