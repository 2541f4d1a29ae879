-- Tokens made before tokens had to end: 90 days from their making, and at least 30 days from
-- now, so that nobody's integration stops without warning on the day of the upgrade.
UPDATE "api_tokens" SET "expires_at" = GREATEST("created_at" + interval '90 days', now() + interval '30 days') WHERE "expires_at" IS NULL;--> statement-breakpoint
ALTER TABLE "api_tokens" ALTER COLUMN "expires_at" SET NOT NULL;
