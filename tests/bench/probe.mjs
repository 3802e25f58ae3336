/**
 * Loaded with `node --import` into every timed process: at exit it writes
 * the process's CPU time and peak resident memory (all threads, workers
 * included) to the file named by PAIRPRESS_BENCH_PROBE.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.PAIRPRESS_BENCH_PROBE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ user: usage.userCPUTime, system: usage.systemCPUTime, maxRssKb: usage.maxRSS }));
  });
}
