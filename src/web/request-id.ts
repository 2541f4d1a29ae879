import { randomUUID } from 'node:crypto';

const acceptable = /^[\w\-=.:]{1,200}$/;

/** The caller's X-Request-Id when it is a sane token (so ids follow a request across services), else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && acceptable.test(header) ? header : randomUUID();
}
