DROP INDEX "external_identities_issuer_subject";--> statement-breakpoint
ALTER TABLE "external_identities" ADD COLUMN "municipality_id" text;--> statement-breakpoint
-- An existing link belongs to the municipality whose provider has its issuer and where the login
-- gave the person their resident grant; a link that fits no provider can no longer be used.
UPDATE "external_identities" e SET "municipality_id" = (
  SELECT g."municipality_id" FROM "role_grants" g
  JOIN "oidc_providers" p ON p."municipality_id" = g."municipality_id"
   AND rtrim(p."issuer", '/') = rtrim(e."issuer", '/')
  WHERE g."user_id" = e."user_id" AND g."role" = 'resident'
  ORDER BY g."granted_at" LIMIT 1
);--> statement-breakpoint
DELETE FROM "external_identities" WHERE "municipality_id" IS NULL;--> statement-breakpoint
ALTER TABLE "external_identities" ALTER COLUMN "municipality_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "oidc_logins" ADD COLUMN "link_user_id" uuid;--> statement-breakpoint
ALTER TABLE "external_identities" ADD CONSTRAINT "external_identities_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "oidc_logins" ADD CONSTRAINT "oidc_logins_link_user_id_users_id_fk" FOREIGN KEY ("link_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "external_identities_provider_subject" ON "external_identities" USING btree ("municipality_id","issuer","subject");
