CREATE TABLE "municipality_branding" (
	"municipality_id" text PRIMARY KEY NOT NULL,
	"accent_colour" text,
	"logo" "bytea",
	"logo_type" text,
	"logo_hash" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "municipality_branding_accent_colour" CHECK ("municipality_branding"."accent_colour" ~ '^#[0-9a-f]{6}$'),
	CONSTRAINT "municipality_branding_logo" CHECK (("municipality_branding"."logo" is null and "municipality_branding"."logo_type" is null and "municipality_branding"."logo_hash" is null) or (octet_length("municipality_branding"."logo") <= 102400 and "municipality_branding"."logo_type" in ('image/png', 'image/svg+xml') and "municipality_branding"."logo_hash" is not null))
);
--> statement-breakpoint
ALTER TABLE "municipality_branding" ADD CONSTRAINT "municipality_branding_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- A municipality's logo and colour are kept in every process's memory with its departments
-- (tenancy/municipality-facts.ts): a change is announced on the same channel.
CREATE TRIGGER municipality_branding_changed
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON municipality_branding
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_tenancy');
