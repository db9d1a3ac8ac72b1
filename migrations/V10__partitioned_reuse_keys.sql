-- The reuse key index (the largest table: about 76 key rows and 8 KB per article) hash-partitioned by key value with
-- PostgreSQL declarative partitioning. A lookup probes (key_space, key_value), so each probe is pruned to one
-- partition; each partition's B-tree stays 1/16 of the whole, and partitions can be vacuumed, reindexed or moved to
-- other tablespaces one at a time. The partition count is fixed here, at schema creation: 16 (changing it later means
-- a new table and a copy; on Citus the table is distributed by key_value instead, see README "Sizing").
CREATE TABLE reuse_key_partitioned (
    key_space   SMALLINT NOT NULL,
    key_value   BIGINT   NOT NULL,
    article_id  BIGINT   NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    PRIMARY KEY (key_space, key_value, article_id)
) PARTITION BY HASH (key_value);

DO $$
BEGIN
    FOR i IN 0..15 LOOP
        EXECUTE format('CREATE TABLE reuse_key_h%s PARTITION OF reuse_key_partitioned '
                       'FOR VALUES WITH (MODULUS 16, REMAINDER %s)', lpad(i::text, 2, '0'), i);
    END LOOP;
END
$$;

INSERT INTO reuse_key_partitioned (key_space, key_value, article_id)
SELECT key_space, key_value, article_id FROM reuse_key;
DROP TABLE reuse_key;
ALTER TABLE reuse_key_partitioned RENAME TO reuse_key;
ALTER INDEX reuse_key_partitioned_pkey RENAME TO reuse_key_pkey;
CREATE INDEX reuse_key_article ON reuse_key (article_id);
