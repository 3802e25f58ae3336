#!/usr/bin/env node
/**
 * `pairpress` as installed (dist/bundle/main.js): starts the bundled command
 * line with its code cache (see code-cache.ts).
 */
import { fileURLToPath } from 'node:url';
import { compileBundle } from './code-cache.js';

const beside = (name: string) => fileURLToPath(new URL(name, import.meta.url));
compileBundle(beside('main.cjs'), beside('main.cache')).run(fileURLToPath(import.meta.url));
