"""Rendering pages with their scripts, through Chromium and scrapy-playwright (``NEWSBOT_RENDER``)."""
