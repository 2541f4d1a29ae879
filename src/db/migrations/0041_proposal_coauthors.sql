CREATE TABLE "proposal_coauthors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"email" text NOT NULL,
	"token_hash" text NOT NULL,
	"state" text DEFAULT 'invited' NOT NULL,
	"user_id" uuid,
	"invited_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "proposal_coauthors_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "proposal_coauthors_address" UNIQUE("proposal_id","email"),
	CONSTRAINT "proposal_coauthors_state" CHECK ("proposal_coauthors"."state" in ('invited', 'accepted', 'declined', 'withdrawn', 'removed', 'left')),
	CONSTRAINT "proposal_coauthors_email_length" CHECK (char_length("proposal_coauthors"."email") between 3 and 254),
	CONSTRAINT "proposal_coauthors_accepted_user" CHECK ("proposal_coauthors"."state" <> 'accepted' or "proposal_coauthors"."user_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "proposal_coauthors" ADD CONSTRAINT "proposal_coauthors_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposal_coauthors" ADD CONSTRAINT "proposal_coauthors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "proposal_coauthors_user_idx" ON "proposal_coauthors" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "proposal_coauthors_email_idx" ON "proposal_coauthors" USING btree ("email");--> statement-breakpoint
-- hand-written below
-- Co-authors are shown on a proposal's page: announced as content, as the proposals are.
CREATE TRIGGER proposal_coauthors_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON proposal_coauthors
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
