ALTER TABLE "decisions" ADD COLUMN "paragraph" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "registration_number" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "protocol_url" text;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_paragraph_length" CHECK (char_length("decisions"."paragraph") between 1 and 20);--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_registration_number_length" CHECK (char_length("decisions"."registration_number") between 1 and 50);--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_protocol_url_https" CHECK ("decisions"."protocol_url" like 'https://_%' and char_length("decisions"."protocol_url") <= 2000);