-- The durable work queue: the job table becomes the one queue for all background work (reuse matching, following
-- credited URLs, re-analysis; later feed polls, revision checks, imports, webhook deliveries). An instance takes due
-- jobs with SELECT ... FOR UPDATE SKIP LOCKED and holds a lease (lease_owner, lease_until) that it renews while it
-- works; a job whose lease expires (its instance died) is taken again by any instance. Failed attempts are retried
-- with backoff (run_at) up to max_attempts, then the job is dead with its last error.
ALTER TABLE job DROP CONSTRAINT IF EXISTS job_status_check;
ALTER TABLE job
    ALTER COLUMN kind TYPE VARCHAR(60),
    ADD COLUMN subject      TEXT,
    ADD COLUMN payload      TEXT        NOT NULL DEFAULT '{}',
    ADD COLUMN result       TEXT,
    ADD COLUMN run_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    ADD COLUMN attempts     INT         NOT NULL DEFAULT 0,
    ADD COLUMN max_attempts INT         NOT NULL DEFAULT 5,
    ADD COLUMN last_error   TEXT,
    ADD COLUMN lease_owner  TEXT,
    ADD COLUMN lease_until  TIMESTAMPTZ;
ALTER TABLE job ADD CONSTRAINT job_status_check
    CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'dead'));
ALTER TABLE job ADD CONSTRAINT job_lease_check
    CHECK ((status = 'running') = (lease_owner IS NOT NULL AND lease_until IS NOT NULL));

-- At most one pending job per kind and subject: enqueueing work that is already pending is a no-op (idempotent).
CREATE UNIQUE INDEX job_pending_subject ON job (kind, subject)
    WHERE subject IS NOT NULL AND status IN ('queued', 'running');
CREATE INDEX job_due ON job (run_at) WHERE status = 'queued';
CREATE INDEX job_leased ON job (lease_until) WHERE status = 'running';
CREATE INDEX job_listing ON job (created_at DESC, id);
CREATE INDEX job_kind_listing ON job (kind, status, created_at DESC);

-- Jobs of the previous in-process executors were marked failed at each start; pending ones resume on the queue now.
-- Articles stored but never matched become reuse-match jobs.
INSERT INTO job (id, kind, status, subject, payload, created_at, run_at)
SELECT gen_random_uuid(), 'reuse-match', 'queued', f.article_id::text, '{"articleId":' || f.article_id || '}', now(), now()
FROM reuse_fingerprint f WHERE f.matched_at IS NULL;
