/**
 * Where jobs run: a pool of worker threads (started on the first job), or
 * this thread when one thread is asked for or the compiled worker module is
 * not there (sources run by a test runner). Each worker holds a couple of
 * jobs at a time so it never waits for the main thread between two.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Job, JobContext, JobResult, JobRunner } from './job.js';
import type { JobRequest, JobResponse } from './worker.js';

export interface JobPool {
  /** threads doing the work: 1 means this thread */
  readonly threads: number;
  run<R extends JobResult>(job: Job): Promise<R>;
  /** starts the workers now, ahead of the first job, when the caller knows that jobs will come */
  warm(): void;
  /** stops the workers; jobs still queued are rejected */
  close(): Promise<void>;
}

/** The default number of threads: one per core the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

const WORKER_URL = new URL('./worker.js', import.meta.url);
/**
 * A worker's heap: a job holds a few groups of articles (batches.ts keeps
 * their bytes under a budget), so a modest heap is plenty, and a bounded
 * one keeps a build's memory flat however large the site (unbounded, each
 * heap grows to gigabytes before it collects). A job too large for it (a
 * huge article) is run again in the main thread.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 32 };
/** Jobs a worker holds at once: one running, one waiting. */
const DEPTH = 2;

export function createPool(context: JobContext, threads: number): JobPool {
  if (threads > 1 && existsSync(fileURLToPath(WORKER_URL))) return new WorkerPool(context, threads);
  return new LocalPool(context);
}

/** Jobs in this thread, one at a time, letting I/O in between. */
class LocalPool implements JobPool {
  readonly threads = 1;
  private runner: Promise<JobRunner> | undefined;

  constructor(private readonly context: JobContext) {}

  async run<R extends JobResult>(job: Job): Promise<R> {
    this.runner ??= import('./job.js').then((m) => m.createJobRunner(this.context));
    const run = await this.runner;
    await new Promise((resolve) => setImmediate(resolve));
    return run(job) as R;
  }

  warm(): void {}

  async close(): Promise<void> {}
}

interface Task {
  id: number;
  job: Job;
  resolve: (result: JobResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  running: Map<number, Task>;
}

class WorkerPool implements JobPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private failure: Error | undefined;
  /** where the jobs of a worker that died are run again */
  private fallback: LocalPool | undefined;
  private started = false;

  constructor(
    private readonly context: JobContext,
    readonly threads: number,
  ) {}

  run<R extends JobResult>(job: Job): Promise<R> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve: resolve as (result: JobResult) => void, reject });
      this.pump();
    });
  }

  warm(): void {
    if (this.started) return;
    this.started = true;
    for (let i = 0; i < this.threads; i++) this.slots.push(this.start());
  }

  async close(): Promise<void> {
    this.fail(new Error('the worker pool was closed'));
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private pump(): void {
    this.warm();
    if (this.slots.length === 0) {
      for (const task of this.queue.splice(0)) this.runHere(task);
      return;
    }
    for (const slot of this.slots) {
      while (slot.running.size < DEPTH && this.queue.length > 0) {
        const task = this.queue.shift()!;
        slot.running.set(task.id, task);
        const request: JobRequest = { id: task.id, job: task.job };
        slot.worker.postMessage(request);
      }
    }
  }

  private start(): Slot {
    const worker = new Worker(WORKER_URL, { workerData: this.context, resourceLimits: WORKER_LIMITS });
    const slot: Slot = { worker, running: new Map() };
    worker.on('message', (response: JobResponse) => {
      const task = slot.running.get(response.id);
      if (!task) return;
      slot.running.delete(response.id);
      if ('error' in response) task.reject(new Error(`a job failed in a worker thread: ${response.error}`));
      else task.resolve(response.result as JobResult);
      this.pump();
    });
    // A worker that dies (out of memory, say) takes no job with it: its jobs run again here.
    const lost = () => {
      const index = this.slots.indexOf(slot);
      if (index === -1) return;
      this.slots.splice(index, 1);
      const running = [...slot.running.values()];
      slot.running.clear();
      for (const task of running) this.runHere(task);
      this.pump();
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    return slot;
  }

  private runHere(task: Task): void {
    if (this.failure) {
      task.reject(this.failure);
      return;
    }
    this.fallback ??= new LocalPool(this.context);
    this.fallback.run(task.job).then(task.resolve, task.reject);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const slot of this.slots) {
      for (const task of slot.running.values()) task.reject(error);
      slot.running.clear();
    }
    for (const task of this.queue.splice(0)) task.reject(error);
  }
}
