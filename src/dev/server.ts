/**
 * `pairpress dev`: builds the site into `output/` with the preview's own
 * address as the base URL, serves it on 127.0.0.1 (sirv for files, the
 * overlay script added to HTML as it is served), rebuilds on every change
 * and tells open pages to reload or refresh their overlay.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, posix, resolve, sep } from 'node:path';
import sirv from 'sirv';
import { UserError } from '../errors.js';
import { CLIENT_PATH, CLIENT_SCRIPT, clientTag, EVENTS_PATH, REPORT_PATH } from './client.js';
import { EventHub } from './events.js';
import { ReadWriteGate } from './gate.js';
import { DevBuilder, REVIEW_URL, unreadableFiles, type DevBuild } from './rebuild.js';
import { watchSite, type SiteWatcher } from './watch.js';

export const DEFAULT_PORT = 4321;
const HOST = '127.0.0.1';

export interface DevServerOptions {
  root: string;
  /** 0 picks a free port; default 4321 */
  port?: number;
  /** default `output/` in the root */
  out?: string;
  /** one line per event worth telling (rebuilds, broken files) */
  log?: (line: string) => void;
  /** quiet time after a change before rebuilding */
  debounceMs?: number;
}

export interface DevServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** the last build */
  current(): DevBuild;
  /** rebuilds now (as a change would) and tells the pages */
  rebuild(changed?: string[]): Promise<DevBuild>;
  close(): Promise<void>;
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const root = resolve(options.root);
  const out = resolve(options.out ?? join(root, 'output'));
  const log = options.log ?? (() => undefined);
  const hub = new EventHub();
  const gate = new ReadWriteGate();
  // Made once the port is known (it is part of the base URL); no request arrives before.
  let builder!: DevBuilder;
  let port = options.port ?? DEFAULT_PORT;
  const files = sirv(out, { dev: true, etag: true, dotfiles: false });

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) respond(res, 500, 'text/plain; charset=utf-8', `pairpress dev: ${(error as Error).message}\n`);
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHost(req.headers.host, port)) return respond(res, 403, 'text/plain; charset=utf-8', 'pairpress dev answers only to 127.0.0.1 and localhost\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return respond(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
    }
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    if (url.pathname === CLIENT_PATH) return respond(res, 200, 'text/javascript; charset=utf-8', CLIENT_SCRIPT, req);
    if (url.pathname === EVENTS_PATH) return hub.attach(req, res, hello());
    if (url.pathname === REPORT_PATH) {
      const report = builder.report(url.searchParams.get('page') ?? '/');
      return respond(res, 200, 'application/json; charset=utf-8', JSON.stringify(report), req);
    }
    const release = await gate.read();
    res.on('close', release);
    res.on('finish', release);
    await serveFile(req, res, url);
  }

  async function serveFile(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return respond(res, 400, 'text/plain; charset=utf-8', 'bad request\n');
    }
    const relative = posix.normalize(path).replace(/^\/+/, '');
    const target = join(out, ...relative.split('/'));
    if (path.includes('\0') || (target !== out && !target.startsWith(out + sep))) return respond(res, 404, 'text/plain; charset=utf-8', 'not found\n');
    if (path.endsWith('/') || extname(path) === '.html') {
      const file = path.endsWith('/') ? join(target, 'index.html') : target;
      const html = await readFile(file, 'utf8').catch(() => undefined);
      if (html !== undefined) return sendHtml(req, res, 200, html, !url.pathname.startsWith(REVIEW_URL));
    } else if (extname(path) === '' && (await isFile(join(target, 'index.html')))) {
      // Pages link relatively: /en/story must become /en/story/ before anything resolves against it.
      res.setHeader('Location', `${url.pathname}/${url.search}`);
      return respond(res, 301, 'text/plain; charset=utf-8', 'moved\n');
    } else {
      const found = await new Promise<boolean>((done) => {
        files(req, res, () => done(false));
        res.once('finish', () => done(true));
        res.once('close', () => done(true));
      });
      if (found) return;
    }
    return sendHtml(req, res, 404, notFoundPage(path), true);
  }

  function sendHtml(req: IncomingMessage, res: ServerResponse, status: number, html: string, overlay: boolean): void {
    respond(res, status, 'text/html; charset=utf-8', overlay ? injectClient(html, builder.current.id) : html, req);
  }

  const hello = () => ({ build: builder.current.id, lastWrite: builder.lastWrite });

  await listen(server, port);
  const address = server.address();
  if (typeof address === 'object' && address) port = address.port;
  const url = `http://${HOST}:${port}`;
  builder = new DevBuilder({ root, out, baseUrl: url }, (write) => gate.write(write));

  // Changes that arrive during a build are gathered and built once more after it.
  let pending: string[] | undefined;
  let running: Promise<DevBuild> | undefined;
  const rebuild = (changed: string[] = []): Promise<DevBuild> => {
    pending = [...(pending ?? []), ...changed];
    running ??= (async () => {
      let build = builder.current;
      try {
        while (pending) {
          const next = pending;
          pending = undefined;
          build = await runBuild(builder, next, hub, log);
        }
      } finally {
        running = undefined;
      }
      return build;
    })();
    return running;
  };

  let watcher: SiteWatcher | undefined;
  try {
    await rebuild();
    watcher = await watchSite(root, (paths) => void rebuild(paths), options.debounceMs !== undefined ? { debounceMs: options.debounceMs } : {});
  } catch (error) {
    hub.close();
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    throw error;
  }

  return {
    url,
    port,
    current: () => builder.current,
    rebuild,
    async close() {
      await watcher?.close();
      await running?.catch(() => undefined);
      hub.close();
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}

async function runBuild(builder: DevBuilder, changed: string[], hub: EventHub, log: (line: string) => void): Promise<DevBuild> {
  const build = await builder.build();
  log(describeBuild(build, changed));
  hub.send(build.written > 0 ? 'reload' : 'update', { build: build.id, status: build.status });
  return build;
}

/** One line for the terminal: what changed, how the build went. */
export function describeBuild(build: DevBuild, changed: string[]): string {
  const what = changed.length === 0 ? 'built' : `${changed.slice(0, 3).join(', ')}${changed.length > 3 ? ` and ${changed.length - 3} more` : ''} changed: rebuilt`;
  const ms = `${Math.round(build.ms)} ms`;
  if (build.status === 'failed') return `${what} in ${ms}, but the site could not be built: ${(build.error ?? '').replace(/\.$/, '')}. The last good pages stay.`;
  const diagnostics = build.checked?.result.diagnostics ?? [];
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const findings = `${errors} error${errors === 1 ? '' : 's'}, ${diagnostics.length - errors} warning${diagnostics.length - errors === 1 ? '' : 's'}`;
  if (build.status === 'broken') {
    const files = build.checked ? unreadableFiles(build.checked).join(', ') : '';
    return `${what} in ${ms}: ${files} could not be read, so nothing was written; the last good pages stay (${findings}).`;
  }
  return `${what} in ${ms}: ${findings}; ${build.written} file${build.written === 1 ? '' : 's'} written.`;
}

/** Adds the overlay script before `</body>` (or at the end); the file on disk stays as it was. */
export function injectClient(html: string, build: number): string {
  const tag = clientTag(build);
  const at = html.lastIndexOf('</body>');
  return at === -1 ? `${html}${tag}\n` : `${html.slice(0, at)}${tag}\n${html.slice(at)}`;
}

function notFoundPage(path: string): string {
  const escaped = path.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Not found</title></head><body><h1>Not found</h1><p>Nothing was built at <code>${escaped}</code>. <a href="/">Back to the start page</a>.</p></body></html>\n`;
}

function respond(res: ServerResponse, status: number, type: string, body: string, req?: IncomingMessage): void {
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': bytes.length, 'Cache-Control': 'no-store' });
  res.end(req?.method === 'HEAD' ? undefined : bytes);
}

/** Only our own names: a page on another site cannot reach the preview through a DNS trick. */
function allowedHost(host: string | undefined, port: number): boolean {
  if (!host) return true;
  return host === `${HOST}:${port}` || host === `localhost:${port}` || host === HOST || host === 'localhost';
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') fail(new UserError(`port ${port} on ${HOST} is in use; stop what runs there, or pass --port N`));
      else if (error.code === 'EACCES') fail(new UserError(`port ${port} needs privileges; pass --port with a number above 1023`));
      else fail(error);
    });
    server.listen(port, HOST, () => done());
  });
}
