/** One article file from disk to `readArticle`, read as safe-read allows. */
import { join } from 'node:path';
import { addMessage, createFile } from '../diagnostics.js';
import type { Settings } from '../types.js';
import { readArticle, type LoadedFile } from './article.js';
import { readRegularFile } from './safe-read.js';

export async function loadArticleFile(root: string, path: string, settings: Settings): Promise<LoadedFile> {
  const read = await readRegularFile(join(root, path), settings.limits.maxArticleBytes, 'limits.maxArticleBytes');
  if (read.ok) return readArticle(path, read.bytes, settings);
  const file = createFile(path, '');
  addMessage(file, { rule: 'frontmatter-invalid', message: read.message, start: { line: 1, column: 1 } });
  return { file };
}
