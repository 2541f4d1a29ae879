import autocannon from 'autocannon';
import { percentile } from './child.ts';

/** What one load run measured over the 200 responses; the rest count as bad. */
export type Measured = {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  total: number;
  bad: number;
};

/** One autocannon run; p95 and p99 are computed from every response time (autocannon reports no p95). */
export async function measure(
  url: string,
  opts: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<Measured> {
  const times: number[] = [];
  let bad = 0;
  const instance = autocannon({
    url,
    connections: opts.connections,
    duration: opts.seconds,
    timeout: 30,
    ...(opts.headers ? { headers: opts.headers } : {}),
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status === 200) times.push(ms);
    else bad++;
  });
  const result = await instance;
  bad += result.errors + result.timeouts;
  return {
    rps: times.length / result.duration,
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    p50: percentile(times, 50),
    total: times.length,
    bad,
  };
}
