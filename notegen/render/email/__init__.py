"""Email output: the HTML and plain-text bodies, the MIME message, and writing it to the outbox."""
