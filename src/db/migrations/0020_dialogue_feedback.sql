CREATE TABLE "dialogue_feedback" (
	"dialogue_id" uuid PRIMARY KEY NOT NULL,
	"summary" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid
);
--> statement-breakpoint
CREATE TABLE "feedback_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"theme" text NOT NULL,
	"outcome" text NOT NULL,
	"reason" text NOT NULL,
	CONSTRAINT "feedback_items_outcome" CHECK ("feedback_items"."outcome" in ('used', 'partly', 'notUsed')),
	CONSTRAINT "feedback_items_theme_length" CHECK (char_length("feedback_items"."theme") between 1 and 300),
	CONSTRAINT "feedback_items_reason_length" CHECK (char_length("feedback_items"."reason") between 1 and 2000)
);
--> statement-breakpoint
ALTER TABLE "dialogue_feedback" ADD CONSTRAINT "dialogue_feedback_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_feedback" ADD CONSTRAINT "dialogue_feedback_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_dialogue_id_dialogue_feedback_dialogue_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogue_feedback"("dialogue_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_items_position_idx" ON "feedback_items" USING btree ("dialogue_id","position");--> statement-breakpoint
-- Feedback is shown on the matter's page and in the lists: content the pages keep.
CREATE TRIGGER dialogue_feedback_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON dialogue_feedback
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER feedback_items_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON feedback_items
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
