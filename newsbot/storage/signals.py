"""What the MongoDB store tells the steps before it, which keep their own records beside the articles."""

#: Sent once the store is connected, with ``collection``: the articles' collection, ``timeout``: the
#: seconds one request to it may take, and ``outage_seconds``: how long to leave it alone after a failure.
store_opened = object()
#: Sent after the store has written a batch, with ``documents``: the articles in it, as written.
batch_written = object()
