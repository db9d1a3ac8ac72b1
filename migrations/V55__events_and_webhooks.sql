-- Revisions are changes of the extracted article, compared with the URL's newest version only: the same bytes may
-- return after a change (A -> B -> A is two revisions), so URL + content hash is no longer unique.
DROP INDEX IF EXISTS article_url_content;
CREATE INDEX article_url_content ON article (url_key, content_sha256) WHERE url_key IS NOT NULL AND duplicate_of IS NULL;

-- Events told to users (API, Atom feeds, webhooks), each with its evidence. Written in the transaction of what caused
-- it; the idempotency key (the same cause gives the same key) keeps a retried job from recording it twice.
CREATE TABLE event (
    id                 BIGSERIAL PRIMARY KEY,
    type               VARCHAR(40) NOT NULL CHECK (type IN ('uncredited_copy', 'credit_dropped',
                                                            'credited_source_arrived', 'source_unhealthy')),
    idempotency_key    TEXT        NOT NULL UNIQUE,
    outlet_id          BIGINT REFERENCES outlet (id) ON DELETE SET NULL,
    related_outlet_id  BIGINT REFERENCES outlet (id) ON DELETE SET NULL,
    article_id         BIGINT REFERENCES article (id) ON DELETE CASCADE,
    related_article_id BIGINT REFERENCES article (id) ON DELETE CASCADE,
    source_id          BIGINT REFERENCES source (id) ON DELETE SET NULL,
    confidence         DOUBLE PRECISION NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    summary            TEXT        NOT NULL,
    evidence           TEXT        NOT NULL,  -- JSON array of {role, articleId, url, text, location, start, end}
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX event_type ON event (type, id DESC);
CREATE INDEX event_outlet ON event (outlet_id, id DESC);
CREATE INDEX event_related_outlet ON event (related_outlet_id, id DESC);
CREATE INDEX event_created ON event (created_at);

-- Webhooks: a receiver URL subscribed to event types, with the secret that signs its deliveries.
CREATE TABLE webhook (
    id          BIGSERIAL PRIMARY KEY,
    url         TEXT        NOT NULL,
    event_types TEXT        NOT NULL,  -- comma-separated event types
    secret      TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One event to one webhook: sent by a webhook-delivery job of the work queue, queued with the event.
CREATE TABLE webhook_delivery (
    id           UUID PRIMARY KEY,
    webhook_id   BIGINT      NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
    event_id     BIGINT      NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    status       VARCHAR(20) NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    job_id       UUID,
    attempts     INT         NOT NULL DEFAULT 0,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    delivered_at TIMESTAMPTZ,
    UNIQUE (webhook_id, event_id)
);
CREATE INDEX webhook_delivery_listing ON webhook_delivery (webhook_id, created_at DESC);

-- The delivery log: every attempt with the receiver's status or the error.
CREATE TABLE webhook_attempt (
    id          BIGSERIAL PRIMARY KEY,
    delivery_id UUID        NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempt     INT         NOT NULL,
    at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    status      INT,
    error       TEXT,
    millis      BIGINT      NOT NULL
);
CREATE INDEX webhook_attempt_delivery ON webhook_attempt (delivery_id, id);
