CREATE TABLE "case_looks" (
	"case_id" uuid NOT NULL,
	"municipality_id" text NOT NULL,
	"first_looked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_looks_case_id_municipality_id_pk" PRIMARY KEY("case_id","municipality_id")
);
--> statement-breakpoint
CREATE TABLE "case_recommendations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"county_id" text,
	"note" text DEFAULT '' NOT NULL,
	"recommended_by" uuid,
	"recommended_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_recommendations_note_length" CHECK (char_length("case_recommendations"."note") <= 500)
);
--> statement-breakpoint
ALTER TABLE "case_looks" ADD CONSTRAINT "case_looks_case_id_shared_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."shared_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_looks" ADD CONSTRAINT "case_looks_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_recommendations" ADD CONSTRAINT "case_recommendations_case_id_shared_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."shared_cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_recommendations" ADD CONSTRAINT "case_recommendations_county_id_counties_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."counties"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_recommendations" ADD CONSTRAINT "case_recommendations_recommended_by_users_id_fk" FOREIGN KEY ("recommended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_recommendations_county_case_idx" ON "case_recommendations" USING btree ("county_id","case_id") WHERE "case_recommendations"."county_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "case_recommendations_shortlist_case_idx" ON "case_recommendations" USING btree ("case_id") WHERE "case_recommendations"."county_id" is null;--> statement-breakpoint
CREATE INDEX "case_recommendations_case_idx" ON "case_recommendations" USING btree ("case_id");--> statement-breakpoint
-- hand-written below
-- Delning's tables are announced like the shared cases; who has looked at a case is not page content.
CREATE TRIGGER case_recommendations_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON case_recommendations
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
