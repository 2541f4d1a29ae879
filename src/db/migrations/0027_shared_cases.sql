CREATE TABLE "case_adoptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"municipality_id" text NOT NULL,
	"initiative_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"adopted_by" uuid,
	"adopted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_adoptions_mode" CHECK ("case_adoptions"."mode" in ('as-is', 'adapted'))
);
--> statement-breakpoint
CREATE TABLE "case_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shared_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" text NOT NULL,
	"initiative_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"need" text DEFAULT '' NOT NULL,
	"solution" text DEFAULT '' NOT NULL,
	"results" text DEFAULT '' NOT NULL,
	"lessons" text DEFAULT '' NOT NULL,
	"contact" text NOT NULL,
	"service_domain" text NOT NULL,
	"licence_url" text DEFAULT '' NOT NULL,
	"source_url" text DEFAULT '' NOT NULL,
	"documents_url" text DEFAULT '' NOT NULL,
	"procurement_url" text DEFAULT '' NOT NULL,
	"cost_model" text NOT NULL,
	"cost_note" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'published' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"published_by" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "shared_cases_summary_length" CHECK (char_length("shared_cases"."summary") <= 300),
	CONSTRAINT "shared_cases_status" CHECK ("shared_cases"."status" in ('published', 'withdrawn'))
);
--> statement-breakpoint
ALTER TABLE "case_adoptions" ADD CONSTRAINT "case_adoptions_case_id_shared_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."shared_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_adoptions" ADD CONSTRAINT "case_adoptions_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_adoptions" ADD CONSTRAINT "case_adoptions_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_adoptions" ADD CONSTRAINT "case_adoptions_adopted_by_users_id_fk" FOREIGN KEY ("adopted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_versions" ADD CONSTRAINT "case_versions_case_id_shared_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."shared_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_versions" ADD CONSTRAINT "case_versions_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shared_cases" ADD CONSTRAINT "shared_cases_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shared_cases" ADD CONSTRAINT "shared_cases_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shared_cases" ADD CONSTRAINT "shared_cases_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_adoptions_case_municipality_idx" ON "case_adoptions" USING btree ("case_id","municipality_id");--> statement-breakpoint
CREATE INDEX "case_adoptions_municipality_idx" ON "case_adoptions" USING btree ("municipality_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_adoptions_initiative_idx" ON "case_adoptions" USING btree ("initiative_id");--> statement-breakpoint
CREATE UNIQUE INDEX "case_versions_case_version_idx" ON "case_versions" USING btree ("case_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "shared_cases_initiative_idx" ON "shared_cases" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "shared_cases_municipality_idx" ON "shared_cases" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "shared_cases_status_idx" ON "shared_cases" USING btree ("status","updated_at");--> statement-breakpoint
-- hand-written below
-- Case pages and the case search are read models: every write to the shared cases is announced.
CREATE TRIGGER shared_cases_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON shared_cases
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER case_versions_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON case_versions
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER case_adoptions_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON case_adoptions
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
