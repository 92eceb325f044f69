import 'server-only';
import { AwsClient } from 'aws4fetch';
import { assertKey, MissingObjectError, type PhotoStorage, type StoredObject } from './types';

const TEMP_PREFIX = 'tmp/';

export type S3Config = {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

/**
 * Any S3-compatible service (AWS S3, MinIO, Ceph, Viettel/FPT object storage), signed with SigV4.
 * Path-style addresses (<endpoint>/<bucket>/<key>) work with every one of them. Uncommitted photos
 * live under tmp/; promote is CopyObject then DeleteObject, as S3 has no rename.
 */
export class S3Storage implements PhotoStorage {
  readonly kind = 's3' as const;
  private readonly client: AwsClient;
  private readonly base: string;

  constructor(private readonly config: S3Config) {
    this.client = new AwsClient({
      accessKeyId: config.accessKeyId,
      secretAccessKey: config.secretAccessKey,
      region: config.region,
      service: 's3',
      retries: 2,
    });
    this.base = `${config.endpoint.replace(/\/+$/, '')}/${encodeURIComponent(config.bucket)}`;
  }

  private url(objectKey: string): string {
    return `${this.base}/${objectKey.split('/').map(encodeURIComponent).join('/')}`;
  }

  private async send(url: string, init: RequestInit, okStatuses: number[] = []): Promise<Response> {
    const res = await this.client.fetch(url, init);
    if (!res.ok && !okStatuses.includes(res.status)) {
      const text = await res.text().catch(() => '');
      throw new Error(
        `S3 ${init.method ?? 'GET'} ${new URL(url).pathname} failed: ${res.status} ${text.slice(0, 300)}`,
      );
    }
    return res;
  }

  async putTemp(key: string, data: Uint8Array, contentType: string): Promise<void> {
    assertKey(key);
    const res = await this.send(this.url(TEMP_PREFIX + key), {
      method: 'PUT',
      body: data as Uint8Array<ArrayBuffer>,
      headers: { 'Content-Type': contentType, 'Content-Length': String(data.byteLength) },
    });
    await res.body?.cancel();
  }

  async promote(key: string): Promise<void> {
    assertKey(key);
    const copy = await this.send(
      this.url(key),
      {
        method: 'PUT',
        headers: {
          'x-amz-copy-source': `/${encodeURIComponent(this.config.bucket)}/${(TEMP_PREFIX + key).split('/').map(encodeURIComponent).join('/')}`,
        },
      },
      [404],
    );
    const text = await copy.text();
    if (copy.status === 404) {
      // Promoted before (a retry or the sweep): fine as long as the visible object is there.
      const head = await this.send(this.url(key), { method: 'HEAD' }, [404]);
      if (head.status === 404) throw new MissingObjectError(key);
      return;
    }
    // CopyObject can answer 200 with an <Error> body.
    if (text.includes('<Error>')) throw new Error(`S3 copy ${key} failed: ${text.slice(0, 300)}`);
    await this.discardTemp(key);
  }

  async discardTemp(key: string): Promise<void> {
    assertKey(key);
    const res = await this.send(this.url(TEMP_PREFIX + key), { method: 'DELETE' }, [404]);
    await res.body?.cancel();
  }

  async get(key: string): Promise<StoredObject | null> {
    assertKey(key);
    const res = await this.send(this.url(key), { method: 'GET' }, [404]);
    if (res.status === 404 || !res.body) {
      await res.body?.cancel();
      return null;
    }
    return {
      body: res.body,
      size: Number(res.headers.get('content-length') ?? 0),
      contentType: res.headers.get('content-type') ?? 'image/webp',
    };
  }

  async delete(key: string): Promise<void> {
    assertKey(key);
    const res = await this.send(this.url(key), { method: 'DELETE' }, [404]);
    await res.body?.cancel();
  }

  async listTemp(olderThan: Date): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const params = new URLSearchParams({ 'list-type': '2', prefix: TEMP_PREFIX, 'max-keys': '1000' });
      if (token) params.set('continuation-token', token);
      const res = await this.send(`${this.base}?${params}`, { method: 'GET' });
      const xml = await res.text();
      for (const [, body] of xml.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g)) {
        const key = decodeXml(body!.match(/<Key>([\s\S]*?)<\/Key>/)?.[1] ?? '');
        const modified = new Date(body!.match(/<LastModified>([\s\S]*?)<\/LastModified>/)?.[1] ?? 0);
        if (key.startsWith(TEMP_PREFIX) && modified < olderThan) keys.push(key.slice(TEMP_PREFIX.length));
      }
      token = /<IsTruncated>true<\/IsTruncated>/.test(xml)
        ? decodeXml(xml.match(/<NextContinuationToken>([\s\S]*?)<\/NextContinuationToken>/)?.[1] ?? '') || undefined
        : undefined;
    } while (token);
    return keys;
  }
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}
