CREATE TABLE "dialogue_maps" (
	"dialogue_id" uuid PRIMARY KEY NOT NULL,
	"votes_seen" bigint DEFAULT 0 NOT NULL,
	"computed_at" timestamp with time zone,
	"claimed_until" timestamp with time zone,
	"map" jsonb
);
--> statement-breakpoint
ALTER TABLE "dialogue_maps" ADD CONSTRAINT "dialogue_maps_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- A vote wakes whichever process computes the maps (dialogues/map-worker.ts), at commit.
CREATE TRIGGER dialogue_votes_cast AFTER INSERT ON dialogue_votes
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_votes');
