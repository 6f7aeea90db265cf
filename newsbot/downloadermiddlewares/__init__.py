"""Downloader middlewares: the resume journal's failed pages, the charset fix."""
