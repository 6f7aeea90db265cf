"""Packages newsbot for Scrapyd (`make deploy`): the newsbot package with its site profiles; no tests, harness or benchmarks."""

from setuptools import find_packages, setup

setup(
    name="newsbot",
    version="0.1",
    packages=find_packages(include=["newsbot", "newsbot.*"]),
    entry_points={"scrapy": ["settings = newsbot.settings"]},
)
