// Type-checks every TypeScript project in the repository, two at a time (CI has 2 cores).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const projects = [
  'tsconfig.json',
  ...readdirSync('packages').map((p) => `packages/${p}/tsconfig.json`),
  'apps/server/tsconfig.json',
  'apps/web/tsconfig.json',
].filter((p) => existsSync(p));

function check(project) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], { stdio: 'inherit' });
    child.on('exit', (code) => resolve({ project, ok: code === 0 }));
  });
}

const queue = [...projects];
const results = [];
async function worker() {
  while (queue.length > 0) results.push(await check(queue.shift()));
}
await Promise.all([worker(), worker()]);
const failed = results.filter((r) => !r.ok);
for (const r of failed) console.error(`Type errors in ${r.project}`);
console.log(`typecheck: ${results.length - failed.length} of ${results.length} projects clean`);
process.exit(failed.length > 0 ? 1 : 0);
