import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
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
 * Compresses this response with Brotli or gzip when the client accepts it, the type is one of
 * HTML, CSS, JSON, CSV or SVG, the body is at least 1 KB, the status has a body (not 204 or 304),
 * the request is not HEAD, and nothing has encoded the body already (precompressed assets set
 * their own Content-Encoding). Every response of a compressible type says `Vary: Accept-Encoding`.
 *
 * Works on Node's response object, below Hono, so the app's responses keep their fast path: a
 * body sent whole (`end(body)`, or `writeHead` + writes + `end` in one go) is compressed whole and
 * sent with its real Content-Length; a body that arrives over time is compressed as a stream,
 * flushed after every chunk so that streaming still streams, with backpressure from the socket.
 */
export function compressResponse(req: IncomingMessage, res: ServerResponse): void {
  const accepted =
    req.method === 'HEAD' ? undefined : negotiateEncoding(req.headers['accept-encoding']);
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  const flushHeaders = res.flushHeaders;
  // 'open': nothing decided; 'waiting': compressing, body still being collected; then final.
  let state: 'open' | 'waiting' | 'plain' | 'stream' | 'done' = 'open';
  let status = 200;
  let encoding: Encoding = 'br';
  const held: Buffer[] = [];
  let heldCallbacks: Callback[] = [];
  let timer: NodeJS.Immediate | undefined;
  let zstream: BrotliCompress | Gzip | undefined;

  const sendChunk = (data: Buffer) => (write as (data: Buffer) => boolean).call(res, data);
  const finish = (data?: Buffer, cb?: Callback) =>
    (end as (data?: Buffer, cb?: Callback) => ServerResponse).call(res, data, cb);

  const restore = () => {
    res.writeHead = writeHead;
    res.write = write;
    res.end = end;
    res.flushHeaders = flushHeaders;
  };

  /** Send as is: the real writeHead with what the response holds, then what was held back. */
  const sendPlain = () => {
    state = 'plain';
    restore();
    writeHead.call(res, status);
  };

  const startStream = () => {
    state = 'stream';
    res.removeHeader('Content-Length');
    res.setHeader('Content-Encoding', encoding);
    writeHead.call(res, status);
    const z = encoding === 'br' ? createBrotliCompress(brotliOptions) : createGzip(gzipOptions);
    zstream = z;
    z.on('data', (out: Buffer) => sendChunk(out));
    z.on('end', () => finish());
    z.on('error', (error) => res.destroy(error));
    res.once('close', () => z.destroy());
    for (const chunk of held) z.write(chunk);
    held.length = 0;
    z.flush();
    for (const cb of heldCallbacks) cb();
    heldCallbacks = [];
  };

  res.writeHead = function patchedWriteHead(
    this: ServerResponse,
    code: number,
    ...rest: unknown[]
  ) {
    if (state !== 'open') return writeHead.apply(this, [code, ...rest] as never);
    status = code;
    const reason = typeof rest[0] === 'string' ? rest[0] : undefined;
    if (reason) res.statusMessage = reason;
    applyHeaders(res, typeof rest[0] === 'string' ? rest[1] : rest[0]);
    if (!isCompressibleType(res.getHeader('content-type'))) {
      sendPlain();
      return res;
    }
    addVary(res);
    const declared = Number(res.getHeader('content-length'));
    const noBody = status < 200 || status === 204 || status === 304;
    const alreadyEncoded = res.hasHeader('content-encoding');
    const noTransform = /no-transform/i.test(String(res.getHeader('cache-control') ?? ''));
    if (
      !accepted ||
      noBody ||
      alreadyEncoded ||
      noTransform ||
      (Number.isFinite(declared) && declared < compressionThreshold)
    ) {
      sendPlain();
      return res;
    }
    encoding = accepted;
    state = 'waiting';
    return res;
  } as typeof res.writeHead;

  res.flushHeaders = function patchedFlushHeaders() {
    // Headers asked for before any body: the body will stream.
    if (state === 'waiting') startStream();
    else flushHeaders.call(res);
  };

  res.write = function patchedWrite(chunk: unknown, ...args: unknown[]): boolean {
    if (state === 'open') res.writeHead(res.statusCode);
    if (state === 'plain' || state === 'done') return write.apply(res, [chunk, ...args] as never);
    const enc = typeof args[0] === 'string' ? (args[0] as BufferEncoding) : undefined;
    const cb = args.find((a): a is Callback => typeof a === 'function');
    const buffer = toBuffer(chunk, enc);
    if (state === 'waiting') {
      // Wait for the rest of a body that is written in one go; past this turn it is a stream.
      held.push(buffer);
      if (cb) heldCallbacks.push(cb);
      timer ??= setImmediate(() => {
        if (state === 'waiting') startStream();
      });
      return true;
    }
    zstream?.write(buffer, cb);
    zstream?.flush();
    return !res.writableNeedDrain;
  } as typeof res.write;

  res.end = function patchedEnd(chunk?: unknown, ...args: unknown[]) {
    if (state === 'open') res.writeHead(res.statusCode);
    if (state === 'plain' || state === 'done') return end.apply(res, [chunk, ...args] as never);
    const cb = [chunk, ...args].find((a): a is Callback => typeof a === 'function');
    const enc = typeof args[0] === 'string' ? (args[0] as BufferEncoding) : undefined;
    const last = chunk == null || typeof chunk === 'function' ? undefined : toBuffer(chunk, enc);
    if (state === 'stream') {
      state = 'done';
      if (cb) res.once('finish', () => cb());
      if (last) zstream?.end(last);
      else zstream?.end();
      return res;
    }
    // 'waiting': the whole body is here.
    if (timer) clearImmediate(timer);
    if (last) held.push(last);
    const body = Buffer.concat(held);
    held.length = 0;
    state = 'done';
    if (body.length < compressionThreshold) {
      restore();
      res.setHeader('Content-Length', body.length);
      writeHead.call(res, status);
      for (const c of heldCallbacks) c();
      return finish(body, cb);
    }
    compressBody(body, encoding).then(
      (compressed) => {
        if (res.destroyed) return;
        restore();
        res.setHeader('Content-Encoding', encoding);
        res.setHeader('Content-Length', compressed.length);
        writeHead.call(res, status);
        for (const c of heldCallbacks) c();
        finish(compressed, cb);
      },
      (error: Error) => res.destroy(error),
    );
    return res;
  } as typeof res.end;
}
