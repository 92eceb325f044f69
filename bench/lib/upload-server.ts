// A loopback HTTP server around the report upload handler, for bench/upload.ts's memory
// measurement: the same code as POST /api/feedback (server/reports/upload.ts) with the session
// replaced by a user id header, in a process of its own so its RSS can be read from /proc.
// Never started by the portal; listens on 127.0.0.1 only. Run with bench/lib/server-only.cjs preloaded.
import http from 'node:http';
import { Readable } from 'node:stream';

async function main() {
  const { handleReportUpload } = await import('../../server/reports/upload');
  const server = http.createServer((req, res) => {
    void (async () => {
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
      const request = new Request(`http://${req.headers.host}${req.url}`, {
        method: req.method,
        headers,
        body: req.method === 'POST' ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
        duplex: 'half',
      } as RequestInit);
      const userId = req.headers['x-bench-user'];
      const response = await handleReportUpload(request, typeof userId === 'string' ? { id: userId } : null);
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    })().catch((e: unknown) => {
      console.error(e);
      res.writeHead(500).end();
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address() as { port: number };
    console.log(`READY ${address.port}`);
  });
}

void main();
