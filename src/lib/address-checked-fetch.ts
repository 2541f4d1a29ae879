import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';

/** A request was about to reach an address the caller does not allow. */
export class RefusedAddressError extends Error {
  constructor(readonly address: string) {
    super(`Refused to connect to ${address}`);
    this.name = 'RefusedAddressError';
  }
}

/** Whether an error, or any error in its chain of causes, is a refused address. */
export function isRefusedAddress(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause)
    if (e instanceof RefusedAddressError) return true;
  return false;
}

export type AddressCheckedFetchOptions = {
  /** Whether the request may connect to this IP address. */
  allow: (address: string) => boolean;
  /** Answers larger than this are cut off with an error (a hostile server could send gigabytes). */
  maxBytes?: number;
};

type FetchInit = {
  method?: string;
  headers?: Record<string, string>;
  body?: unknown;
  signal?: AbortSignal | null;
};

/**
 * A fetch that checks the address it connects to, after the name is resolved and for every
 * address the name has, so a name that resolves to a private address (or changes between a check
 * and the request) never reaches it. It follows no redirects: the caller sees them.
 */
export function addressCheckedFetch(options: AddressCheckedFetchOptions) {
  const maxBytes = options.maxBytes ?? 1_000_000;
  const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
    dnsLookup(hostname, { all: true, family: lookupOptions.family ?? 0 }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as LookupAddress[];
      const refused = list.find((a) => !options.allow(a.address));
      if (refused || list.length === 0) {
        return callback(new RefusedAddressError(refused?.address ?? hostname), '', 0);
      }
      if (lookupOptions.all) return (callback as never as AllCallback)(null, list);
      const [first] = list as [LookupAddress];
      callback(null, first.address, first.family);
    });
  };

  // Own connection pools: a kept-alive socket was checked when it connected, under this policy,
  // and must never serve a fetch with another.
  const agents = {
    'http:': new http.Agent({ keepAlive: true, lookup }),
    'https:': new https.Agent({ keepAlive: true, lookup }),
  };

  return async function checkedFetch(input: string | URL, init: FetchInit = {}): Promise<Response> {
    const url = new URL(input);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new TypeError(`Unsupported protocol ${url.protocol}`);
    }
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(literal) && !options.allow(literal)) throw new RefusedAddressError(literal);
    const body = requestBody(init.body);
    const transport = url.protocol === 'https:' ? https : http;
    const agent = agents[url.protocol];
    return new Promise<Response>((resolve, reject) => {
      const request = transport.request(
        url,
        {
          method: init.method ?? 'GET',
          headers: init.headers,
          // The agent carries the checking lookup to every connection it opens.
          agent,
          ...(init.signal ? { signal: init.signal } : {}),
        },
        (response) => {
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxBytes) {
              response.destroy(new Error(`The answer is larger than ${maxBytes} bytes`));
              return;
            }
            chunks.push(chunk);
          });
          response.on('error', reject);
          response.on('end', () => {
            const status = response.statusCode ?? 502;
            const empty = status === 204 || status === 304 || (status >= 100 && status < 200);
            resolve(
              new Response(empty ? null : Buffer.concat(chunks), {
                status,
                statusText: response.statusMessage ?? '',
                headers: responseHeaders(response.headers),
              }),
            );
          });
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  };
}

type AllCallback = (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void;

function requestBody(body: unknown): string | Uint8Array | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  throw new TypeError('Unsupported request body');
}

function responseHeaders(headers: IncomingHttpHeaders): Headers {
  const result = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) result.append(name, v);
  }
  return result;
}
