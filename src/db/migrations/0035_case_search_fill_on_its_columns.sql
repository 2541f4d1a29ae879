-- The search columns are filled again only when a write touches what they are made of: the
-- case's texts and its municipality (whose name and country the fill reads), or the columns
-- themselves, so a write to them is still overwritten and a municipality's rename still refills
-- its cases by clearing `search_vector` (migration 0033). A withdrawal, a version number or a
-- timestamp no longer stems every text of the case again.
DROP TRIGGER shared_cases_search_fill ON shared_cases;
--> statement-breakpoint
CREATE TRIGGER shared_cases_search_fill
  BEFORE INSERT OR UPDATE OF title, summary, need, solution, results, lessons, municipality_id,
    search_config, search_vector, search_title, search_body
  ON shared_cases
  FOR EACH ROW EXECUTE FUNCTION samskap_case_search_fill();
