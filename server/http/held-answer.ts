// Holding back an answer until its body is complete, for the production server's filters that
// rewrite a whole page on its way out (script-hashes.ts adds the hashes of a page's scripts to its
// policy; not-found-page.ts fills Next.js's empty not-found shell). The filter decides once, from
// the status and headers, whether to hold the answer; a held answer's head (status and headers
// given to writeHead) is kept on the response and goes out with the body the filter sends.
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

type Args = unknown[];

/** The headers among writeHead's arguments (an object or a flat [name, value, …] list), lower-cased. */
export function headersOf(args: Args): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  const h = args.find((x) => x && typeof x === 'object');
  if (Array.isArray(h)) for (let i = 0; i + 1 < h.length; i += 2) out[String(h[i]).toLowerCase()] = h[i + 1] as string;
  else if (h) for (const [k, v] of Object.entries(h as OutgoingHttpHeaders)) out[k.toLowerCase()] = v;
  return out;
}

export type Hold = {
  /** Called once, with writeHead's arguments or `[statusCode]`: true holds the answer back. */
  decide(args: Args): boolean;
  /** The held answer's body, complete; the filter ends the answer with `send`. */
  release(body: Buffer, send: (body: Buffer) => void): void | Promise<void>;
  /** writeHead's arguments for an answer that passes (as given when absent). */
  passHead?(args: Args): Args;
};

export function holdAnswer(res: ServerResponse, hold: Hold): void {
  const writeHead = res.writeHead as (...a: Args) => ServerResponse;
  const write = res.write as (...a: Args) => boolean;
  const end = res.end as (...a: Args) => ServerResponse;
  const flushHeaders = res.flushHeaders;
  let mode: 'undecided' | 'pass' | 'hold' = 'undecided';
  const chunks: Buffer[] = [];

  const decide = (args: Args) => {
    if (mode === 'undecided') mode = hold.decide(args) ? 'hold' : 'pass';
  };
  const collect = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    if (typeof chunk === 'string')
      chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };

  res.writeHead = function (this: ServerResponse, ...args: Args) {
    decide(args);
    if (mode !== 'hold') return writeHead.call(this, ...(hold.passHead?.(args) ?? args));
    // The head is written with the body: kept on the response until then.
    for (const [k, v] of Object.entries(headersOf(args.slice(1)))) if (v !== undefined) this.setHeader(k, v);
    if (typeof args[1] === 'string') this.statusMessage = args[1];
    if (typeof args[0] === 'number') this.statusCode = args[0];
    return this;
  } as ServerResponse['writeHead'];
  res.flushHeaders = function (this: ServerResponse) {
    decide([this.statusCode]);
    if (mode !== 'hold') flushHeaders.call(this);
  };
  res.write = function (this: ServerResponse, chunk: unknown, ...rest: Args) {
    decide([this.statusCode]);
    if (mode !== 'hold') return write.call(this, chunk, ...rest);
    collect(chunk, rest[0]);
    const callback = rest.find((x) => typeof x === 'function') as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  } as ServerResponse['write'];
  res.end = function (this: ServerResponse, chunk?: unknown, ...rest: Args) {
    decide([this.statusCode]);
    if (mode !== 'hold') return end.call(this, chunk, ...rest);
    collect(chunk, rest[0]);
    const callback = [chunk, ...rest].find((x) => typeof x === 'function') as (() => void) | undefined;
    void hold.release(Buffer.concat(chunks), (body) => {
      // From here on the answer passes: Node.js calls writeHead itself when it ends.
      mode = 'pass';
      end.call(this, body, callback);
    });
    return this;
  } as ServerResponse['end'];
}
