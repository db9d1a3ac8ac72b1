-- Issue 16: a per-user secret for the Atom feed of events. Feed readers cannot send headers or log in, so it travels
-- in the feed's URL (?token=); it only reads that feed, as a reader, while its account is active. Only its SHA-256 is
-- kept; making a new one ends the old one.
ALTER TABLE app_user ADD COLUMN feed_token_hash TEXT UNIQUE;
