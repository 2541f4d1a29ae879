CREATE TABLE "dialogue_settings" (
	"municipality_id" text PRIMARY KEY NOT NULL,
	"background_retention_months" integer DEFAULT 12 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participant_backgrounds" (
	"participant_id" uuid PRIMARY KEY NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"district" text,
	"age_band" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dialogues" ADD COLUMN "background" jsonb;--> statement-breakpoint
ALTER TABLE "dialogue_settings" ADD CONSTRAINT "dialogue_settings_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_backgrounds" ADD CONSTRAINT "participant_backgrounds_participant_id_dialogue_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."dialogue_participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_backgrounds" ADD CONSTRAINT "participant_backgrounds_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "participant_backgrounds_dialogue_idx" ON "participant_backgrounds" USING btree ("dialogue_id");