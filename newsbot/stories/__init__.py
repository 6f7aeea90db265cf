"""Stories: syndicated copies of one article across sites, found with MinHash LSH and kept as clusters."""
