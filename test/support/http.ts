import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Start a local HTTP server on 127.0.0.1 with a free port; returns its base URL and a close function. */
export async function listen(handler: http.RequestListener): Promise<{ server: http.Server; url: string; port: number; close: () => Promise<void> }> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
