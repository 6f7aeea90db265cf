"""Spider middlewares: what happens between a response and the spider's output."""
