#!/usr/bin/env node
/**
 * Installs dependencies when they are missing or older than the lockfile: `npm ci` (or
 * `npm install` when there is no lockfile). A fast no-op otherwise. Node built-ins only.
 */
import { existsSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lockfile = path.join(root, 'package-lock.json');
const manifest = path.join(root, 'package.json');
const modules = path.join(root, 'node_modules');
/** npm rewrites this file on every install, so its time is the time of the last install. */
const installMarker = path.join(modules, '.package-lock.json');

function mtime(file) {
  return existsSync(file) ? statSync(file).mtimeMs : undefined;
}

function installedAt() {
  return mtime(installMarker) ?? mtime(modules);
}

function needsInstall(reference) {
  const installed = installedAt();
  if (installed === undefined) return 'node_modules is missing';
  const changed = mtime(reference);
  if (changed !== undefined && changed > installed) return `${path.basename(reference)} is newer than node_modules`;
  return undefined;
}

const hasLock = existsSync(lockfile);
const reason = needsInstall(hasLock ? lockfile : manifest);
if (reason) {
  const args = hasLock ? ['ci'] : ['install'];
  console.log(`[ensure-install] ${reason}: running npm ${args.join(' ')}`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.error) {
    console.error(`[ensure-install] could not run npm: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}
