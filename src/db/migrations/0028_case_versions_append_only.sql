-- A shared case's versions are what it said when: append-only, like the other records that must
-- stand. The one change allowed is a deleted account's unlinking (changed_by to null, see the
-- cases' personal data); the version itself stays as it was published.
CREATE OR REPLACE FUNCTION samskap_case_versions_keep() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.changed_by IS NULL
     AND (NEW.id, NEW.case_id, NEW.version, NEW.content, NEW.changed_at)
       IS NOT DISTINCT FROM (OLD.id, OLD.case_id, OLD.version, OLD.content, OLD.changed_at) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER case_versions_append_only BEFORE UPDATE OR DELETE ON case_versions
  FOR EACH ROW EXECUTE FUNCTION samskap_case_versions_keep();
--> statement-breakpoint
CREATE TRIGGER case_versions_no_truncate BEFORE TRUNCATE ON case_versions
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_refuse_change();
