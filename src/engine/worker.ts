/**
 * A worker thread of the pool: receives the run's context once (as
 * workerData), then jobs one message at a time, and answers each with its
 * result or the error it threw.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createJobRunner, type Job, type JobContext } from './job.js';

export interface JobRequest {
  id: number;
  job: Job;
}

export type JobResponse = { id: number; result: unknown } | { id: number; error: string };

const run = createJobRunner(workerData as JobContext);
const port = parentPort!;
port.on('message', ({ id, job }: JobRequest) => {
  let response: JobResponse;
  const transfer: ArrayBuffer[] = [];
  try {
    const result = run(job);
    if (result.kind === 'groups') for (const page of result.results.flatMap((group) => group.pages ?? [])) transfer.push(page.html.buffer as ArrayBuffer);
    response = { id, result };
  } catch (error) {
    response = { id, error: (error as Error)?.stack ?? String(error) };
  }
  port.postMessage(response, transfer);
});
