"""The close-of-crawl monitors (spidermon) and the alerts they send when one fails.

``CloseMonitors`` holds spidermon's item count, field coverage, error count, finish reason
and unwanted HTTP codes monitors, each set by its ``SPIDERMON_*`` setting, and
``HealthVerdict``, which fails when the run history verdict found a cause. When any fails,
its causes join the verdict (so the exit status and the feeds follow them) and each alert
switched on by its setting sends one message naming them all.
"""

from __future__ import annotations

import logging

from scrapy.utils.misc import load_object
from spidermon import Monitor, monitors
from spidermon.contrib.scrapy.extensions import Spidermon
from spidermon.contrib.scrapy.monitors import (
    ErrorCountMonitor,
    FieldCoverageMonitor,
    FinishReasonMonitor,
    ItemCountMonitor,
    UnwantedHTTPCodesMonitor,
)
from spidermon.core.actions import Action
from spidermon.core.suites import MonitorSuite
from spidermon.runners import MonitorRunner

from newsbot.extensions.health import CAUSES

logger = logging.getLogger(__name__)
#: The setting that switches each alert on, and the action that sends it.
ALERTS = {
    "SPIDERMON_SMTP_HOST": "newsbot.monitoring.alerts.EmailAlert",
    "NEWSBOT_ALERT_WEBHOOK_URL": "newsbot.monitoring.alerts.WebhookAlert",
    "SPIDERMON_SLACK_SENDER_TOKEN": "spidermon.contrib.actions.slack.notifiers.SendSlackMessageSpiderFinished",
    "SPIDERMON_TELEGRAM_SENDER_TOKEN":
        "spidermon.contrib.actions.telegram.notifiers.SendTelegramMessageSpiderFinished",
    "SPIDERMON_DISCORD_WEBHOOK_URL": "spidermon.contrib.actions.discord.notifiers.SendDiscordMessageSpiderFinished",
}


@monitors.name("Extracted Items Monitor")
class ItemCount(ItemCountMonitor):
    """Extracted Items Monitor: a crawl that scraped nothing has 0 items (Scrapy then sets no count)."""

    @property
    def stats(self):
        return {"item_scraped_count": 0, **super().stats}


@monitors.name("Health verdict")
class HealthVerdict(Monitor):
    @monitors.name("Run as usual for its history")
    def test_verdict_found_no_cause(self):
        causes = self.data.stats.get(CAUSES) or []
        if causes:
            self.fail("\n".join(causes))


def failed_causes(result) -> list[str]:
    """One line per cause of the failed monitors: the verdict's own, then one per other monitor."""
    lines: list[str] = []
    for failed in result.monitors_failed_results:
        monitor = failed.monitor
        # A monitor that broke (not one that failed) has no reason, only its traceback.
        reason = failed.reason or ((failed.error or "").strip().splitlines() or ["failed"])[-1]
        if isinstance(monitor, HealthVerdict):
            lines.extend(reason.splitlines())
        else:
            lines.append(f"{monitor.monitor_name}: {reason}")
    return lines


class QuietSpidermon(Spidermon):
    """spidermon's extension, reporting in one log line per suite instead of its text report (a block of
    lines with tracebacks at ERROR level, through the deprecated ``Spider.log``)."""

    def _run_suites(self, spider, suites):
        data = self._generate_data_for_spider(spider)
        for suite in suites:
            result = MonitorRunner().run(suite, **data)
            failed = [r.monitor.monitor_name for r in result.monitors_failed_results]
            logger.info("monitors (%s): %d run, %s", suite.name, len(result.monitor_results),
                        f"{len(failed)} failed: {', '.join(failed)}" if failed else "all passed")


class JoinVerdict(Action):
    """Adds the other monitors' failures to the verdict's causes."""

    def run_action(self):
        crawler = self.data.crawler
        causes = list(crawler.stats.get_value(CAUSES) or [])
        crawler.stats.set_value(CAUSES, causes + [c for c in failed_causes(self.result) if c not in causes])


def alert_actions(settings) -> list[str]:
    return [action for setting, action in ALERTS.items() if (settings.get(setting) or "").strip()]


class CloseMonitors(MonitorSuite):
    monitors = [ItemCount, FieldCoverageMonitor, ErrorCountMonitor, FinishReasonMonitor,
                UnwantedHTTPCodesMonitor, HealthVerdict]

    def __init__(self, *args, crawler=None, **kwargs):
        kwargs["monitors_failed_actions"] = [JoinVerdict, *map(load_object, alert_actions(crawler.settings)),
                                             *(kwargs.get("monitors_failed_actions") or [])]
        super().__init__(*args, crawler=crawler, **kwargs)
