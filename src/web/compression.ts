import { type IncomingMessage, type OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import {
  type BrotliCompress,
  brotliCompress,
  constants,
  createBrotliCompress,
  createGzip,
  type Gzip,
  gzip,
} from 'node:zlib';

/** The encodings Samskap sends, best first. */
export type Encoding = 'br' | 'gzip';

/** Bodies smaller than this are sent as they are: compressing them saves nothing worth the work. */
export const compressionThreshold = 1024;

const compressibleTypes = new Set([
  'text/html',
  'text/css',
  'application/json',
  'application/problem+json',
  'text/csv',
  'image/svg+xml',
]);

/** Brotli at quality 5 and gzip at level 6: most of the saving for a few milliseconds per page. */
const brotliOptions = {
  params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: 1 },
};
const gzipOptions = { level: 6 };
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * The encoding to answer with for an `Accept-Encoding` header: Brotli when offered, gzip
 * otherwise, none when neither is acceptable (absent, `identity`, or refused with `q=0`).
 * `*` stands for any encoding not named.
 */
export function negotiateEncoding(header: string | undefined): Encoding | undefined {
  if (!header) return undefined;
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const weight = (name: Encoding) => q.get(name) ?? q.get('*') ?? 0;
  const br = weight('br');
  const gz = weight('gzip');
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return undefined;
}

/** Whether a Content-Type is one that Samskap compresses. */
export function isCompressibleType(contentType: string | number | string[] | undefined): boolean {
  if (typeof contentType !== 'string') return false;
  return compressibleTypes.has(contentType.split(';')[0]?.trim().toLowerCase() ?? '');
}

/** Compresses a whole body at once (in the thread pool, not on the event loop). */
export function compressBody(body: Uint8Array, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br' ? brotli(body, brotliOptions) : gzipped(body, gzipOptions);
}

function addVary(res: ServerResponse): void {
  const current = res.getHeader('vary');
  const list = Array.isArray(current) ? current.join(', ') : String(current ?? '');
  if (/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(list)) return;
  res.setHeader('Vary', list ? `${list}, Accept-Encoding` : 'Accept-Encoding');
}

/** Puts the headers given to `writeHead` on the response, as Node would. */
function applyHeaders(res: ServerResponse, headers: unknown): void {
  if (!headers) return;
  if (Array.isArray(headers)) {
    const pairs: [string, string][] = Array.isArray(headers[0])
      ? (headers as [string, string][])
      : Array.from({ length: headers.length / 2 }, (_, i) => [headers[2 * i], headers[2 * i + 1]]);
    for (const [name, value] of pairs) res.setHeader(name, value);
    return;
  }
  for (const [name, value] of Object.entries(headers as OutgoingHttpHeaders)) {
    if (value !== undefined) res.setHeader(name, value);
  }
}

function toBuffer(chunk: unknown, encoding?: BufferEncoding): Buffer {
  if (Buffer.isBuffer(chunk)) return chunk;
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
  return Buffer.from(String(chunk), encoding);
}

type Callback = (error?: Error | null) => void;

/**
 * A response that compresses itself with Brotli or gzip when the client accepts it, the type is
 * one of HTML, CSS, JSON, CSV or SVG, the body is at least 1 KB, the status has a body (not 204 or
 * 304), the request is not HEAD, and nothing has encoded the body already (precompressed assets
 * set their own Content-Encoding). Every response of a compressible type says
 * `Vary: Accept-Encoding`.
 *
 * It is Node's response class, below Hono (the server is created with it), so the app's responses
 * keep their fast path: a body sent whole (`end(body)`, or `writeHead` + writes + `end` in one go)
 * is compressed whole and sent with its real Content-Length; a body that arrives over time is
 * compressed as a stream, flushed after every chunk so that streaming still streams, with
 * backpressure from the socket. A subclass rather than methods patched onto each response: every
 * response keeps one shape, which Node's own code is fast on.
 */
export class CompressingResponse<
  Request extends IncomingMessage = IncomingMessage,
