/** Where a command writes, so that tests can run commands in-process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stdout is an interactive terminal (colour, progress) */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY) && process.env.CI !== 'true',
  env: process.env,
  cwd: process.cwd(),
};
