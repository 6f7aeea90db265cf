"""Held-out second replica of laodongthudo.vn: the articles of harness/site in three other markups.

build.py generates pages/ and expected.json; serve it with
harness.site.server.serve_replica(pages_dir=harness/site_alt/pages).
"""
