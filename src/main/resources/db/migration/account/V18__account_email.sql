-- An address for notices by e-mail (optional; the account's owner sets it). Stored as typed, compared
-- without case.
ALTER TABLE app_user ADD COLUMN email text CHECK (email IS NULL OR (length(email) <= 254 AND email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'));
