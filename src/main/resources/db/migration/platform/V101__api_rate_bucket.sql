-- The request budget of each partner system's API token (a token bucket), shared by every instance of hoiso:
-- one row per token, updated by one atomic INSERT … ON CONFLICT DO UPDATE per request (TokenBuckets). Times are
-- the application's clock in epoch milliseconds. No foreign key: the tokens are the account module's table, and a
-- deleted token's row only stops being read.
CREATE TABLE api_rate_bucket (
    token_id  BIGINT PRIMARY KEY,
    tokens    DOUBLE PRECISION NOT NULL, -- requests left after the last one (fractions refill over time)
    at_millis BIGINT NOT NULL,           -- when the bucket was last filled up to
    granted   BOOLEAN NOT NULL           -- whether the last request went ahead
);
