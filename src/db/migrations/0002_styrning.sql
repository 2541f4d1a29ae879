CREATE TABLE "benefit_measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"benefit_id" uuid NOT NULL,
	"value" double precision NOT NULL,
	"measured_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "benefits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"description" text NOT NULL,
	"kind" text NOT NULL,
	"is_disbenefit" boolean DEFAULT false NOT NULL,
	"recipient" text DEFAULT '' NOT NULL,
	"owner_name" text NOT NULL,
	"indicator" text NOT NULL,
	"unit" text NOT NULL,
	"direction" text NOT NULL,
	"baseline_value" double precision NOT NULL,
	"baseline_date" date NOT NULL,
	"target_value" double precision NOT NULL,
	"target_date" date NOT NULL,
	"money_per_unit" double precision,
	"confidence" text DEFAULT 'yellow' NOT NULL,
	"planned" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"counts_for_gate" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" text NOT NULL,
	"sequence" integer NOT NULL,
	"body_id" uuid NOT NULL,
	"decided_on" date NOT NULL,
	"text" text NOT NULL,
	"adopts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"previous_hash" text NOT NULL,
	"hash" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "capabilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" text NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "department_systems" (
	"department_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	CONSTRAINT "department_systems_department_id_system_id_pk" PRIMARY KEY("department_id","system_id")
);
--> statement-breakpoint
CREATE TABLE "goal_contributions" (
	"initiative_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"weight" double precision NOT NULL,
	CONSTRAINT "goal_contributions_initiative_id_goal_id_pk" PRIMARY KEY("initiative_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_competences" (
	"initiative_id" uuid NOT NULL,
	"competence" text NOT NULL,
	CONSTRAINT "initiative_competences_initiative_id_competence_pk" PRIMARY KEY("initiative_id","competence")
);
--> statement-breakpoint
CREATE TABLE "initiative_costs" (
	"initiative_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"investment" double precision DEFAULT 0 NOT NULL,
	"running" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "initiative_costs_initiative_id_year_pk" PRIMARY KEY("initiative_id","year")
);
--> statement-breakpoint
CREATE TABLE "initiative_dependencies" (
	"initiative_id" uuid NOT NULL,
	"depends_on_id" uuid NOT NULL,
	CONSTRAINT "initiative_dependencies_initiative_id_depends_on_id_pk" PRIMARY KEY("initiative_id","depends_on_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_participants" (
	"initiative_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	CONSTRAINT "initiative_participants_initiative_id_department_id_pk" PRIMARY KEY("initiative_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "initiative_risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"description" text NOT NULL,
	"likelihood" integer NOT NULL,
	"impact" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "initiative_systems" (
	"initiative_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	CONSTRAINT "initiative_systems_initiative_id_system_id_pk" PRIMARY KEY("initiative_id","system_id")
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" text NOT NULL,
	"department_id" uuid NOT NULL,
	"title" text NOT NULL,
	"problem" text DEFAULT '' NOT NULL,
	"idea" text DEFAULT '' NOT NULL,
	"stage" text DEFAULT 'idea' NOT NULL,
	"is_public" boolean DEFAULT false NOT NULL,
	"requirements" jsonb NOT NULL,
	"ratings" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"mandatory" boolean DEFAULT false NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"owner_name" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scenarios" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" text NOT NULL,
	"name" text NOT NULL,
	"year" integer NOT NULL,
	"budget" double precision NOT NULL,
	"weights" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stage_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"initiative_id" uuid NOT NULL,
	"from_stage" text NOT NULL,
	"to_stage" text NOT NULL,
	"reason" text NOT NULL,
	"decision_id" uuid,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "steering_settings" (
	"municipality_id" text PRIMARY KEY NOT NULL,
	"discount_rate" double precision DEFAULT 0.04 NOT NULL,
	"currency" text NOT NULL,
	"weights" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "systems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" text NOT NULL,
	"name" text NOT NULL,
	"vendor" text DEFAULT '' NOT NULL,
	"capability_id" uuid
);
--> statement-breakpoint
CREATE TABLE "future_story_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" text NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"adopted_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" text NOT NULL,
	"parent_id" uuid,
	"department_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"adopted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicator_measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"value" double precision NOT NULL,
	"measured_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"direction" text NOT NULL,
	"baseline_value" double precision NOT NULL,
	"baseline_date" date NOT NULL,
	"target_value" double precision NOT NULL,
	"target_date" date NOT NULL,
	"kolada_kpi_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "benefit_measurements" ADD CONSTRAINT "benefit_measurements_benefit_id_benefits_id_fk" FOREIGN KEY ("benefit_id") REFERENCES "public"."benefits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_measurements" ADD CONSTRAINT "benefit_measurements_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefits" ADD CONSTRAINT "benefits_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_bodies" ADD CONSTRAINT "decision_bodies_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_body_id_decision_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."decision_bodies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capabilities" ADD CONSTRAINT "capabilities_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_systems" ADD CONSTRAINT "department_systems_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "department_systems" ADD CONSTRAINT "department_systems_system_id_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_contributions" ADD CONSTRAINT "goal_contributions_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_contributions" ADD CONSTRAINT "goal_contributions_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_competences" ADD CONSTRAINT "initiative_competences_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_costs" ADD CONSTRAINT "initiative_costs_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_dependencies" ADD CONSTRAINT "initiative_dependencies_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_dependencies" ADD CONSTRAINT "initiative_dependencies_depends_on_id_initiatives_id_fk" FOREIGN KEY ("depends_on_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_participants" ADD CONSTRAINT "initiative_participants_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_participants" ADD CONSTRAINT "initiative_participants_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_risks" ADD CONSTRAINT "initiative_risks_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_systems" ADD CONSTRAINT "initiative_systems_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiative_systems" ADD CONSTRAINT "initiative_systems_system_id_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenarios" ADD CONSTRAINT "scenarios_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_transitions" ADD CONSTRAINT "stage_transitions_initiative_id_initiatives_id_fk" FOREIGN KEY ("initiative_id") REFERENCES "public"."initiatives"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_transitions" ADD CONSTRAINT "stage_transitions_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stage_transitions" ADD CONSTRAINT "stage_transitions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "steering_settings" ADD CONSTRAINT "steering_settings_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "systems" ADD CONSTRAINT "systems_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "systems" ADD CONSTRAINT "systems_capability_id_capabilities_id_fk" FOREIGN KEY ("capability_id") REFERENCES "public"."capabilities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "future_story_versions" ADD CONSTRAINT "future_story_versions_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "future_story_versions" ADD CONSTRAINT "future_story_versions_adopted_by_decisions_id_fk" FOREIGN KEY ("adopted_by") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "future_story_versions" ADD CONSTRAINT "future_story_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_parent_id_goals_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goals" ADD CONSTRAINT "goals_adopted_by_decisions_id_fk" FOREIGN KEY ("adopted_by") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_measurements" ADD CONSTRAINT "indicator_measurements_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_measurements" ADD CONSTRAINT "indicator_measurements_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "benefit_measurements_benefit_idx" ON "benefit_measurements" USING btree ("benefit_id","measured_on");--> statement-breakpoint
CREATE INDEX "benefits_initiative_idx" ON "benefits" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "decision_bodies_municipality_idx" ON "decision_bodies" USING btree ("municipality_id");--> statement-breakpoint
CREATE UNIQUE INDEX "decisions_municipality_sequence" ON "decisions" USING btree ("municipality_id","sequence");--> statement-breakpoint
CREATE INDEX "initiatives_municipality_idx" ON "initiatives" USING btree ("municipality_id","stage");--> statement-breakpoint
CREATE INDEX "initiatives_department_idx" ON "initiatives" USING btree ("department_id");--> statement-breakpoint
CREATE INDEX "scenarios_municipality_idx" ON "scenarios" USING btree ("municipality_id","year");--> statement-breakpoint
CREATE INDEX "stage_transitions_initiative_idx" ON "stage_transitions" USING btree ("initiative_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "future_story_versions_number" ON "future_story_versions" USING btree ("municipality_id","version");--> statement-breakpoint
CREATE INDEX "goals_municipality_idx" ON "goals" USING btree ("municipality_id");--> statement-breakpoint
CREATE INDEX "goals_parent_idx" ON "goals" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "indicator_measurements_indicator_idx" ON "indicator_measurements" USING btree ("indicator_id","measured_on");--> statement-breakpoint
CREATE INDEX "indicators_goal_idx" ON "indicators" USING btree ("goal_id");