"""What happens between a request and its response: failures by kind, mislabelled charsets."""
