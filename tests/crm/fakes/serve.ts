// Serves a fake CRM on 127.0.0.1 for the e2e test and the bench: each HTTP request becomes a fetch
// Request for the fake's handler; a dropped answer (LostAnswer) closes the socket unanswered.
// It answers CORS too: headless Chromium cannot show the host-permission prompt, so in the e2e
// test the extension reaches the fake as a cross-origin request, without a granted host.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LostAnswer } from './core';

export interface ServedFake {
  origin: string;
  close: () => Promise<void>;
}

export async function serveFake(handle: (request: Request) => Promise<Response>): Promise<ServedFake> {
  const server = createServer((incoming, outgoing) => void answer(incoming, outgoing, handle));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function answer(incoming: IncomingMessage, outgoing: ServerResponse, handle: (request: Request) => Promise<Response>) {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const body = chunks.length ? Buffer.concat(chunks) : undefined;
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value);
  const method = incoming.method ?? 'GET';
  const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'authorization, content-type, x-api-token', 'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE' };
  if (method === 'OPTIONS') {
    outgoing.writeHead(204, cors);
    outgoing.end();
    return;
  }
  try {
    const response = await handle(new Request(`http://${incoming.headers.host}${incoming.url}`, { method, headers, body: method === 'GET' || method === 'HEAD' ? undefined : body }));
    outgoing.writeHead(response.status, { ...Object.fromEntries(response.headers), ...cors });
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  } catch (error) {
    if (error instanceof LostAnswer) outgoing.socket?.destroy();
    else {
      outgoing.writeHead(500);
      outgoing.end(String(error));
    }
  }
}
