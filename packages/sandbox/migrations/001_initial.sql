-- The sandbox's first schema: catalogue, activities, registrations, credit bank, nominations, idempotency.
-- Catalogue rows keep the seeded core model in `doc` and copy out the columns that filters and sorts need;
-- live numbers (seats, waitlists, totals) are always computed from the rows that hold them.

CREATE TABLE sandbox_meta (
  key text PRIMARY KEY,
  value jsonb NOT NULL
);

CREATE TABLE institutions (
  id text PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL,
  division_code text NOT NULL,
  doc jsonb NOT NULL
);

CREATE TABLE courses (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  title text NOT NULL,
  category text NOT NULL,
  audiences text[] NOT NULL,
  mode text NOT NULL,
  district_code text NOT NULL,
  district text NOT NULL,
  fee numeric(10, 2) NOT NULL,
  starts_on date,
  ends_on date,
  -- lower(title, summary, institution name): what `q` searches.
  search_text text NOT NULL
);
CREATE INDEX courses_category ON courses (category);
CREATE INDEX courses_mode ON courses (mode);
CREATE INDEX courses_district ON courses (district_code);
CREATE INDEX courses_fee ON courses (fee, id);
CREATE INDEX courses_starts_on ON courses (starts_on, id);
CREATE INDEX courses_title ON courses ((title COLLATE "C"), id);
CREATE INDEX courses_audiences ON courses USING gin (audiences);

CREATE TABLE offerings (
  id text PRIMARY KEY,
  course_id text NOT NULL REFERENCES courses (id),
  doc jsonb NOT NULL,
  capacity integer NOT NULL,
  -- Seats the seed says were already taken before the sandbox started (enrolments made elsewhere).
  seed_taken integer NOT NULL DEFAULT 0,
  waitlist_capacity integer NOT NULL,
  status text NOT NULL,
  starts_on date NOT NULL
);
CREATE INDEX offerings_course ON offerings (course_id, starts_on);

CREATE TABLE series (
  id text PRIMARY KEY,
  doc jsonb NOT NULL
);

CREATE TABLE activities (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  kind text NOT NULL,
  status text NOT NULL,
  series_id text REFERENCES series (id),
  district_code text NOT NULL,
  audiences text[] NOT NULL,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz NOT NULL,
  capacity integer NOT NULL,
  waitlist_capacity integer NOT NULL,
  registration_open boolean NOT NULL,
  requires_resident_id boolean NOT NULL
);
CREATE INDEX activities_starts_at ON activities (starts_at, id);
CREATE INDEX activities_series ON activities (series_id);

CREATE SEQUENCE registration_sequence;

CREATE TABLE registrations (
  id text PRIMARY KEY,
  activity_id text REFERENCES activities (id),
  offering_id text REFERENCES offerings (id),
  -- The activity or offering registered for: what seats and the waitlist are counted over.
  target_id text GENERATED ALWAYS AS (coalesce(activity_id, offering_id)) STORED,
  status text NOT NULL CHECK (status IN ('confirmed', 'waitlisted', 'cancelled', 'attended')),
  -- Arrival order; waitlist positions are ranks of `sequence` among the still-waitlisted.
  sequence bigint NOT NULL DEFAULT nextval('registration_sequence'),
  name_masked text NOT NULL,
  mobile_masked text NOT NULL,
  mobile_hash text NOT NULL,
  age_group text,
  resident_id_masked text,
  resident_id_hash text,
  guardian jsonb,
  note text,
  consents jsonb NOT NULL,
  -- SHA-256 of the registration token; the token itself is only ever in the create response.
  token_hash text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  cancelled_at timestamptz,
  CHECK ((activity_id IS NULL) <> (offering_id IS NULL))
);
CREATE INDEX registrations_target ON registrations (target_id, status, sequence);

CREATE TABLE learners (
  id text PRIMARY KEY,
  name_masked text NOT NULL,
  resident_id_masked text NOT NULL,
  resident_id_hash text NOT NULL UNIQUE,
  consents jsonb NOT NULL DEFAULT '[]',
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE credit_submissions (
  id text PRIMARY KEY,
  seq bigserial NOT NULL UNIQUE,
  learner_id text NOT NULL REFERENCES learners (id),
  status text NOT NULL
    CHECK (status IN ('submitted', 'under_review', 'recognized', 'rejected', 'needs_info')),
  name_masked text NOT NULL,
  resident_id_masked text NOT NULL,
  outcome jsonb NOT NULL,
  evidence jsonb NOT NULL DEFAULT '[]',
  external_ref text,
  review jsonb,
  submitted_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX credit_submissions_learner ON credit_submissions (learner_id, seq);
CREATE INDEX credit_submissions_external_ref ON credit_submissions (external_ref);

-- 学分银行 ledger: append-only; balances are sums over it.
CREATE TABLE ledger_entries (
  id text PRIMARY KEY,
  seq bigserial NOT NULL UNIQUE,
  learner_id text NOT NULL REFERENCES learners (id),
  submission_id text REFERENCES credit_submissions (id),
  kind text NOT NULL CHECK (kind IN ('recognition', 'conversion', 'revocation')),
  outcome_type text NOT NULL,
  title text NOT NULL,
  issuer text NOT NULL,
  achieved_on date NOT NULL,
  hours numeric(12, 2) NOT NULL,
  credits numeric(12, 2) NOT NULL,
  related_entry_id text REFERENCES ledger_entries (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ledger_entries_learner ON ledger_entries (learner_id, seq);
CREATE UNIQUE INDEX ledger_entries_one_reversal ON ledger_entries (related_entry_id) WHERE kind = 'revocation';

CREATE FUNCTION ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger_entries is append-only: write a reversing entry instead of %', TG_OP;
END;
$$;
CREATE TRIGGER ledger_entries_append_only
  BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_entries_append_only();

CREATE TABLE nomination_campaigns (
  id text PRIMARY KEY,
  doc jsonb NOT NULL,
  status text NOT NULL,
  year integer NOT NULL,
  opens_at timestamptz NOT NULL,
  -- Numbers the campaign's references: BXS-<year>-<count>.
  nomination_count integer NOT NULL DEFAULT 0
);

CREATE TABLE media (
  id text PRIMARY KEY,
  content_type text NOT NULL,
  data bytea NOT NULL,
  bytes integer NOT NULL,
  width integer,
  height integer,
  file_name text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE nominations (
  id text PRIMARY KEY,
  campaign_id text NOT NULL REFERENCES nomination_campaigns (id),
  reference text NOT NULL UNIQUE,
  status text NOT NULL,
  -- The Nomination as answered (phones masked); the plain numbers are never stored.
  doc jsonb NOT NULL,
  mobile_hash text NOT NULL,
  submitted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX nominations_campaign ON nominations (campaign_id);

-- Idempotency-Key records, per API key (stored as a hash). Kept at least 24 h.
CREATE TABLE idempotency_keys (
  api_key_hash text NOT NULL,
  key text NOT NULL,
  method text NOT NULL,
  path text NOT NULL,
  body_hash text NOT NULL,
  -- NULL while the first request is still running.
  status integer,
  response text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (api_key_hash, key)
);
CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
