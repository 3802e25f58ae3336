/** Splits `items` in order into runs of at most `most` items whose sizes add up to at most `budget` (an item larger than that goes alone). */
export function chunksOf<T>(items: readonly T[], most: number, budget: number, sizeOf: (item: T) => number): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let total = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (current.length > 0 && (current.length >= most || total + size > budget)) {
      chunks.push(current);
      current = [];
      total = 0;
    }
    current.push(item);
    total += size;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
