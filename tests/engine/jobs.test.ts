import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { article, makeSite } from '../helpers/site.js';
import { snapshot } from '../helpers/snapshot.js';

const run = promisify(execFile);
/** Worker threads need the compiled worker module; under the test runner the sources run in one thread. */
const bin = join(process.cwd(), 'dist/bundle/main.js');
const compiled = existsSync(join(process.cwd(), 'dist/bundle/worker.js'));

const TOWNS = [
  ['강릉', 'Gangneung'], ['목포', 'Mokpo'], ['안동', 'Andong'], ['여수', 'Yeosu'], ['춘천', 'Chuncheon'], ['통영', 'Tongyeong'],
  ['경주', 'Gyeongju'], ['군산', 'Gunsan'], ['속초', 'Sokcho'], ['전주', 'Jeonju'], ['포항', 'Pohang'], ['진주', 'Jinju'],
];

/** A dozen pairs (enough groups for the worker pool), one with a wrong figure, one alone. */
function site(): Record<string, string> {
  const files: Record<string, string> = {
    'pairpress.config.json': JSON.stringify({ baseUrl: 'https://news.example' }),
    'locales/glossary.yaml': TOWNS.map(([ko, en]) => `- ko: [${ko}]\n  en: [${en}]\n  kind: place\n`).join(''),
  };
  TOWNS.forEach(([ko, en], i) => {
    const visitors = 1200 + i * 100;
    files[`articles/2026/02/town-${i}.ko.md`] = article(`${ko} 축제`, `${ko} 축제에 ${visitors.toLocaleString('en-US')}명이 다녀갔다.`);
    if (i === 11) return;
    const told = i === 4 ? visitors + 1 : visitors;
    files[`articles/2026/02/town-${i}.en.md`] = article(`Festival in ${en}`, `${told.toLocaleString('en-US')} people came to the festival in ${en}.`);
  });
  return files;
}


describe('--jobs', () => {
  it('gives the same findings and pages with one thread as with several (in-process)', async () => {
    const root = await makeSite(site());
    const one = await runCli(['check', '--root', root, '--format', 'json', '--jobs', '1', '--no-cache']);
    const many = await runCli(['check', '--root', root, '--format', 'json', '--jobs', '4', '--no-cache']);
    expect(one.code).toBe(1);
    expect(many.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).diagnostics.map((d: { rule: string }) => d.rule).sort()).toEqual(['number-mismatch', 'number-mismatch', 'unpaired']);
  });

  it.skipIf(!compiled)('gives byte-identical output with worker threads as with --jobs 1 (compiled)', async () => {
    const root = await makeSite(site());
    const build = (jobs: string, out: string) =>
      run(process.execPath, [bin, 'build', '--root', root, '--force', '--no-cache', '--jobs', jobs, '--out', join(root, out)], { env: { ...process.env, CI: 'true' } });
    await build('1', 'one');
    await build('3', 'three');
    const one = await snapshot(join(root, 'one'));
    expect(Object.keys(one).filter((p) => p.endsWith('/index.html'))).toHaveLength(2 * 12 - 1 + 2);
    expect(await snapshot(join(root, 'three'))).toEqual(one);
    const check = async (jobs: string) =>
      run(process.execPath, [bin, 'check', '--root', root, '--format', 'json', '--no-cache', '--jobs', jobs]).catch((error: { stdout: string }) => error);
    expect((await check('3')).stdout).toBe((await check('1')).stdout);
  });
});
