-- Sealed idempotent responses with stale-claim takeover, and the consents of nominations.
-- Correction to 001: the registration token is not only in the create response. The idempotent response kept
-- for a retry holds it too; since 002 that response is sealed (AES-256-GCM) under a key derived from the API
-- key and the Idempotency-Key, and the database keeps only a SHA-256 of the Idempotency-Key, so only a caller
-- holding that key can read the response back.

-- Records from before 002 hold responses in clear and keys unhashed: drop them (a retry of one runs again).
DELETE FROM idempotency_keys;
ALTER TABLE idempotency_keys RENAME COLUMN key TO key_hash;
ALTER TABLE idempotency_keys DROP COLUMN response;
-- 12-byte IV, 16-byte GCM tag, then the encrypted response body.
ALTER TABLE idempotency_keys ADD COLUMN response_sealed bytea;
-- When the current owner claimed the key: a claim still unfinished 30 s later is taken over by a retry.
ALTER TABLE idempotency_keys ADD COLUMN claimed_at timestamptz NOT NULL DEFAULT now();
COMMENT ON COLUMN idempotency_keys.body_hash IS 'HMAC-SHA256 of the canonical body under the derived key';

-- What the nominator agreed to, and when it was recorded; NULL for nominations made before 002.
ALTER TABLE nominations ADD COLUMN consents jsonb;
