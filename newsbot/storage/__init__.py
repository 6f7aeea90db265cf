"""Where articles are kept."""
