/**
 * The mock API's handlers behind a real HTTP server on localhost, so the browser tests
 * exercise the app's real fetch: cross-origin requests with their preflight, headers,
 * ETags and the browser's own cache. Requests are answered with MSW's `getResponse`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getResponse, type RequestHandler } from 'msw';
import { problem } from './submissionsApi.ts';

export interface RunningServer {
  /** "http://127.0.0.1:<port>/" */
  url: string;
  close(): Promise<void>;
}

function toRequest(incoming: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return new Request(new URL(incoming.url ?? '/', origin), { method: incoming.method ?? 'GET', headers });
}

async function send(response: Response, outgoing: ServerResponse): Promise<void> {
  // HttpResponse.error(): what a dropped connection looks like to the client.
  if (response.type === 'error') {
    outgoing.socket?.destroy();
    return;
  }
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  outgoing.writeHead(response.status, headers);
  outgoing.end(Buffer.from(await response.arrayBuffer()));
}

/** Starts the server; `handlers` gets the server's own address to build its URLs from. */
export async function startMockHttpServer(handlers: (url: string) => RequestHandler[], { port = 0, host = '127.0.0.1' } = {}): Promise<RunningServer> {
  let active: RequestHandler[] = [];
  let origin = '';
  const server = createServer((incoming, outgoing) => {
    void (async () => {
      try {
        const response = await getResponse(active, toRequest(incoming, origin));
        await send(response ?? problem(404, 'Not found', `Nothing is served at ${incoming.url ?? '/'}.`), outgoing);
      } catch (error) {
        outgoing.writeHead(500, { 'Content-Type': 'text/plain' });
        outgoing.end(`mock server failed: ${String(error)}`);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  origin = `http://${host}:${address.port}`;
  const url = `${origin}/`;
  active = handlers(url);
  return {
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
