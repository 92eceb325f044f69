// A TCP relay in front of PostgreSQL that a test can cut and restore at will: the application
// connects through it, so "the database went away" is exact and instant, without stopping a server
// other tests use.
//   up()      relays connections to the real server
//   refuse()  closes every open connection and stops listening (ECONNREFUSED)
//   reset()   keeps listening but drops each connection at once ("Connection terminated unexpectedly")
import net from 'node:net';

export type DbProxy = {
  port: number;
  /** DATABASE_URL with its host and port replaced by the relay's. */
  url: string;
  up(): Promise<void>;
  refuse(): Promise<void>;
  reset(): Promise<void>;
  close(): Promise<void>;
};

export async function freeTcpPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export async function startDbProxy(databaseUrl: string, port?: number): Promise<DbProxy> {
  const target = new URL(databaseUrl);
  const targetPort = Number(target.port || 5432);
  const listenPort = port ?? (await freeTcpPort());
  const sockets = new Set<net.Socket>();
  let mode: 'up' | 'reset' = 'up';
  let server: net.Server | null = null;

  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };
  const cutAll = () => {
    for (const s of sockets) s.destroy();
    sockets.clear();
  };
  const listen = async () => {
    if (server) return;
    const s = net.createServer((client) => {
      track(client);
      if (mode === 'reset') {
        client.destroy();
        return;
      }
      const upstream = net.connect(targetPort, target.hostname);
      track(upstream);
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) =>
      s.once('error', reject).listen(listenPort, '127.0.0.1', () => resolve()),
    );
    server = s;
  };
  const unlisten = async () => {
    const s = server;
    server = null;
    cutAll();
    if (s) await new Promise((resolve) => s.close(resolve));
  };

  await listen();
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String(listenPort);
  return {
    port: listenPort,
    url: url.toString(),
    async up() {
      mode = 'up';
      await listen();
    },
    async refuse() {
      await unlisten();
    },
    async reset() {
      mode = 'reset';
      cutAll();
      await listen();
    },
    close: unlisten,
  };
}
