"""Drop items that miss a required field, so nothing half-made is stored; clear dates in the future."""

from datetime import UTC, datetime, timedelta

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from newsbot.extract.dates import parse_iso
from newsbot.pipelines import Step

_DATE_FIELDS = ("published_at", "modified_at")
# Pages stamped in a zone the page does not name, and clocks a little off, land
# hours ahead; a date further ahead is wrong.
_FUTURE_SLACK = timedelta(days=1)


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
        latest = datetime.now(UTC) + _FUTURE_SLACK
        for field in _DATE_FIELDS:
            value = parse_iso(adapter.get(field) or "")
            if value is not None and value > latest:
                adapter[field] = None
                self.count("future_date_cleared")
        return item
