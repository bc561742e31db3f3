// Opens a port for a Hono app with @hono/node-server and reports the URL it listens on. Port 0
// picks a free port. close() stops accepting, ends idle keep-alive connections and resolves
// when the server has shut down.
import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Fetchable {
  fetch: (request: Request, ...rest: never[]) => Response | Promise<Response>;
}

export interface Listening {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Slow clients may not hold a connection open forever. */
const REQUEST_TIMEOUT_MS = 60_000;
const HEADERS_TIMEOUT_MS = 20_000;
const CLOSE_GRACE_MS = 5_000;

function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

export function listen(app: Fetchable, options: { port: number; host: string }): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch as never, port: options.port, hostname: options.host }) as Server;
    server.requestTimeout = REQUEST_TIMEOUT_MS;
    server.headersTimeout = HEADERS_TIMEOUT_MS;
    const onError = (err: Error): void => reject(err);
    server.once('error', onError);
    server.once('listening', () => {
      server.off('error', onError);
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${urlHost(options.host)}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeIdleConnections();
            // Requests still running after the grace period are cut off.
            setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
          }),
      });
    });
  });
}
