-- Every instance keeps the outlet registry in memory (resolution on the ingest path never queries the database).
-- Any write to the outlet tables, by any instance or by hand, bumps this version; an instance re-reads the registry
-- when the version it holds is older (checked at most once a second), so a cache never outlives another instance's
-- outlet write by more than that.
CREATE TABLE outlet_directory_version (
    singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    version   BIGINT  NOT NULL
);
INSERT INTO outlet_directory_version (singleton, version) VALUES (TRUE, 1);

CREATE FUNCTION bump_outlet_directory_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE outlet_directory_version SET version = version + 1;
    RETURN NULL;
END;
$$;
CREATE TRIGGER outlet_directory_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON outlet
    FOR EACH STATEMENT EXECUTE FUNCTION bump_outlet_directory_version();
CREATE TRIGGER outlet_domain_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON outlet_domain
    FOR EACH STATEMENT EXECUTE FUNCTION bump_outlet_directory_version();
