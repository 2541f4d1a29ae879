CREATE TABLE "dialogue_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"user_id" uuid,
	"key_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialogue_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"text" text NOT NULL,
	"normalised" text NOT NULL,
	"participant_id" uuid,
	"is_seed" boolean DEFAULT false NOT NULL,
	"is_meta" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'accepted' NOT NULL,
	"moderation_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dialogue_statements_text_length" CHECK (char_length("dialogue_statements"."text") between 1 and 280),
	CONSTRAINT "dialogue_statements_status" CHECK ("dialogue_statements"."status" in ('accepted', 'pending', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE "dialogue_votes" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "dialogue_votes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"dialogue_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"statement_id" uuid NOT NULL,
	"value" smallint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dialogue_votes_value" CHECK ("dialogue_votes"."value" in (-1, 0, 1))
);
--> statement-breakpoint
CREATE TABLE "dialogues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"matter_id" uuid NOT NULL,
	"municipality_id" text NOT NULL,
	"question" text NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"participation" text DEFAULT 'anyone' NOT NULL,
	"new_statements" text DEFAULT 'shown' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dialogues_question_length" CHECK (char_length("dialogues"."question") between 1 and 300),
	CONSTRAINT "dialogues_closes_after_opening" CHECK ("dialogues"."closes_at" > "dialogues"."opens_at"),
	CONSTRAINT "dialogues_participation" CHECK ("dialogues"."participation" in ('anyone', 'registered', 'eid')),
	CONSTRAINT "dialogues_new_statements" CHECK ("dialogues"."new_statements" in ('shown', 'moderated'))
);
--> statement-breakpoint
CREATE TABLE "matter_links" (
	"matter_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"target_id" uuid NOT NULL,
	CONSTRAINT "matter_links_matter_id_kind_target_id_pk" PRIMARY KEY("matter_id","kind","target_id"),
	CONSTRAINT "matter_links_kind" CHECK ("matter_links"."kind" in ('goal', 'initiative'))
);
--> statement-breakpoint
CREATE TABLE "matters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"body_id" uuid NOT NULL,
	"department_id" uuid,
	"planned_decision_on" date NOT NULL,
	"decision_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matters_title_length" CHECK (char_length("matters"."title") between 1 and 200),
	CONSTRAINT "matters_summary_length" CHECK (char_length("matters"."summary") between 1 and 1000),
	CONSTRAINT "matters_body_length" CHECK (char_length("matters"."body") <= 50000)
);
--> statement-breakpoint
ALTER TABLE "dialogue_participants" ADD CONSTRAINT "dialogue_participants_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_participants" ADD CONSTRAINT "dialogue_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_statements" ADD CONSTRAINT "dialogue_statements_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_statements" ADD CONSTRAINT "dialogue_statements_participant_id_dialogue_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."dialogue_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_votes" ADD CONSTRAINT "dialogue_votes_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_votes" ADD CONSTRAINT "dialogue_votes_participant_id_dialogue_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."dialogue_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_votes" ADD CONSTRAINT "dialogue_votes_statement_id_dialogue_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."dialogue_statements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogues" ADD CONSTRAINT "dialogues_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogues" ADD CONSTRAINT "dialogues_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matter_links" ADD CONSTRAINT "matter_links_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_body_id_decision_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."decision_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matters" ADD CONSTRAINT "matters_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dialogue_participants_number_idx" ON "dialogue_participants" USING btree ("dialogue_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "dialogue_participants_user_idx" ON "dialogue_participants" USING btree ("dialogue_id","user_id") WHERE "dialogue_participants"."user_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "dialogue_participants_key_idx" ON "dialogue_participants" USING btree ("dialogue_id","key_hash") WHERE "dialogue_participants"."key_hash" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "dialogue_statements_number_idx" ON "dialogue_statements" USING btree ("dialogue_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "dialogue_statements_text_idx" ON "dialogue_statements" USING btree ("dialogue_id","normalised");--> statement-breakpoint
CREATE INDEX "dialogue_votes_dialogue_idx" ON "dialogue_votes" USING btree ("dialogue_id","id");--> statement-breakpoint
CREATE INDEX "dialogue_votes_participant_idx" ON "dialogue_votes" USING btree ("participant_id","statement_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "dialogues_matter_idx" ON "dialogues" USING btree ("matter_id");--> statement-breakpoint
CREATE INDEX "dialogues_municipality_idx" ON "dialogues" USING btree ("municipality_id","closes_at");--> statement-breakpoint
CREATE INDEX "matters_municipality_idx" ON "matters" USING btree ("municipality_id","planned_decision_on");--> statement-breakpoint
CREATE UNIQUE INDEX "matters_decision_idx" ON "matters" USING btree ("decision_id");--> statement-breakpoint
-- Every vote is kept: a new vote supersedes the old one without changing it.
CREATE TRIGGER dialogue_votes_append_only BEFORE UPDATE OR DELETE ON dialogue_votes
  FOR EACH ROW EXECUTE FUNCTION samskap_refuse_change();
--> statement-breakpoint
CREATE TRIGGER dialogue_votes_no_truncate BEFORE TRUNCATE ON dialogue_votes
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_refuse_change();
--> statement-breakpoint
-- Matters, dialogues and their statements are content the pages keep (src/db/read-models.ts).
-- Votes and participants are not: they change by the second, and the map is kept apart.
CREATE TRIGGER matters_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON matters
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER matter_links_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON matter_links
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER dialogues_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dialogues
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER dialogue_statements_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dialogue_statements
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
