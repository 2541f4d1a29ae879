-- Every Samskap process keeps the actor of a session in memory (identity/actor-cache.ts) and
-- forgets it when this channel speaks. A notification is delivered only when the writing
-- transaction commits, to every listening connection of every process. Inserting a session or a
-- user cannot make a kept actor wrong, so only the changes that can are announced.
CREATE OR REPLACE FUNCTION samskap_identity_changed() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('samskap_identity', TG_TABLE_NAME);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER sessions_changed AFTER UPDATE OR DELETE OR TRUNCATE ON sessions
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_identity_changed();
--> statement-breakpoint
CREATE TRIGGER users_changed AFTER UPDATE OR DELETE OR TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_identity_changed();
--> statement-breakpoint
CREATE TRIGGER role_grants_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON role_grants
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_identity_changed();
