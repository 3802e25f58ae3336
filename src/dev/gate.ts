/**
 * Readers and one writer: requests read the output folder, a build swaps
 * it. A build waits until the responses in flight are sent; requests that
 * arrive during the swap wait until it is done, so no request ever sees a
 * folder halfway through being replaced.
 */
const DRAIN_LIMIT_MS = 2000;

export class ReadWriteGate {
  private readers = 0;
  private writing: Promise<void> | undefined;
  private drained: (() => void) | undefined;

  /** Waits for a running write, then holds the gate open for reading until `release` is called. */
  async read(): Promise<() => void> {
    while (this.writing) await this.writing;
    this.readers++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.readers--;
      if (this.readers === 0) this.drained?.();
    };
  }

  /** Runs `work` once no reader holds the gate; readers arriving meanwhile wait. */
  async write<T>(work: () => Promise<T>): Promise<T> {
    while (this.writing) await this.writing;
    let done!: () => void;
    this.writing = new Promise<void>((resolve) => (done = resolve));
    try {
      if (this.readers > 0) {
        // A stalled download must not stop the preview: wait a little, then swap anyway.
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          new Promise<void>((resolve) => (this.drained = resolve)),
          new Promise<void>((resolve) => (timer = setTimeout(resolve, DRAIN_LIMIT_MS))),
        ]);
        clearTimeout(timer);
      }
      this.drained = undefined;
      return await work();
    } finally {
      this.writing = undefined;
      done();
    }
  }
}
