"""Held-out second replica of laodongthudo.vn: the articles of tests/site in three other markups.

build.py generates pages/ and expected.json; serve it with
tests.site.server.serve_replica(pages_dir=tests/site_alt/pages).
"""
