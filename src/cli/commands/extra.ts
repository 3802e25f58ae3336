/**
 * Commands beyond check and build register here, each adding itself to the
 * program (new, bundle, dev).
 */
import type { Command } from 'commander';
import type { CommandSetup } from '../main.js';
import { registerBundle } from './bundle.js';
import { registerDev } from './dev.js';
import { registerNew } from './new.js';

export type CommandRegistration = (program: Command, setup: CommandSetup) => void;

export const extraCommands: CommandRegistration[] = [registerNew, registerBundle, registerDev];
