ALTER TABLE "challenges" ADD COLUMN "search_config" text;--> statement-breakpoint
ALTER TABLE "challenges" ADD COLUMN "search_vector" "tsvector";--> statement-breakpoint
ALTER TABLE "challenges" ADD COLUMN "search_title" text;--> statement-breakpoint
ALTER TABLE "challenges" ADD COLUMN "search_body" text;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "search_config" text;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "search_vector" "tsvector";--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "search_title" text;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "search_body" text;--> statement-breakpoint
CREATE INDEX "challenges_municipality_state_idx" ON "challenges" USING btree ("municipality_id","state","created_at");--> statement-breakpoint
CREATE INDEX "challenges_state_idx" ON "challenges" USING btree ("state","created_at");--> statement-breakpoint
CREATE INDEX "challenges_created_idx" ON "challenges" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "challenges_search_vector_idx" ON "challenges" USING gin ("search_vector") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "challenges_search_title_idx" ON "challenges" USING gin ("search_title" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "challenges_search_body_idx" ON "challenges" USING gin ("search_body" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "proposals_municipality_topic_idx" ON "proposals" USING btree ("municipality_id","topic","created_at");--> statement-breakpoint
CREATE INDEX "proposals_municipality_district_idx" ON "proposals" USING btree ("municipality_id","district","created_at");--> statement-breakpoint
CREATE INDEX "proposals_state_idx" ON "proposals" USING btree ("state","created_at");--> statement-breakpoint
CREATE INDEX "proposals_public_idx" ON "proposals" USING btree ("created_at") WHERE "proposals"."state" in ('collecting', 'thresholdReached', 'expired', 'withBody', 'answered', 'withdrawn');--> statement-breakpoint
CREATE INDEX "proposals_topic_idx" ON "proposals" USING btree ("topic","state","created_at");--> statement-breakpoint
CREATE INDEX "proposals_search_vector_idx" ON "proposals" USING gin ("search_vector") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "proposals_search_title_idx" ON "proposals" USING gin ("search_title" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "proposals_search_body_idx" ON "proposals" USING gin ("search_body" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
-- hand-written below
-- Proposals and challenges are searched as shared cases are (migration 0033): each in its
-- municipality's country's language, from columns these triggers fill on every write to what they
-- are made of, so a list reads indexes instead of every row's text. The configurations are
-- text-search.ts's (src/domains/dialog/proposals/proposal-lists.test.ts holds them equal).
CREATE FUNCTION samskap_search_config_of(municipality text) RETURNS regconfig AS $$
  SELECT CASE m.country
    WHEN 'SE' THEN 'samskap_swedish'::regconfig
    WHEN 'NO' THEN 'samskap_norwegian'::regconfig
  END
  FROM municipalities m WHERE m.id = municipality;
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
CREATE FUNCTION samskap_proposal_search_fill() RETURNS trigger AS $$
DECLARE
  config regconfig := samskap_search_config_of(NEW.municipality_id);
  body text := concat_ws(' ', NEW.body, NEW.district);
BEGIN
  NEW.search_config := config::text;
  NEW.search_vector := CASE WHEN config IS NOT NULL THEN
    setweight(to_tsvector(config, NEW.title), 'A') || setweight(to_tsvector(config, body), 'B') END;
  NEW.search_title := CASE WHEN config IS NOT NULL THEN unaccent(lower(NEW.title)) END;
  NEW.search_body := CASE WHEN config IS NOT NULL THEN unaccent(lower(body)) END;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- Not on a support's counts: a support stems nothing again.
CREATE TRIGGER proposals_search_fill
  BEFORE INSERT OR UPDATE OF title, body, district, municipality_id,
    search_config, search_vector, search_title, search_body
  ON proposals
  FOR EACH ROW EXECUTE FUNCTION samskap_proposal_search_fill();
--> statement-breakpoint
CREATE FUNCTION samskap_challenge_search_fill() RETURNS trigger AS $$
DECLARE
  config regconfig := samskap_search_config_of(NEW.municipality_id);
  body text := concat_ws(' ', NEW.problem, NEW.affected, NEW.constraints);
BEGIN
  NEW.search_config := config::text;
  NEW.search_vector := CASE WHEN config IS NOT NULL THEN
    setweight(to_tsvector(config, NEW.title), 'A') || setweight(to_tsvector(config, body), 'B') END;
  NEW.search_title := CASE WHEN config IS NOT NULL THEN unaccent(lower(NEW.title)) END;
  NEW.search_body := CASE WHEN config IS NOT NULL THEN unaccent(lower(body)) END;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER challenges_search_fill
  BEFORE INSERT OR UPDATE OF title, problem, affected, constraints, municipality_id,
    search_config, search_vector, search_title, search_body
  ON challenges
  FOR EACH ROW EXECUTE FUNCTION samskap_challenge_search_fill();
--> statement-breakpoint
-- A municipality that changes country changes the language its proposals and challenges are
-- searched in: clearing a column of theirs fills them again.
CREATE FUNCTION samskap_dialog_search_refill() RETURNS trigger AS $$
BEGIN
  UPDATE proposals SET search_vector = NULL WHERE municipality_id = NEW.id;
  UPDATE challenges SET search_vector = NULL WHERE municipality_id = NEW.id;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER municipalities_dialog_search_refill AFTER UPDATE OF country ON municipalities
  FOR EACH ROW WHEN (OLD.country IS DISTINCT FROM NEW.country)
  EXECUTE FUNCTION samskap_dialog_search_refill();
--> statement-breakpoint
-- The search columns are content like the rest of a proposal (migration 0036): only the counts
-- are activity.
DROP TRIGGER proposals_content_changed ON proposals;
--> statement-breakpoint
CREATE TRIGGER proposals_content_changed
  AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF id, municipality_id, title, body, topic, district,
    author_id, state, threshold, submitted_at, screened_at, screened_by, refusal, refusal_note,
    expires_at, threshold_reached_at, received_by_body_at, body_deadline, answer, answer_reason,
    answer_decision, answered_at, forget_supporters_at, withdrawn_at, initiative_id, told_stage,
    created_at, search_config, search_vector, search_title, search_body
  ON proposals
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
UPDATE proposals SET search_vector = NULL;
--> statement-breakpoint
UPDATE challenges SET search_vector = NULL;
