-- What residents do that the dialogue pages show besides content (src/db/read-models.ts,
-- ACTIVITY_CHANNEL): a stored opinion map, and comments and their flags. Announced on a channel of
-- their own, so a comment or a new map forgets the kept dialogue pages and nothing else. Claims on
-- a map (UPDATE OF claimed_until) change nothing shown, so only a stored map is announced.
CREATE TRIGGER dialogue_maps_activity AFTER INSERT OR UPDATE OF map OR DELETE OR TRUNCATE ON dialogue_maps
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_activity');
--> statement-breakpoint
CREATE TRIGGER dialogue_comments_activity AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dialogue_comments
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_activity');
--> statement-breakpoint
CREATE TRIGGER comment_flags_activity AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON comment_flags
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_activity');
