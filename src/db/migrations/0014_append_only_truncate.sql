-- Append-only tables also refuse TRUNCATE, which skips row-level triggers: emptying the audit log
-- or the decisions must be as impossible as deleting one row of them.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_refuse_change();
--> statement-breakpoint
CREATE TRIGGER decisions_no_truncate BEFORE TRUNCATE ON decisions
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_refuse_change();
--> statement-breakpoint
CREATE TRIGGER decision_checkpoints_no_truncate BEFORE TRUNCATE ON decision_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_refuse_change();
--> statement-breakpoint
CREATE TRIGGER stage_transitions_no_truncate BEFORE TRUNCATE ON stage_transitions
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_refuse_change();
--> statement-breakpoint
CREATE TRIGGER indicator_measurements_no_truncate BEFORE TRUNCATE ON indicator_measurements
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_refuse_change();
--> statement-breakpoint
CREATE TRIGGER benefit_measurements_no_truncate BEFORE TRUNCATE ON benefit_measurements
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_refuse_change();
--> statement-breakpoint
-- Adopted future story versions never change; TRUNCATE would take them with the drafts.
CREATE TRIGGER future_story_versions_no_truncate BEFORE TRUNCATE ON future_story_versions
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_refuse_change();
