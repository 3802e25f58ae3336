/**
 * Progress of a long run, on stderr. On a terminal: a bar of articles read
 * out of the total, redrawn in place, then one timing line. Elsewhere (a
 * pipe, a log file, CI): plain lines only — a line at each quarter of a
 * large site, and the same timing line.
 */
import type { PipelineHooks, Stage } from '../pipeline.js';
import type { CliIO } from './io.js';

export interface ProgressOptions {
  /** draw a bar (a terminal) or write plain lines */
  interactive: boolean;
  /** milliseconds, monotonic; injectable for tests */
  now?: () => number;
  /** terminal width for the bar */
  columns?: number;
}

export interface Progress {
  /** pass to the pipeline */
  hooks: PipelineHooks;
  /** removes the bar, if one is drawn (before a report is printed) */
  clear(): void;
  /** the timing line: stages, total, article count */
  summary(): void;
}

/** Below this many articles, plain output says nothing until the timing line. */
export const PLAIN_PROGRESS_MIN = 100;
const REDRAW_MS = 50;
const STAGE_NAMES: Record<Stage, string> = { load: 'read', check: 'check', render: 'render', write: 'write' };

export function createProgress(io: CliIO, options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const stages: Array<[Stage, number]> = [];
  let articles = 0;
  let drawn = false;
  let lastDraw = -Infinity;
  let lastQuarter = 0;

  const draw = (done: number, total: number) => {
    const width = Math.max(10, Math.min(30, (options.columns ?? 80) - 40));
    const filled = total === 0 ? width : Math.round((done / total) * width);
    io.stderr(`\r\u001b[2KReading articles ${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${done}/${total}`);
    drawn = true;
    lastDraw = now();
  };
  const clear = () => {
    if (!drawn) return;
    io.stderr('\r\u001b[2K');
    drawn = false;
  };

  const hooks: PipelineHooks = {
    onProgress(done, total) {
      articles = total;
      if (options.interactive) {
        if (done === total || now() - lastDraw >= REDRAW_MS) draw(done, total);
        return;
      }
      if (total < PLAIN_PROGRESS_MIN) return;
      const quarter = Math.floor((done / total) * 4);
      if (quarter > lastQuarter) {
        lastQuarter = quarter;
        io.stderr(`read ${done}/${total} articles\n`);
      }
    },
    onStage(stage, ms) {
      if (stage === 'load') clear();
      stages.push([stage, ms]);
    },
  };

  return {
    hooks,
    clear,
    summary() {
      clear();
      const parts = stages.map(([stage, ms]) => `${STAGE_NAMES[stage]} ${formatDuration(ms)}`);
      parts.push(`total ${formatDuration(now() - started)}`);
      io.stderr(`${articles} article${articles === 1 ? '' : 's'}: ${parts.join(', ')}\n`);
    },
  };
}

/** `35 ms`, `1.2 s`, `2 min 5 s` */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
