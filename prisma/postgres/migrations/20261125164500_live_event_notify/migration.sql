-- PostgreSQL only (hand-written): wake the live event streams of every app instance when an
-- outbox row commits. NOTIFY is transactional (sent at commit, dropped on rollback) and is
-- only a wake-up call: the LiveEvent table stays the source of truth, read in id order.
CREATE OR REPLACE FUNCTION "live_event_notify"() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('live_events', '');
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "LiveEvent_notify"
  AFTER INSERT ON "LiveEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "live_event_notify"();
