import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { STYLESHEET } from '../../src/render/assets.js';
import { renderFixture, writeToTemp } from './fixture.js';

const run = promisify(execFile);
const VNU = join(process.cwd(), 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

interface VnuMessage {
  type: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

/** Runs the Nu Html Checker over files; it exits non-zero when it finds errors, so the JSON is read either way. */
async function nuErrors(files: string[]): Promise<VnuMessage[]> {
  let output: string;
  try {
    output = (await run('java', ['-jar', VNU, '--errors-only', '--format', 'json', '--also-check-css', ...files], { maxBuffer: 64 << 20 })).stderr;
  } catch (error) {
    output = (error as { stderr?: string }).stderr ?? '';
    if (!output.trim().startsWith('{')) throw error;
  }
  return (JSON.parse(output) as { messages: VnuMessage[] }).messages;
}

describe('the Nu Html Checker', () => {
  it('finds no errors in the pages and stylesheet of a build, hostile Markdown included', { timeout: 120_000 }, async () => {
    const paths: string[] = [];
    for (const name of ['basic', 'hostile']) {
      const { files } = await renderFixture(name);
      const dir = await writeToTemp(files);
      paths.push(...files.filter((f) => /\.(html|css)$/.test(f.path)).map((f) => join(dir, f.path)));
    }
    expect(paths.filter((p) => p.endsWith('.html')).length).toBeGreaterThanOrEqual(12);
    const errors = await nuErrors(paths);
    expect(errors.map((m) => `${m.url}:${m.lastLine}: ${m.message}`)).toEqual([]);
  });

  it('does report errors (the check can fail)', { timeout: 120_000 }, async () => {
    const dir = await writeToTemp([
      { path: 'bad.html', content: '<!doctype html><html lang="en"><head><title>x</title></head><body><p><tt>old</tt></p></body></html>' },
    ]);
    const errors = await nuErrors([join(dir, 'bad.html')]);
    expect(errors.some((m) => m.message.includes('tt'))).toBe(true);
  });
});

describe('the stylesheet', () => {
  it('keeps Korean words whole when wrapping', () => {
    const rule = /:lang\(ko\)\s*\{([^}]*)\}/.exec(STYLESHEET)?.[1] ?? '';
    expect(rule).toMatch(/word-break:\s*keep-all/);
  });

  it('needs no network: no web fonts, imports or remote URLs', () => {
    expect(STYLESHEET).not.toMatch(/@import|@font-face|url\(/i);
  });

  it('sets a readable measure and adapts to narrow screens', () => {
    expect(STYLESHEET).toMatch(/--measure:\s*40rem/);
    expect(STYLESHEET).toMatch(/@media \(min-width:/);
    expect(STYLESHEET).toMatch(/prefers-color-scheme:\s*dark/);
  });
});
