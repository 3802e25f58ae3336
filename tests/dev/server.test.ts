/** The preview server without a browser: HTTP, server-sent events, rebuilds, broken files. */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { get, request, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devCommand } from '../../src/cli/commands/dev.js';
import type { PageReport } from '../../src/dev/rebuild.js';
import { startDevServer, type DevServer } from '../../src/dev/server.js';
import { isWatched } from '../../src/dev/watch.js';
import { runCli } from '../helpers/cli.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/browser/site');
const EN = 'articles/2026/02/harbour-cleanup.en.md';

async function copyFixture(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'pairpress-dev-'));
  await cp(FIXTURE, root, { recursive: true });
  return root;
}

interface Response {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
}

function fetchText(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A raw path, sent as is (no URL normalization on the way). */
function fetchRaw(base: string, path: string): Promise<number> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

interface SseEvent {
  event: string;
  data: unknown;
}

/** Listens to the event stream and collects its events. */
function listen(url: string): Promise<{ events: SseEvent[]; next(name: string, after?: number, ms?: number): Promise<SseEvent>; close(): void }> {
  return new Promise((resolve, reject) => {
    const events: SseEvent[] = [];
    const waiters: Array<() => void> = [];
    const req = get(url, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (event) events.push({ event, data: data ? JSON.parse(data) : undefined });
          waiters.splice(0).forEach((w) => w());
        }
      });
      resolve({
        events,
        next(name, after = 0, ms = 10_000) {
          return new Promise((done, fail) => {
            const timer = setTimeout(() => fail(new Error(`no "${name}" event within ${ms} ms; got ${JSON.stringify(events)}`)), ms);
            const look = () => {
              const found = events.slice(after).find((e) => e.event === name);
              if (found) {
                clearTimeout(timer);
                done(found);
              } else waiters.push(look);
            };
            look();
          });
        },
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
  });
}

async function report(server: DevServer, page: string): Promise<PageReport> {
  return JSON.parse((await fetchText(`${server.url}/__pairpress/diagnostics?page=${encodeURIComponent(page)}`)).body) as PageReport;
}

describe('dev server', () => {
  let root: string;
  let server: DevServer;
  const log: string[] = [];

  beforeAll(async () => {
    root = await copyFixture();
    server = await startDevServer({ root, port: 0, debounceMs: 30, log: (line) => log.push(line) });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('listens on 127.0.0.1 only and builds into output/ with its own address as the base URL', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.current().status).toBe('ok');
    const onDisk = await readFile(join(root, 'output/en/harbour-cleanup/index.html'), 'utf8');
    expect(onDisk).toContain(`<link rel="canonical" href="${server.url}/en/harbour-cleanup/">`);
    expect(log[0]).toMatch(/^built in \d+ ms: \d+ errors?, \d+ warnings?; \d+ files? written\.$/);
  });

  it('adds the overlay script to pages as it serves them; the files on disk stay clean', async () => {
    const page = await fetchText(`${server.url}/en/harbour-cleanup/`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toMatch(/<script src="\/__pairpress\/client\.js" data-build="\d+" defer><\/script>\n<\/body>/);
    expect(await readFile(join(root, 'output/en/harbour-cleanup/index.html'), 'utf8')).not.toContain('__pairpress');
    const client = await fetchText(`${server.url}/__pairpress/client.js`);
    expect(client.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(client.body).toContain('EventSource');
    const css = await fetchText(`${server.url}/assets/style.css`);
    expect(css.status).toBe(200);
    expect(css.body).not.toContain('__pairpress');
  });

  it('redirects a page address without its slash, answers 404 outside the output, refuses other host names', async () => {
    const moved = await fetchText(`${server.url}/ko/harbour-cleanup`);
    expect(moved.status).toBe(301);
    expect(moved.headers.location).toBe('/ko/harbour-cleanup/');
    expect(await fetchRaw(server.url, '/../../etc/passwd')).toBe(404);
    expect(await fetchRaw(server.url, '/%2e%2e/%2e%2e/etc/passwd')).toBe(404);
    expect(await fetchRaw(server.url, '/ko/%2e%2e/%2e%2e/%2e%2e/pairpress.config.json')).toBe(404);
    const missing = await fetchText(`${server.url}/en/no-such-story/`);
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('__pairpress/client.js');
    expect((await fetchText(`${server.url}/`, { Host: 'attacker.example' })).status).toBe(403);
  });

  it('reports the findings of the page’s pair with file and line, and nothing for a clean pair', async () => {
    const mismatched = await report(server, '/en/bridge-inspection/');
    expect(mismatched.status).toBe('ok');
    expect(mismatched.page?.key).toBe('2026/02/bridge-inspection');
    const field = mismatched.diagnostics.find((d) => d.rule === 'frontmatter-mismatch');
    expect(field).toMatchObject({ file: 'articles/2026/02/bridge-inspection.en.md', line: 3, column: 1 });
    expect(mismatched.diagnostics.every((d) => d.key === '2026/02/bridge-inspection')).toBe(true);
    const clean = await report(server, '/ko/harbour-cleanup/index.html');
    expect(clean.page?.key).toBe('2026/02/harbour-cleanup');
    expect(clean.diagnostics).toEqual([]);
    expect((await report(server, '/')).page).toBeUndefined();
  });

  it('rebuilds after a save and tells open pages to reload', async () => {
    const stream = await listen(`${server.url}/__pairpress/events`);
    try {
      await stream.next('hello');
      const seen = stream.events.length;
      const path = join(root, EN);
      await writeFile(path, (await readFile(path, 'utf8')).replace('The authority plans', 'The port authority plans'));
      const reload = await stream.next('reload', seen);
      expect(reload.data).toMatchObject({ status: 'ok' });
      const page = await fetchText(`${server.url}/en/harbour-cleanup/`);
      expect(page.body).toContain('The port authority plans');
      expect(log.at(-1)).toContain(`${EN} changed: rebuilt`);
    } finally {
      stream.close();
    }
  });

  it('keeps the last good pages when a file breaks, shows why, and recovers when it is fixed', async () => {
    const stream = await listen(`${server.url}/__pairpress/events`);
    const path = join(root, EN);
    const good = await readFile(path, 'utf8');
    const before = await readFile(join(root, 'output/en/harbour-cleanup/index.html'), 'utf8');
    try {
      await stream.next('hello');
      let seen = stream.events.length;
      await writeFile(path, good.replace('date: 2026-02-07T10:00:00+09:00', 'date: next Saturday'));
      expect((await stream.next('update', seen)).data).toMatchObject({ status: 'broken' });
      expect(await readFile(join(root, 'output/en/harbour-cleanup/index.html'), 'utf8')).toBe(before);
      const page = await fetchText(`${server.url}/en/harbour-cleanup/`);
      expect(page.status).toBe(200);
      expect(page.body).toContain('The port authority plans');
      const broken = await report(server, '/en/harbour-cleanup/');
      expect(broken.status).toBe('broken');
      expect([...broken.site, ...broken.diagnostics]).toContainEqual(expect.objectContaining({ rule: 'frontmatter-invalid', file: EN, line: 3 }));
      expect(log.at(-1)).toContain(`${EN} could not be read, so nothing was written`);

      seen = stream.events.length;
      await writeFile(path, good.replace('The port authority plans', 'The authority now plans'));
      expect((await stream.next('reload', seen)).data).toMatchObject({ status: 'ok' });
      const fixed = await report(server, '/en/harbour-cleanup/');
      expect(fixed.status).toBe('ok');
      expect(fixed.site).toEqual([]);
      expect((await fetchText(`${server.url}/en/harbour-cleanup/`)).body).toContain('The authority now plans');
    } finally {
      stream.close();
    }
  });

  it('shows a settings file that does not parse, and keeps serving', async () => {
    const settings = join(root, 'pairpress.config.json');
    const good = await readFile(settings, 'utf8');
    try {
      await writeFile(settings, '{ "title": ');
      const failed = await server.rebuild(['pairpress.config.json']);
      expect(failed.status).toBe('failed');
      const shown = await report(server, '/en/harbour-cleanup/');
      expect(shown.status).toBe('failed');
      expect(shown.error).toMatch(/pairpress\.config\.json/);
      expect((await fetchText(`${server.url}/en/harbour-cleanup/`)).status).toBe(200);
    } finally {
      await writeFile(settings, good);
      expect((await server.rebuild(['pairpress.config.json'])).status).toBe('ok');
    }
  });
});

describe('dev server lifecycle', () => {
  it('closes: the port stops answering', async () => {
    const root = await copyFixture();
    const server = await startDevServer({ root, port: 0 });
    const stream = await listen(`${server.url}/__pairpress/events`);
    await stream.next('hello');
    await server.close();
    await expect(fetchText(`${server.url}/`)).rejects.toThrow();
  });

  it('says which port is taken', async () => {
    const root = await copyFixture();
    const first = await startDevServer({ root, port: 0 });
    try {
      await expect(startDevServer({ root, port: first.port })).rejects.toThrow(new RegExp(`port ${first.port} .* in use`));
    } finally {
      await first.close();
    }
  });
});

describe('pairpress dev', () => {
  it('prints the address, serves until stopped, then stops cleanly', async () => {
    const root = await copyFixture();
    let out = '';
    const stop = new AbortController();
    const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (out += t), isTTY: false, env: {}, cwd: root };
    const running = devCommand({ root, port: 0 }, io, stop.signal);
    const started = Date.now();
    while (!/Preview: (http:\/\/127\.0\.0\.1:\d+)\//.test(out) && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 20));
    const url = /Preview: (http:\/\/127\.0\.0\.1:\d+)\//.exec(out)![1]!;
    expect((await fetchText(`${url}/ko/harbour-cleanup/`)).status).toBe(200);
    stop.abort();
    expect(await running).toBe(0);
    expect(out).toMatch(/Stopped\.\n$/);
    await expect(fetchText(`${url}/`)).rejects.toThrow();
  });

  it('exits 2 with the reason when the site folder does not exist, instead of serving nothing', async () => {
    const missing = join(tmpdir(), `pairpress-no-site-${process.pid}`);
    const run = await runCli(['dev', '--root', missing, '--port', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot read the site folder "${missing}": it does not exist`);
    expect(run.stdout).not.toMatch(/Preview:/);
  });

  it('rejects a port that is not a number, as a usage error', async () => {
    const run = await runCli(['dev', '--port', 'eighty']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/port number/);
  });
});

describe('isWatched', () => {
  it('watches what a build reads and nothing it writes', () => {
    for (const path of ['', 'articles', 'articles/2026/01/a.ko.md', 'locales/en/common.json', 'locales/glossary.yaml', 'pairpress.config.json', 'package.json']) {
      expect(isWatched(path), path).toBe(true);
    }
    for (const path of ['output', 'output/index.html', 'node_modules', '.git', 'articles-old/x.ko.md', '.pairpress-output-lock']) {
      expect(isWatched(path), path).toBe(false);
    }
  });
});
