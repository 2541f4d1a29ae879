ALTER TABLE "proposal_rules" ADD COLUMN "support_by" text DEFAULT 'eidOrEmail' NOT NULL;--> statement-breakpoint
ALTER TABLE "proposal_rules" ADD COLUMN "residence_declared" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "proposal_supports" ADD COLUMN "declared_resident" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "proposal_rules" ADD CONSTRAINT "proposal_rules_support_by" CHECK ("proposal_rules"."support_by" in ('eidOrEmail', 'eid'));--> statement-breakpoint
-- hand-written below
-- A Norwegian rule stored before asks for residence, as the presets now do (kommuneloven § 12-1).
UPDATE "proposal_rules" SET "residence_declared" = true WHERE "preset" IN ('noKommune', 'noFylke');
