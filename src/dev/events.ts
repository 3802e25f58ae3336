/**
 * Server-sent events to the open pages: `hello` when a page connects (so a
 * page built before the last write reloads at once), `reload` after a
 * build wrote files, `update` after a build that only changed the check
 * results (or failed, keeping the last good pages).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type DevEvent = 'hello' | 'reload' | 'update';

const HEARTBEAT_MS = 20_000;

export class EventHub {
  private readonly clients = new Set<ServerResponse>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor() {
    // A comment line now and then keeps proxies and idle timeouts from closing the stream.
    this.heartbeat = setInterval(() => this.write(': ping\n\n'), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  get size(): number {
    return this.clients.size;
  }

  attach(req: IncomingMessage, res: ServerResponse, hello: unknown): void {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(`retry: 1000\n${frame('hello', hello)}`);
    this.clients.add(res);
    const drop = () => this.clients.delete(res);
    req.on('close', drop);
    res.on('close', drop);
  }

  send(event: DevEvent, data: unknown): void {
    this.write(frame(event, data));
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private write(text: string): void {
    for (const res of this.clients) res.write(text);
  }
}

function frame(event: DevEvent, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}
