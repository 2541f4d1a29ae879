CREATE TABLE "case_software" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"summary" jsonb NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_software" ADD CONSTRAINT "case_software_case_id_shared_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."shared_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- hand-written below
-- The case page shows the software: a new reading of publiccode.yml is announced like the case.
CREATE TRIGGER case_software_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON case_software
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
