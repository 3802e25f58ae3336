/**
 * Every test file gets a cache root of its own, in a fresh temporary
 * folder removed at its end: tests never read or write the user's cache
 * folder (~/.cache/pairpress), nor each other's. Child processes inherit
 * it through the environment. A test that wants another cache folder
 * passes --cache-dir, or PAIRPRESS_CACHE_DIR in the child's environment.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'pairpress-test-cache-'));
process.env.PAIRPRESS_CACHE_DIR = root;

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});
