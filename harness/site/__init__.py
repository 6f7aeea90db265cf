"""Replica of laodongthudo.vn served on 127.0.0.1 by the end-to-end tests.

build.py generates pages/ and expected.json; server.py serves pages/.
"""
