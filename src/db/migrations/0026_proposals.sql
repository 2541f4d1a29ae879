CREATE TABLE "proposal_paper_signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"count" integer NOT NULL,
	"signed_on" date NOT NULL,
	"registered_by" uuid,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_paper_signatures_count" CHECK ("proposal_paper_signatures"."count" between 1 and 100000)
);
--> statement-breakpoint
CREATE TABLE "proposal_rules" (
	"municipality_id" text PRIMARY KEY NOT NULL,
	"preset" text NOT NULL,
	"threshold" integer,
	"per_mille" integer,
	"collection_days" integer NOT NULL,
	"decision_months" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_rules_preset" CHECK ("proposal_rules"."preset" in ('noKommune', 'noFylke', 'seAbsolute', 'sePerMille', 'custom')),
	CONSTRAINT "proposal_rules_threshold" CHECK ("proposal_rules"."threshold" is null or "proposal_rules"."threshold" > 0),
	CONSTRAINT "proposal_rules_per_mille" CHECK ("proposal_rules"."per_mille" is null or "proposal_rules"."per_mille" between 1 and 1000),
	CONSTRAINT "proposal_rules_days" CHECK ("proposal_rules"."collection_days" between 1 and 730),
	CONSTRAINT "proposal_rules_months" CHECK ("proposal_rules"."decision_months" between 1 and 24)
);
--> statement-breakpoint
CREATE TABLE "proposal_supports" (
	"proposal_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"verified" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposal_supports_proposal_id_user_id_pk" PRIMARY KEY("proposal_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"topic" text NOT NULL,
	"district" text DEFAULT '' NOT NULL,
	"author_id" uuid,
	"state" text DEFAULT 'draft' NOT NULL,
	"threshold" integer,
	"submitted_at" timestamp with time zone,
	"screened_at" timestamp with time zone,
	"screened_by" uuid,
	"refusal" text,
	"refusal_note" text,
	"expires_at" timestamp with time zone,
	"threshold_reached_at" timestamp with time zone,
	"received_by_body_at" timestamp with time zone,
	"body_deadline" timestamp with time zone,
	"answer" text,
	"answer_reason" text,
	"answer_decision" text,
	"answered_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"support_verified" integer DEFAULT 0 NOT NULL,
	"support_unverified" integer DEFAULT 0 NOT NULL,
	"support_paper" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "proposals_state" CHECK ("proposals"."state" in ('draft', 'screening', 'refused', 'collecting', 'thresholdReached', 'expired', 'withBody', 'answered', 'withdrawn')),
	CONSTRAINT "proposals_title_length" CHECK (char_length("proposals"."title") between 1 and 150),
	CONSTRAINT "proposals_body_length" CHECK (char_length("proposals"."body") between 1 and 5000),
	CONSTRAINT "proposals_district_length" CHECK (char_length("proposals"."district") <= 100),
	CONSTRAINT "proposals_threshold" CHECK ("proposals"."threshold" is null or "proposals"."threshold" > 0),
	CONSTRAINT "proposals_refusal" CHECK ("proposals"."refusal" is null or "proposals"."refusal" in ('remit', 'offensive', 'duplicate')),
	CONSTRAINT "proposals_answer" CHECK ("proposals"."answer" is null or "proposals"."answer" in ('accepted', 'partly', 'rejected')),
	CONSTRAINT "proposals_counts" CHECK ("proposals"."support_verified" >= 0 and "proposals"."support_unverified" >= 0 and "proposals"."support_paper" >= 0)
);
--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "inhabitants" integer;--> statement-breakpoint
ALTER TABLE "proposal_paper_signatures" ADD CONSTRAINT "proposal_paper_signatures_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_paper_signatures" ADD CONSTRAINT "proposal_paper_signatures_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_rules" ADD CONSTRAINT "proposal_rules_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_supports" ADD CONSTRAINT "proposal_supports_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_supports" ADD CONSTRAINT "proposal_supports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_screened_by_users_id_fk" FOREIGN KEY ("screened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "proposal_paper_signatures_proposal_idx" ON "proposal_paper_signatures" USING btree ("proposal_id");--> statement-breakpoint
CREATE INDEX "proposal_supports_user_idx" ON "proposal_supports" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "proposals_municipality_idx" ON "proposals" USING btree ("municipality_id","state","created_at");--> statement-breakpoint
-- hand-written below
-- Proposals, their rules and paper signatures are content the pages and the proposal worker
-- follow; a support changes the proposal's counts, which announces it, so supports need not.
CREATE TRIGGER proposals_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON proposals
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER proposal_rules_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON proposal_rules
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER proposal_paper_signatures_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON proposal_paper_signatures
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
