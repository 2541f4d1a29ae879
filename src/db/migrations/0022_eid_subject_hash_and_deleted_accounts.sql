ALTER TABLE "external_identities" ADD COLUMN "subject_hash" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
-- An e-ID subject is often the person's identity number: keep only its hash, computed as
-- subjectHash() in src/domains/identity/oidc/subject-hash.ts does (docs/decisions/0013).
UPDATE "external_identities" SET "subject_hash" = encode(sha256(convert_to(
  'samskap-oidc-subject' || E'\n' || "municipality_id" || E'\n' || "issuer" || E'\n' || "subject",
  'UTF8')), 'hex');--> statement-breakpoint
-- Accounts made by a login that gave neither a name nor an address were named by the subject.
UPDATE "users" SET "name" = 'e-ID' FROM "external_identities"
  WHERE "external_identities"."user_id" = "users"."id" AND "users"."name" = "external_identities"."subject";--> statement-breakpoint
DROP INDEX "external_identities_provider_subject";--> statement-breakpoint
ALTER TABLE "external_identities" ALTER COLUMN "subject_hash" SET NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "external_identities_provider_subject" ON "external_identities" USING btree ("municipality_id","issuer","subject_hash");--> statement-breakpoint
ALTER TABLE "external_identities" DROP COLUMN "subject";
