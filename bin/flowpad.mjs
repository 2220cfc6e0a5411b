#!/usr/bin/env node
// Launcher for the Flowpad CLI: loads tsx's ESM hooks, then runs src/cli/main.ts.
// Paths resolve from this file, so it works from any working directory.
import { register } from 'tsx/esm/api';

register();
await import(new URL('../src/cli/main.ts', import.meta.url).href);
