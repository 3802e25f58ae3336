/** Temporary sites for tests that need bytes a fixture folder cannot hold well. */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export async function makeSite(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'pairpress-test-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

/** A minimal valid article. */
export function article(title: string, body: string, extra = ''): string {
  return `---\ntitle: ${title}\ndate: 2026-01-17T09:00:00+09:00\n${extra}---\n\n${body}\n`;
}