> extends ServerResponse<Request> {
  // 'open': nothing decided; 'waiting': compressing, body still being collected; then final.
  #state: 'open' | 'waiting' | 'plain' | 'stream' | 'done' = 'open';
  #status = 200;
  #encoding: Encoding = 'br';
  #held: Buffer[] = [];
  #heldCallbacks: Callback[] = [];
  #timer: NodeJS.Immediate | undefined = undefined;
  #zstream: BrotliCompress | Gzip | undefined = undefined;

  override writeHead(code: number, ...rest: unknown[]): this {
    if (this.#state !== 'open') return super.writeHead(code, ...(rest as [])) as this;
    this.#status = code;
    const reason = typeof rest[0] === 'string' ? rest[0] : undefined;
    if (reason) this.statusMessage = reason;
    applyHeaders(this, typeof rest[0] === 'string' ? rest[1] : rest[0]);
    if (!isCompressibleType(this.getHeader('content-type'))) return this.#sendPlain();
    addVary(this);
    const accepted =
      this.req.method === 'HEAD'
        ? undefined
        : negotiateEncoding(this.req.headers['accept-encoding']);
    const declared = Number(this.getHeader('content-length'));
    const noBody = code < 200 || code === 204 || code === 304;
    const alreadyEncoded = this.hasHeader('content-encoding');
    const noTransform = /no-transform/i.test(String(this.getHeader('cache-control') ?? ''));
    if (
      !accepted ||
      noBody ||
      alreadyEncoded ||
      noTransform ||
      (Number.isFinite(declared) && declared < compressionThreshold)
    ) {
      return this.#sendPlain();
    }
    this.#encoding = accepted;
    this.#state = 'waiting';
    return this;
  }

  override flushHeaders(): void {
    // Headers asked for before any body: the body will stream.
    if (this.#state === 'waiting') this.#startStream();
    else super.flushHeaders();
  }

  override write(chunk: unknown, ...args: unknown[]): boolean {
    if (this.#state === 'open') this.writeHead(this.statusCode);
    if (this.#state === 'plain' || this.#state === 'done') {
      return super.write(chunk, ...(args as [BufferEncoding]));
    }
    const enc = typeof args[0] === 'string' ? (args[0] as BufferEncoding) : undefined;
    const cb = args.find((a): a is Callback => typeof a === 'function');
    const buffer = toBuffer(chunk, enc);
    if (this.#state === 'waiting') {
      // Wait for the rest of a body that is written in one go; past this turn it is a stream.
      this.#held.push(buffer);
      if (cb) this.#heldCallbacks.push(cb);
      this.#timer ??= setImmediate(() => {
        if (this.#state === 'waiting') this.#startStream();
      });
      return true;
    }
    this.#zstream?.write(buffer, cb);
    this.#zstream?.flush();
    return !this.writableNeedDrain;
  }

  override end(chunk?: unknown, ...args: unknown[]): this {
    if (this.#state === 'open') this.writeHead(this.statusCode);
    if (this.#state === 'plain' || this.#state === 'done') {
      return super.end(chunk, ...(args as [BufferEncoding])) as this;
    }
    const cb = [chunk, ...args].find((a): a is Callback => typeof a === 'function');
    const enc = typeof args[0] === 'string' ? (args[0] as BufferEncoding) : undefined;
    const last = chunk == null || typeof chunk === 'function' ? undefined : toBuffer(chunk, enc);
    if (this.#state === 'stream') {
      this.#state = 'done';
      if (cb) this.once('finish', () => cb());
      if (last) this.#zstream?.end(last);
      else this.#zstream?.end();
      return this;
    }
    // 'waiting': the whole body is here.
    if (this.#timer) clearImmediate(this.#timer);
    if (last) this.#held.push(last);
    const body = Buffer.concat(this.#held);
    this.#held.length = 0;
    this.#state = 'done';
    if (body.length < compressionThreshold) {
      this.setHeader('Content-Length', body.length);
      super.writeHead(this.#status);
      this.#runHeldCallbacks();
      return super.end(body, cb) as this;
    }
    compressBody(body, this.#encoding).then(
      (compressed) => {
        if (this.destroyed) return;
        this.setHeader('Content-Encoding', this.#encoding);
        this.setHeader('Content-Length', compressed.length);
        super.writeHead(this.#status);
        this.#runHeldCallbacks();
        super.end(compressed, cb);
      },
      (error: Error) => this.destroy(error),
    );
    return this;
  }

  /** Send as is: the real writeHead with what the response holds, then what was held back. */
  #sendPlain(): this {
    this.#state = 'plain';
    return super.writeHead(this.#status) as this;
  }

  #startStream(): void {
    this.#state = 'stream';
    this.removeHeader('Content-Length');
    this.setHeader('Content-Encoding', this.#encoding);
    super.writeHead(this.#status);
    const z =
      this.#encoding === 'br' ? createBrotliCompress(brotliOptions) : createGzip(gzipOptions);
    this.#zstream = z;
    z.on('data', (out: Buffer) => super.write(out));
    z.on('end', () => super.end());
    z.on('error', (error) => this.destroy(error));
    this.once('close', () => z.destroy());
    for (const chunk of this.#held) z.write(chunk);
    this.#held.length = 0;
    z.flush();
    this.#runHeldCallbacks();
  }

  #runHeldCallbacks(): void {
    for (const cb of this.#heldCallbacks) cb();
    this.#heldCallbacks = [];
  }
}
