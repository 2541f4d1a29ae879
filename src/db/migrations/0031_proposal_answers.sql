ALTER TABLE "proposal_supports" ADD COLUMN "tell_me" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "initiative_id" uuid;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "told_stage" text;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "support_total" bigint GENERATED ALWAYS AS (support_verified::bigint + support_unverified::bigint + support_paper::bigint) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_initiative_id_unique" UNIQUE("initiative_id");