ALTER TABLE "shared_cases" ADD COLUMN "search_config" text;--> statement-breakpoint
ALTER TABLE "shared_cases" ADD COLUMN "search_vector" "tsvector";--> statement-breakpoint
ALTER TABLE "shared_cases" ADD COLUMN "search_title" text;--> statement-breakpoint
ALTER TABLE "shared_cases" ADD COLUMN "search_body" text;--> statement-breakpoint
CREATE INDEX "shared_cases_search_vector_idx" ON "shared_cases" USING gin ("search_vector") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "shared_cases_search_title_idx" ON "shared_cases" USING gin ("search_title" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "shared_cases_search_body_idx" ON "shared_cases" USING gin ("search_body" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
-- hand-written below
-- The case search reads what it looks in from these columns and their indexes instead of
-- computing every case's text each time. A case is searched in its country's language, which
-- lives on the municipality, so no generated column can hold it: this trigger fills them on every
-- write, and the application never does. The configurations are text-search.ts's, per country's
-- language (src/domains/delning/cases/case-search.test.ts holds the two equal).
CREATE FUNCTION samskap_case_search_fill() RETURNS trigger AS $$
DECLARE
  place municipalities%ROWTYPE;
  config regconfig;
  body text;
BEGIN
  SELECT * INTO place FROM municipalities WHERE id = NEW.municipality_id;
  config := CASE place.country
    WHEN 'SE' THEN 'samskap_swedish'::regconfig
    WHEN 'NO' THEN 'samskap_norwegian'::regconfig
  END;
  IF config IS NULL THEN
    NEW.search_config := NULL;
    NEW.search_vector := NULL;
    NEW.search_title := NULL;
    NEW.search_body := NULL;
    RETURN NEW;
  END IF;
  body := concat_ws(' ', NEW.summary, NEW.need, NEW.solution, NEW.results, NEW.lessons, place.name);
  NEW.search_config := config::text;
  NEW.search_vector := setweight(to_tsvector(config, coalesce(NEW.title, '')), 'A')
    || setweight(to_tsvector(config, body), 'B');
  NEW.search_title := unaccent(lower(coalesce(NEW.title, '')));
  NEW.search_body := unaccent(lower(body));
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER shared_cases_search_fill BEFORE INSERT OR UPDATE ON shared_cases
  FOR EACH ROW EXECUTE FUNCTION samskap_case_search_fill();
--> statement-breakpoint
-- The municipality's name is searched with its cases, and its country chooses the language: a
-- rename or a move fills its cases' columns again (the update itself changes nothing else).
CREATE FUNCTION samskap_case_search_refill() RETURNS trigger AS $$
BEGIN
  UPDATE shared_cases SET search_vector = NULL WHERE municipality_id = NEW.id;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER municipalities_case_search_refill AFTER UPDATE OF name, country ON municipalities
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.country IS DISTINCT FROM NEW.country)
  EXECUTE FUNCTION samskap_case_search_refill();
--> statement-breakpoint
UPDATE shared_cases SET search_vector = NULL;
