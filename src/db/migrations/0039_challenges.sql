CREATE TABLE "challenge_ideas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"challenge_id" uuid NOT NULL,
	"author_id" uuid,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"shortlisted" boolean DEFAULT false NOT NULL,
	"initiative_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "challenge_ideas_initiative_id_unique" UNIQUE("initiative_id"),
	CONSTRAINT "challenge_ideas_title_length" CHECK (char_length("challenge_ideas"."title") between 1 and 150),
	CONSTRAINT "challenge_ideas_body_length" CHECK (char_length("challenge_ideas"."body") between 1 and 3000)
);
--> statement-breakpoint
CREATE TABLE "challenge_participants" (
	"challenge_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "challenge_participants_challenge_id_user_id_pk" PRIMARY KEY("challenge_id","user_id"),
	CONSTRAINT "challenge_participants_role" CHECK ("challenge_participants"."role" in ('resident', 'relative', 'frontline', 'business', 'civilSociety', 'academia', 'expert'))
);
--> statement-breakpoint
CREATE TABLE "challenges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" text NOT NULL,
	"department_id" uuid NOT NULL,
	"owner_id" uuid,
	"title" text NOT NULL,
	"problem" text NOT NULL,
	"affected" text NOT NULL,
	"constraints" text DEFAULT '' NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "challenges_state" CHECK ("challenges"."state" in ('open', 'shortlisting', 'done')),
	CONSTRAINT "challenges_title_length" CHECK (char_length("challenges"."title") between 1 and 150),
	CONSTRAINT "challenges_problem_length" CHECK (char_length("challenges"."problem") between 1 and 5000),
	CONSTRAINT "challenges_affected_length" CHECK (char_length("challenges"."affected") between 1 and 2000),
	CONSTRAINT "challenges_constraints_length" CHECK (char_length("challenges"."constraints") <= 2000),
	CONSTRAINT "challenges_dates" CHECK ("challenges"."ends_on" >= "challenges"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "idea_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idea_id" uuid NOT NULL,
	"author_id" uuid,
	"text" text NOT NULL,
	"hidden_at" timestamp with time zone,
	"hidden_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idea_comments_text_length" CHECK (char_length("idea_comments"."text") between 1 and 2000)
);
--> statement-breakpoint
CREATE TABLE "idea_credits" (
	"idea_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "idea_credits_idea_id_user_id_pk" PRIMARY KEY("idea_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "workshop_signups" (
	"workshop_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text NOT NULL,
	"signed_up_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reminded_at" timestamp with time zone,
	CONSTRAINT "workshop_signups_workshop_id_user_id_pk" PRIMARY KEY("workshop_id","user_id"),
	CONSTRAINT "workshop_signups_status" CHECK ("workshop_signups"."status" in ('confirmed', 'waiting'))
);
--> statement-breakpoint
CREATE TABLE "workshops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"challenge_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"accessibility" text DEFAULT '' NOT NULL,
	"online_url" text,
	"capacity" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "workshops_title_length" CHECK (char_length("workshops"."title") between 1 and 150),
	CONSTRAINT "workshops_place_length" CHECK (char_length("workshops"."place") between 1 and 300),
	CONSTRAINT "workshops_accessibility_length" CHECK (char_length("workshops"."accessibility") <= 1000),
	CONSTRAINT "workshops_online_url" CHECK ("workshops"."online_url" is null or "workshops"."online_url" ~ '^https?://[^[:space:]]+$'),
	CONSTRAINT "workshops_capacity" CHECK ("workshops"."capacity" between 1 and 10000),
	CONSTRAINT "workshops_times" CHECK ("workshops"."ends_at" > "workshops"."starts_at")
);
--> statement-breakpoint
ALTER TABLE "challenge_ideas" ADD CONSTRAINT "challenge_ideas_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_ideas" ADD CONSTRAINT "challenge_ideas_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_ideas" ADD CONSTRAINT "challenge_ideas_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_participants" ADD CONSTRAINT "challenge_participants_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenge_participants" ADD CONSTRAINT "challenge_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges" ADD CONSTRAINT "challenges_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges" ADD CONSTRAINT "challenges_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "challenges" ADD CONSTRAINT "challenges_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_comments" ADD CONSTRAINT "idea_comments_idea_id_challenge_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."challenge_ideas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_comments" ADD CONSTRAINT "idea_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_comments" ADD CONSTRAINT "idea_comments_hidden_by_users_id_fk" FOREIGN KEY ("hidden_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_credits" ADD CONSTRAINT "idea_credits_idea_id_challenge_ideas_id_fk" FOREIGN KEY ("idea_id") REFERENCES "public"."challenge_ideas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idea_credits" ADD CONSTRAINT "idea_credits_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_signups" ADD CONSTRAINT "workshop_signups_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_signups" ADD CONSTRAINT "workshop_signups_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "challenge_ideas_challenge_idx" ON "challenge_ideas" USING btree ("challenge_id","created_at");--> statement-breakpoint
CREATE INDEX "challenge_participants_user_idx" ON "challenge_participants" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "challenges_municipality_idx" ON "challenges" USING btree ("municipality_id","created_at");--> statement-breakpoint
CREATE INDEX "idea_comments_idea_idx" ON "idea_comments" USING btree ("idea_id","created_at");--> statement-breakpoint
CREATE INDEX "workshop_signups_list_idx" ON "workshop_signups" USING btree ("workshop_id","status","signed_up_at");--> statement-breakpoint
CREATE INDEX "workshop_signups_user_idx" ON "workshop_signups" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "workshops_challenge_idx" ON "workshops" USING btree ("challenge_id","starts_at");--> statement-breakpoint
-- hand-written below
-- Challenges, their ideas, credits and workshops are content (docs/decisions/0011); who joins,
-- comments and signs up changes by the minute and is announced as activity (0015).
CREATE TRIGGER challenges_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON challenges
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER challenge_ideas_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON challenge_ideas
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER idea_credits_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON idea_credits
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER workshops_content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON workshops
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER challenge_participants_activity AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON challenge_participants
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_activity');
--> statement-breakpoint
CREATE TRIGGER idea_comments_activity AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON idea_comments
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_activity');
--> statement-breakpoint
CREATE TRIGGER workshop_signups_activity AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON workshop_signups
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_activity');
