-- Human verdicts on findings (attributions, reuse matches, chain hops), append-only: the latest row of a finding
-- stands, earlier ones are its history. Keyed to what the finding says (io.wiretrace.verdict.FindingKey), never to
-- attribution or match rows, which reanalysis and rematching replace.
CREATE TABLE verdict (
    id                 BIGSERIAL PRIMARY KEY,
    finding_type       VARCHAR(20)  NOT NULL CHECK (finding_type IN ('attribution', 'reuse', 'hop')),
    finding_hash       CHAR(64)     NOT NULL,   -- SHA-256 of type and identity
    finding_identity   TEXT         NOT NULL,   -- articles (URL key or content hash), kind, target, evidence text
    finding_context    TEXT         NOT NULL DEFAULT '',   -- text around the evidence: a tie-breaker
    verdict            VARCHAR(10)  NOT NULL CHECK (verdict IN ('confirmed', 'rejected')),
    note               TEXT         NOT NULL DEFAULT '',
    author             TEXT         NOT NULL,
    producer           VARCHAR(100) NOT NULL,   -- attribution rule, reuse class or edge kind
    machine_confidence DOUBLE PRECISION,
    summary            TEXT         NOT NULL,   -- what the finding said when judged, for people
    article_keys       TEXT[]       NOT NULL,   -- the articles it is about, as the identity names them
    article_ids        BIGINT[]     NOT NULL,   -- the articles it was seen on then (links only, not the key)
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX verdict_finding ON verdict (finding_hash, created_at DESC, id DESC);
CREATE INDEX verdict_created ON verdict (created_at DESC, id DESC);

-- Verdicts are evidence: the service never changes or removes one.
CREATE FUNCTION verdict_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'verdicts are append-only';
END $$;
CREATE TRIGGER verdict_append_only BEFORE UPDATE OR DELETE ON verdict
    FOR EACH ROW EXECUTE FUNCTION verdict_append_only();
