"""Whether a crawl did its job: its run record, the verdict against earlier runs, monitors and alerts."""
