"""What the tests, the benchmarks and ``make demo`` run against, all on 127.0.0.1: the replica sites
(site/, site_alt/, site_js/, replicas/), the fault server (faults/), the services started for real
(services/: FerretDB, Redis, Scrapyd, Chromium) and real crawls in a subprocess (crawl.py).
Not part of the newsbot package, nor of the egg deployed to Scrapyd."""
