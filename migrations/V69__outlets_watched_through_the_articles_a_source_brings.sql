-- An outlet is watched when a source is assigned to it, and also when a source brought one of its articles: a feed on
-- another host (feeds.example.net for example.com), an aggregator's feed, a source assigned to another outlet by
-- mistake. Without this, the articles a source brings carry their URL's outlet while only the source's own outlet
-- counts as watched, and the events about their copies never fire. One row per source and outlet, kept while the
-- source lives.
CREATE TABLE outlet_watcher (
    source_id BIGINT NOT NULL REFERENCES source (id) ON DELETE CASCADE,
    outlet_id BIGINT NOT NULL REFERENCES outlet (id) ON DELETE CASCADE,
    PRIMARY KEY (source_id, outlet_id)
);
CREATE INDEX outlet_watcher_outlet ON outlet_watcher (outlet_id);

INSERT INTO outlet_watcher (source_id, outlet_id)
SELECT DISTINCT d.source_id, a.outlet_id
FROM article_discovery d JOIN source s ON s.id = d.source_id JOIN article a ON a.id = d.article_id
ON CONFLICT DO NOTHING;
