DROP INDEX "goals_municipality_idx";--> statement-breakpoint
CREATE INDEX "capabilities_municipality_name_idx" ON "capabilities" USING btree ("municipality_id","name");--> statement-breakpoint
CREATE INDEX "systems_municipality_name_idx" ON "systems" USING btree ("municipality_id","name","id");--> statement-breakpoint
CREATE INDEX "goals_municipality_order_idx" ON "goals" USING btree ("municipality_id","position","created_at");