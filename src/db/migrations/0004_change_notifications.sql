-- Some tables are copied into every Samskap process's memory (src/db/notified-cache.ts); a copy
-- is forgotten when its channel speaks. A notification is delivered only when the writing
-- transaction commits, to every listening connection of every process. The channel is the
-- trigger's argument.
CREATE OR REPLACE FUNCTION samskap_notify_change() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify(TG_ARGV[0], TG_TABLE_NAME);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Signed-in actors of sessions and API tokens (identity/session-actors.ts). Inserting a session,
-- a user or a token cannot make a kept actor wrong, so only the changes that can are announced.
CREATE TRIGGER sessions_changed AFTER UPDATE OR DELETE OR TRUNCATE ON sessions
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_identity');
--> statement-breakpoint
CREATE TRIGGER users_changed AFTER UPDATE OR DELETE OR TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_identity');
--> statement-breakpoint
CREATE TRIGGER role_grants_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON role_grants
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_identity');
--> statement-breakpoint
-- A token's "last used" is written as it is used and changes nobody's rights: not announced.
CREATE TRIGGER api_tokens_changed
  AFTER UPDATE OF token_hash, user_id, municipality_id, expires_at, revoked_at OR DELETE OR TRUNCATE
  ON api_tokens
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_identity');
--> statement-breakpoint
-- A municipality's departments and login provider (tenancy/municipality-facts.ts).
CREATE TRIGGER departments_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON departments
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_tenancy');
--> statement-breakpoint
CREATE TRIGGER oidc_providers_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON oidc_providers
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_tenancy');
