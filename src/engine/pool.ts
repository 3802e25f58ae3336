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
  /** stops the workers; jobs still queued are rejected */
  close(): Promise<void>;
}

/** The default number of threads: one per core the process may use. */
export function defaultJobs(): number {
  return availableParallelism();
}

const WORKER_URL = new URL('./worker.js', import.meta.url);
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

  async close(): Promise<void> {
    this.fail(new Error('the worker pool was closed'));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
    this.slots.length = 0;
  }

  private pump(): void {
    if (this.slots.length === 0) for (let i = 0; i < this.threads; i++) this.slots.push(this.start());
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
    const worker = new Worker(WORKER_URL, { workerData: this.context });
    const slot: Slot = { worker, running: new Map() };
    worker.on('message', (response: JobResponse) => {
      const task = slot.running.get(response.id);
      if (!task) return;
      slot.running.delete(response.id);
      if ('error' in response) task.reject(new Error(`a job failed in a worker thread: ${response.error}`));
      else task.resolve(response.result as JobResult);
      this.pump();
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => {
      if (slot.running.size > 0) this.fail(new Error(`a worker thread stopped (exit code ${code}) with jobs unfinished`));
    });
    return slot;
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
