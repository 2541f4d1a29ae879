-- A support changes only its proposal's counts. Announced as content, every support forgot every
-- kept page and read model of every municipality in every process, and took the cluster-wide
-- NOTIFY lock that 0034 removed from votes. The counts are now announced as residents' activity
-- (src/db/read-models.ts, ACTIVITY_CHANNEL); every other column of a proposal stays content.
-- src/db/triggers.test.ts checks that the content trigger names every column but the counts.
DROP TRIGGER IF EXISTS proposals_content_changed ON proposals;
--> statement-breakpoint
CREATE TRIGGER proposals_content_changed
  AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF id, municipality_id, title, body, topic, district,
    author_id, state, threshold, submitted_at, screened_at, screened_by, refusal, refusal_note,
    expires_at, threshold_reached_at, received_by_body_at, body_deadline, answer, answer_reason,
    answer_decision, answered_at, forget_supporters_at, withdrawn_at, initiative_id, told_stage,
    created_at
  ON proposals
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_content');
--> statement-breakpoint
CREATE TRIGGER proposals_support_counted
  AFTER UPDATE OF support_verified, support_unverified, support_paper ON proposals
  FOR EACH STATEMENT EXECUTE FUNCTION samskap_notify_change('samskap_activity');
