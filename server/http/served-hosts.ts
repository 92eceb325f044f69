// The hosts the portal answers as itself: the one of PUBLIC_URL, and this server's own loopback
// addresses on its port (health checks, the benchmarks, the instance's call to itself). A request
// naming any other host is still answered, but never from or into a shared cache entry.

/** A test of a request's `Host` (lower case, as sent) against the hosts this server serves. */
export function servedHosts(publicUrl: string, port: number): (host: string) => boolean {
  const url = new URL(publicUrl);
  const defaultPort = url.protocol === 'https:' ? '443' : '80';
  const hosts = new Set([url.host.toLowerCase(), `${url.hostname.toLowerCase()}:${url.port || defaultPort}`]);
  for (const loopback of ['localhost', '127.0.0.1', '[::1]']) hosts.add(`${loopback}:${port}`);
  return (host) => hosts.has(host);
}
