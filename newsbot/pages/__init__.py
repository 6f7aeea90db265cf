"""The generic page objects, split by concern: the parsed document, the page's
navigation, the article read from it, and why a page looks unfinished."""
