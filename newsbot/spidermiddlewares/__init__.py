"""Spider middlewares: the resume journal, incremental runs."""
