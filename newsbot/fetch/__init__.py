"""What a fetch gave: whether a response can be a page, and why a request failed."""
