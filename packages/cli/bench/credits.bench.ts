// Bench: `credits submit` of a 10,000-row file against a local sandbox — wall time and the CLI's peak RSS
// (budget ≤ 60 s, memory flat: the peak at 10,000 rows is compared with the peak at 1,000).
// Run: node --import tsx --conditions=@learning-city/source packages/cli/bench/credits.bench.ts
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSandbox } from '@learning-city/sandbox';
import { writeCreditsCsv } from '../test/fixtures/generate-credits.js';

const BIN = fileURLToPath(new URL('../src/bin.ts', import.meta.url));

/** Peak resident set of a Linux process so far (VmHWM), in MB; undefined where /proc is unavailable. */
function peakRssMb(pid: number): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `credits submit` as its own process; answers its wall time and the highest VmHWM seen. */
async function timeSubmit(args: string[]): Promise<{ seconds: number; peakMb: number; code: number | null }> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--conditions=@learning-city/source', BIN, ...args],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let peakMb = 0;
  const poll = setInterval(() => (peakMb = Math.max(peakMb, peakRssMb(child.pid!) ?? 0)), 50);
  const code = await new Promise<number | null>((resolve) => child.on('exit', (exit) => resolve(exit)));
  clearInterval(poll);
  if (code !== 0) throw new Error(`credits submit exited ${code}: ${stderr.slice(-500)}`);
  return { seconds: (performance.now() - started) / 1000, peakMb, code };
}

export async function benchCreditsSubmit(): Promise<Record<string, number>> {
  const sandbox = await startSandbox({ port: 0 });
  const dir = await mkdtemp(join(tmpdir(), 'lc-credits-bench-'));
  try {
    const small = join(dir, 'small.csv');
    const large = join(dir, 'large.csv');
    await writeCreditsCsv(small, 1_000, 100_000);
    await writeCreditsCsv(large, 10_000, 200_000);
    const common = ['--api-key', sandbox.keys.secret, '--base-url', sandbox.url, '--json'];
    const one = await timeSubmit(['credits', 'submit', small, ...common]);
    const ten = await timeSubmit(['credits', 'submit', large, ...common]);
    const rerun = await timeSubmit(['credits', 'submit', large, ...common]);
    return {
      'credits submit 10,000 rows: wall time (s, budget ≤ 60)': round(ten.seconds),
      'credits submit 10,000 rows: CLI peak RSS (MB)': round(ten.peakMb),
      'credits submit 1,000 rows: CLI peak RSS (MB, flat ⇒ ≈ the 10,000-row peak)': round(one.peakMb),
      'credits submit 1,000 rows: wall time (s)': round(one.seconds),
      're-run of the 10,000 rows, all already submitted: wall time (s)': round(rerun.seconds),
    };
  } finally {
    await sandbox.close();
    await rm(dir, { recursive: true, force: true });
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [name, value] of Object.entries(await benchCreditsSubmit()))
    console.log(`${name.padEnd(75)} ${value}`);
}
