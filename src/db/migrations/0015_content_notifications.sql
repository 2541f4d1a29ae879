-- The pages' read models (src/db/read-models.ts) are forgotten when any table they are built from
-- changes: every table of Styrning and of the decisions, and the municipalities' own rows (their
-- login provider too: a visitor's page offers it). A
-- notification is delivered when the writing transaction commits, once per statement.
CREATE TRIGGER benefit_measurements_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON benefit_measurements
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER benefits_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON benefits
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER capabilities_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON capabilities
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER decision_bodies_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON decision_bodies
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER decision_checkpoints_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON decision_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER decisions_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON decisions
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER department_systems_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON department_systems
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER departments_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON departments
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER future_story_versions_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON future_story_versions
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER goal_contributions_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON goal_contributions
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER goals_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON goals
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER indicator_measurements_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicator_measurements
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER indicators_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON indicators
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER initiative_competences_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON initiative_competences
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER initiative_costs_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON initiative_costs
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER initiative_dependencies_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON initiative_dependencies
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER initiative_participants_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON initiative_participants
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER initiative_risks_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON initiative_risks
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER initiative_systems_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON initiative_systems
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER initiatives_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON initiatives
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER municipalities_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON municipalities
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER municipality_branding_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON municipality_branding
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER scenarios_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON scenarios
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER stage_transitions_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON stage_transitions
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER steering_settings_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON steering_settings
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER systems_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON systems
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER oidc_providers_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON oidc_providers
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
