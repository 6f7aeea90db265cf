"""Site profiles and page objects, one module a site."""
