ALTER TABLE "proposal_rules" ADD COLUMN "forget_supporters_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "proposals" ADD COLUMN "forget_supporters_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "proposal_rules" ADD CONSTRAINT "proposal_rules_forget_days" CHECK ("proposal_rules"."forget_supporters_days" between 1 and 730);--> statement-breakpoint
-- hand-written below
-- Proposals answered before: their supporters are kept as long as the rule in force now says,
-- counted from the answer.
UPDATE "proposals" p SET "forget_supporters_at" = p."answered_at" + make_interval(days => coalesce(
  (SELECT r."forget_supporters_days" FROM "proposal_rules" r WHERE r."municipality_id" = p."municipality_id"),
  30))
WHERE p."state" = 'answered' AND p."answered_at" IS NOT NULL;
