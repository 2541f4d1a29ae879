-- Recorded decisions, stage transitions and measurements are append-only: a correction is a new record.
CREATE TRIGGER decisions_append_only BEFORE UPDATE OR DELETE ON decisions
  FOR EACH ROW EXECUTE FUNCTION samskap_refuse_change();
--> statement-breakpoint
CREATE TRIGGER stage_transitions_append_only BEFORE UPDATE OR DELETE ON stage_transitions
  FOR EACH ROW EXECUTE FUNCTION samskap_refuse_change();
--> statement-breakpoint
CREATE TRIGGER indicator_measurements_append_only BEFORE UPDATE OR DELETE ON indicator_measurements
  FOR EACH ROW EXECUTE FUNCTION samskap_refuse_change();
--> statement-breakpoint
CREATE TRIGGER benefit_measurements_append_only BEFORE UPDATE OR DELETE ON benefit_measurements
  FOR EACH ROW EXECUTE FUNCTION samskap_refuse_change();
--> statement-breakpoint
-- An adopted future story version never changes; drafts may.
CREATE OR REPLACE FUNCTION samskap_refuse_adopted_change() RETURNS trigger AS $$
BEGIN
  IF OLD.status = 'adopted' THEN
    RAISE EXCEPTION 'an adopted % row cannot change', TG_TABLE_NAME;
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER future_story_adopted_frozen BEFORE UPDATE OR DELETE ON future_story_versions
  FOR EACH ROW EXECUTE FUNCTION samskap_refuse_adopted_change();
