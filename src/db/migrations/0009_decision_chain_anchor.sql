CREATE TABLE "decision_checkpoints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" text NOT NULL,
	"count" integer NOT NULL,
	"head" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"key_id" text NOT NULL,
	"signature" text NOT NULL,
	CONSTRAINT "decision_checkpoints_count" CHECK ("decision_checkpoints"."count" >= 1)
);
--> statement-breakpoint
-- Decisions recorded until now keep hash version 1 and their stored hashes. They are not
-- recomputed under version 2: those hashes have been published (the verify API gave the head),
-- and a chain whose every hash changes at once is exactly what a rewrite looks like to anyone who
-- kept one. New decisions state version 2; the column has no default, so every writer says which.
ALTER TABLE "decisions" ADD COLUMN "hash_version" smallint DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "decisions" ALTER COLUMN "hash_version" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "decision_checkpoints" ADD CONSTRAINT "decision_checkpoints_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "decision_checkpoints_municipality_count" ON "decision_checkpoints" USING btree ("municipality_id","count");--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_hash_version" CHECK ("decisions"."hash_version" in (1, 2));;--> statement-breakpoint
-- Checkpoints are append-only, like the decisions they sign.
CREATE TRIGGER decision_checkpoints_append_only BEFORE UPDATE OR DELETE ON decision_checkpoints
  FOR EACH ROW EXECUTE FUNCTION samskap_refuse_change();
--> statement-breakpoint
-- A body's name is part of the hash of every version-2 decision it made: once it has decisions it
-- keeps its name and municipality (a renamed body is a new body), so a rename never breaks a chain.
CREATE OR REPLACE FUNCTION samskap_refuse_decided_body_change() RETURNS trigger AS $$
BEGIN
  IF (NEW.name IS DISTINCT FROM OLD.name OR NEW.municipality_id IS DISTINCT FROM OLD.municipality_id)
     AND EXISTS (SELECT 1 FROM decisions WHERE body_id = OLD.id) THEN
    RAISE EXCEPTION 'decision body % has decisions: its name cannot change', OLD.id;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER decision_bodies_named_in_decisions BEFORE UPDATE ON decision_bodies
  FOR EACH ROW EXECUTE FUNCTION samskap_refuse_decided_body_change();
