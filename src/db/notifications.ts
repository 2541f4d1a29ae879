import pg from 'pg';

/**
 * Notifications on one channel (Postgres LISTEN/NOTIFY). `live()` is false while notifications
 * may be missed (the listening connection is down); whoever keeps something in memory on the
 * strength of them must not rely on it then.
 */
export type Subscription = { live(): boolean; close(): Promise<void> };

/** Called for every notification, and whenever some may have been missed (a connection lost or regained). */
export type OnNotify = () => void;

const channelName = /^[a-z_][a-z0-9_]{0,62}$/;

export function assertChannel(channel: string): void {
  if (!channelName.test(channel)) throw new Error(`not a channel name: ${channel}`);
}

/**
 * Listens on a PostgreSQL server over a connection of its own (a pooled one would be handed to
 * other queries). When it is lost, the subscriber hears of it at once, and a new one is opened
 * every `retryMs` until it listens again.
 */
export async function listenOnServer(
  url: string,
  channel: string,
  onNotify: OnNotify,
  retryMs = 1_000,
): Promise<Subscription> {
  assertChannel(channel);
  let current: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const lost = (client: pg.Client) => {
    client.removeAllListeners('notification');
    client.end().catch(() => {});
    if (current !== client && current !== undefined) return;
    const wasLive = current === client;
    current = undefined;
    if (wasLive) onNotify();
    if (!closed && !retry) {
      retry = setTimeout(() => {
        retry = undefined;
        void connect();
      }, retryMs);
      retry.unref();
    }
  };

  const connect = async () => {
    const client = new pg.Client({ connectionString: url });
    client.on('notification', (n) => {
      if (n.channel === channel) onNotify();
    });
    client.on('error', () => lost(client));
    client.on('end', () => lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${channel}`);
    } catch {
      lost(client);
      return;
    }
    if (closed) {
      await client.end().catch(() => {});
      return;
    }
    current = client;
    // Whatever changed while nobody listened is unknown: the subscriber starts afresh.
    onNotify();
  };

  await connect();
  return {
    live: () => current !== undefined,
    async close() {
      closed = true;
      clearTimeout(retry);
      const client = current;
      current = undefined;
      if (client) {
        client.removeAllListeners();
        client.on('error', () => {});
        await client.end().catch(() => {});
      }
    },
  };
}
