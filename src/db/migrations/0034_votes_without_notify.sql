-- A vote no longer notifies at commit: every NOTIFY takes one lock for the whole cluster while
-- its transaction commits, so votes from every process queued behind each other (about half the
-- votes a second on two cores). The map worker looks for new votes every second instead
-- (dialogues/map-worker.ts).
DROP TRIGGER IF EXISTS dialogue_votes_cast ON dialogue_votes;
