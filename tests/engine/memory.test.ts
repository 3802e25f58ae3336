/**
 * The collection a build asks for between the parts it renders: it frees
 * what a part left behind once the heap has grown large.
 */
import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/engine/memory.js';

const MB = 1024 * 1024;

/** Leaves about `mb` megabytes of garbage behind: a rendered part's trees, say. */
function leaveGarbage(mb: number): number {
  let kept = 0;
  for (let i = 0; i < mb; i++) {
    const block = Array.from({ length: MB / 64 }, (_, j) => ({ i, j, text: `node ${i}.${j}` }));
    kept += block.length;
  }
  return kept;
}

describe('collectGarbage', () => {
  it('frees the garbage once the heap has grown past what is worth collecting', () => {
    // Something live, so that the heap is large whatever the young generation did meanwhile.
    const live = Array.from({ length: 80 }, () => new Array<number>(MB / 8).fill(1.5));
    leaveGarbage(120);
    const before = getHeapStatistics().used_heap_size;
    collectGarbage();
    const after = getHeapStatistics().used_heap_size;
    expect(before).toBeGreaterThan(64 * MB);
    expect(after).toBeLessThan(before - 32 * MB);
    expect(live).toHaveLength(80);
  });
});
