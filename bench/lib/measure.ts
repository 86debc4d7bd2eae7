// Runs a command and measures it as a reader of the benchmark expects: wall
// time, and the peak resident memory of the whole process tree (Astro's
// process, esbuild's service, Pagefind's binary), sampled from /proc.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Measured {
  seconds: number;
  peakRssBytes: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

function parentOf(pid: number): number | undefined {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function rssOf(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match === null ? 0 : Number(match[1]) * 1024;
  } catch {
    return 0;
  }
}

/** The summed RSS of `root` and every process descended from it, now. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent !== undefined) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  let total = 0;
  const pending = [root];
  for (let pid = pending.pop(); pid !== undefined; pid = pending.pop()) {
    total += rssOf(pid);
    pending.push(...(children.get(pid) ?? []));
  }
  return total;
}

export function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; sampleMs?: number }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let peak = 0;
    const sample = () => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, options.sampleMs ?? 100);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - start) / 1000, peakRssBytes: peak, status, stdout, stderr });
    });
  });
}

/**
 * Runs commands one after another, as `a && b` does, stopping at the first
 * failure: the time is their sum, the peak the highest of any one of them.
 */
export async function measureSteps(steps: Array<{ command: string; args: string[] }>, options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measured> {
  const total: Measured = { seconds: 0, peakRssBytes: 0, status: 0, stdout: '', stderr: '' };
  for (const { command, args } of steps) {
    const run = await measure(command, args, options);
    total.seconds += run.seconds;
    total.peakRssBytes = Math.max(total.peakRssBytes, run.peakRssBytes);
    total.stdout += run.stdout;
    total.stderr += run.stderr;
    total.status = run.status;
    if (run.status !== 0) break;
  }
  return total;
}
