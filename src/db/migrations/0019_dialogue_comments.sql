CREATE TABLE "comment_flags" (
	"comment_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comment_flags_comment_id_user_id_pk" PRIMARY KEY("comment_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "dialogue_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"parent_id" uuid,
	"participant_id" uuid NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'shown' NOT NULL,
	"hidden_reason" text,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dialogue_comments_text_length" CHECK (char_length("dialogue_comments"."text") between 1 and 2000),
	CONSTRAINT "dialogue_comments_status" CHECK ("dialogue_comments"."status" in ('shown', 'hidden', 'removed'))
);
--> statement-breakpoint
ALTER TABLE "comment_flags" ADD CONSTRAINT "comment_flags_comment_id_dialogue_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."dialogue_comments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_flags" ADD CONSTRAINT "comment_flags_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_comments" ADD CONSTRAINT "dialogue_comments_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_comments" ADD CONSTRAINT "dialogue_comments_parent_id_dialogue_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."dialogue_comments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_comments" ADD CONSTRAINT "dialogue_comments_participant_id_dialogue_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."dialogue_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dialogue_comments_dialogue_idx" ON "dialogue_comments" USING btree ("dialogue_id","created_at");--> statement-breakpoint
CREATE INDEX "dialogue_comments_parent_idx" ON "dialogue_comments" USING btree ("parent_id");