/** `pairpress dev`: the editor's preview — build, serve, rebuild on save, reload, overlay. */
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_PORT, startDevServer } from '../../dev/server.js';
import { assertDirectory } from '../../load/index.js';
import type { CliIO } from '../io.js';
import type { CommandSetup } from '../main.js';

export function registerDev(program: Command, setup: CommandSetup): void {
  program
    .command('dev')
    .description('preview the site on 127.0.0.1: rebuilds on every save, reloads the page, shows the check results in it')
    .addOption(setup.root())
    .option('--port <n>', `port on 127.0.0.1 (0 picks a free one)`, portArgument, DEFAULT_PORT)
    .action(async (opts) => {
      setup.setCode(await devCommand({ root: setup.rootOf(opts.root), port: opts.port }, setup.io));
    });
}

export interface DevCommandOptions {
  root: string;
  port: number;
}

/** Serves until Ctrl-C (or `stop` aborts), then closes the server and the watcher. */
export async function devCommand(options: DevCommandOptions, io: CliIO, stop?: AbortSignal): Promise<number> {
  // A site that is not there at all is a mistake in the command, not a broken save: exit 2 as `build` does.
  await assertDirectory(options.root);
  const server = await startDevServer({ root: options.root, port: options.port, log: (line) => io.stdout(`${line}\n`) });
  io.stdout(`\nPreview: ${server.url}/  (watching articles/ and locales/; Ctrl-C to stop)\n`);
  let stopping = false;
  let finish = () => undefined as void;
  const stopped = new Promise<void>((done) => (finish = done));
  const onSignal = () => {
    // A second Ctrl-C does not wait for a build to finish.
    if (stopping) process.exit(130);
    stopping = true;
    finish();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  stop?.addEventListener('abort', onSignal, { once: true });
  await stopped;
  await server.close();
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  io.stdout('Stopped.\n');
  return 0;
}

function portArgument(value: string): number {
  const port = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new InvalidArgumentError('expected a port number from 0 to 65535');
  return port;
}
