// Runs the Vitest suite beside the service's tests, so that the two share the build's time instead of
// adding up (pom.xml, profile web-client):
//   node scripts/tests-beside.mjs start DIR   runs the type check (`tsc -b`) and `vitest run`, their
//                                              output into DIR/vitest.log, then writes their exit status
//                                              (the first that is not 0) to DIR/vitest.status
//   node scripts/tests-beside.mjs wait DIR    waits for that status, prints the log, exits with the status
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const WAIT_LIMIT_MS = 15 * 60_000;
const [mode, dir] = process.argv.slice(2);
if (!['start', 'wait'].includes(mode) || !dir) {
  console.error('usage: node scripts/tests-beside.mjs start|wait DIR');
  process.exit(2);
}
const log = path.join(dir, 'vitest.log');
const status = path.join(dir, 'vitest.status');

if (mode === 'start') {
  rmSync(status, { force: true });
  mkdirSync(dir, { recursive: true });
  const out = createWriteStream(log);
  const run = (script, args) =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [fileURLToPath(new URL(`../node_modules/${script}`, import.meta.url)), ...args], {
        env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
      });
      child.stdout.pipe(out, { end: false });
      child.stderr.pipe(out, { end: false });
      child.on('close', (code) => resolve(code ?? 1));
    });
  // The type check first (the Maven build bundles without it, `npm run bundle`), then the tests.
  const typeCheck = await run('typescript/bin/tsc', ['-b']);
  const tests = await run('vitest/vitest.mjs', ['run']);
  out.end(() => writeFileSync(status, String(typeCheck || tests)));
} else {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  while (!existsSync(status)) {
    if (Date.now() > deadline) {
      console.error(`Vitest did not finish within ${WAIT_LIMIT_MS / 60_000} minutes; its output so far is in ${log}`);
      process.exit(1);
    }
    await sleep(200);
  }
  process.stdout.write(readFileSync(log, 'utf8'));
  const code = Number(readFileSync(status, 'utf8'));
  process.exit(Number.isInteger(code) ? code : 1);
}
