import 'server-only';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import busboy from 'busboy';

// Multipart bodies are read as a stream with hard limits, so a large or hostile body is refused
// while it arrives instead of after it has filled memory or disk. File names and declared types
// are never used: a photo is whatever its bytes are (server/reports/photos.ts).

export type UploadLimits = {
  /** Photos accepted; one more stops the reading (413). */
  maxFiles: number;
  /** Bytes per photo; one more stops the reading (413). */
  maxFileBytes: number;
  /** Bytes per text field: longer values are cut and marked, so the form can say "too long". */
  maxFieldBytes: number;
  /** The name of the repeated file field. */
  fileField: string;
};

export type UploadErrorKey =
  | 'notMultipart'
  | 'badMultipart'
  | 'bodyTooLarge'
  | 'tooManyPhotos'
  | 'photoTooBig'
  | 'tooManyFields'
  | 'unexpectedFile';

/** A body we stop reading; `key` is its error code (lib/errors.ts). */
export class UploadError extends Error {
  constructor(
    readonly key: UploadErrorKey,
    readonly status: 400 | 413,
    /** 1-based number of the photo concerned, when there is one. */
    readonly photo?: number,
  ) {
    super(key);
  }
}

export type ParsedUpload<T> = {
  /** Text fields, first value of each name (repeated names other than `repeated` are ignored). */
  fields: Record<string, string>;
  /** Text fields that were cut at maxFieldBytes. */
  truncated: Set<string>;
  /** Every value of repeated text fields, in order (e.g. photoAlt). */
  lists: Record<string, string[]>;
  /** One result per non-empty file part, in order, from `onFile`. */
  files: { index: number; result: Promise<T> }[];
};

/**
 * Reads a multipart/form-data request. Each complete file is handed to `onFile` as soon as it has
 * arrived (so photos are processed while the rest is still uploading); its promise is collected.
 * Rejects with UploadError as soon as a limit is crossed; the rest of the body is not read.
 */
export function parseUpload<T>(
  request: Request,
  limits: UploadLimits,
  onFile: (bytes: Buffer, index: number) => Promise<T>,
  repeated: string[] = [],
): Promise<ParsedUpload<T>> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!/^multipart\/form-data\s*;/i.test(contentType) || !request.body)
    return Promise.reject(new UploadError('notMultipart', 400));
  // A declared length beyond every photo plus the text fields is refused before reading anything.
  const drainLimit = limits.maxFiles * limits.maxFileBytes + 1024 * 1024;
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > drainLimit) {
    return Promise.reject(new UploadError('bodyTooLarge', 413));
  }

  return new Promise<ParsedUpload<T>>((resolve, reject) => {
    const out: ParsedUpload<T> = {
      fields: {},
      truncated: new Set(),
      lists: Object.fromEntries(repeated.map((r) => [r, []])),
      files: [],
    };
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: { 'content-type': contentType },
        limits: {
          files: limits.maxFiles,
          fileSize: limits.maxFileBytes,
          fieldSize: limits.maxFieldBytes,
          fields: 40,
          parts: 60,
          fieldNameSize: 100,
        },
        defParamCharset: 'utf8',
      });
    } catch {
      reject(new UploadError('badMultipart', 400));
      return;
    }
    const source = Readable.fromWeb(request.body as unknown as NodeReadableStream<Uint8Array>);
    let done = false;
    let filePart = 0;

    const fail = (error: UploadError) => {
      if (done) return;
      done = true;
      // Stop parsing and keeping anything. The rest of the body is read and dropped, up to the
      // largest body we could ever accept, so that a browser still sending it receives the answer
      // instead of a reset connection; beyond that the connection is cut.
      source.unpipe(parser);
      parser.removeAllListeners('file');
      parser.removeAllListeners('field');
      let dropped = 0;
      source.on('data', (chunk: Buffer) => {
        dropped += chunk.length;
        if (dropped > drainLimit) source.destroy();
      });
      source.resume();
      // Results already started are not awaited by anyone now: keep their errors from going unhandled.
      for (const f of out.files) f.result.catch(() => undefined);
      reject(error);
    };

    parser.on('field', (name, value, info) => {
      if (done) return;
      if (repeated.includes(name)) {
        out.lists[name]!.push(value);
        return;
      }
      if (!(name in out.fields)) out.fields[name] = value;
      if (info.valueTruncated) out.truncated.add(name);
    });

    parser.on('file', (name, stream, info) => {
      if (done) {
        stream.resume();
        return;
      }
      if (name !== limits.fileField) {
        stream.resume();
        fail(new UploadError('unexpectedFile', 400));
        return;
      }
      const index = filePart++;
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        chunks.push(chunk);
      });
      stream.on('limit', () => {
        chunks.length = 0;
        fail(new UploadError('photoTooBig', 413, index + 1));
      });
      stream.on('end', () => {
        if (done || stream.truncated) return;
        // A file input left empty still sends a part with no name and no bytes: that is "no photo".
        if (size === 0 && !info.filename) return;
        const bytes = Buffer.concat(chunks, size);
        chunks.length = 0;
        out.files.push({ index, result: onFile(bytes, index) });
      });
      stream.on('error', () => fail(new UploadError('badMultipart', 400)));
    });

    parser.on('filesLimit', () => fail(new UploadError('tooManyPhotos', 413, limits.maxFiles + 1)));
    parser.on('fieldsLimit', () => fail(new UploadError('tooManyFields', 413)));
    parser.on('partsLimit', () => fail(new UploadError('tooManyFields', 413)));
    parser.on('error', () => fail(new UploadError('badMultipart', 400)));
    source.on('error', () => fail(new UploadError('badMultipart', 400)));
    parser.on('close', () => {
      if (done) return;
      done = true;
      resolve(out);
    });
    source.pipe(parser);
  });
}
