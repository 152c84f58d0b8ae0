// Runs a command and measures it from outside: wall time, CPU time (user+sys of the whole process
// tree, from this process's cutime/cstime once the child is reaped) and peak memory (the sum of
// VmRSS over the child's process tree, sampled every 20 ms: worker processes count too).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const TICKS = 100; // USER_HZ on Linux

function childCpuMs() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / TICKS; // cutime, cstime
  } catch {
    return NaN;
  }
}

function children(pid) {
  const out = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) out.push(...text.split(' ').map(Number));
    }
  } catch {
    // Exited between reads.
  }
  return out;
}

function rssKb(pid) {
  try {
    const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function treeRssKb(root) {
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop();
    total += rssKb(pid);
    stack.push(...children(pid));
  }
  return total;
}

/** Resolves to { wallMs, cpuMs, peakMb, code, stderr } */
export function measure(command, args, { cwd, env } = {}) {
  return new Promise((resolvePromise, reject) => {
    const cpuBefore = childCpuMs();
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    let peakKb = 0;
    const timer = setInterval(() => {
      peakKb = Math.max(peakKb, treeRssKb(child.pid));
    }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const wallMs = performance.now() - started;
      if (code !== 0 && code !== 1) process.stderr.write(`${command} ${args.join(' ')}: exit ${code}\n${stderr}\n`);
      resolvePromise({ wallMs, cpuMs: childCpuMs() - cpuBefore, peakMb: peakKb / 1024, code, stderr });
    });
  });
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs `times` times; the median run by wall time, with the largest peak memory seen. */
export async function measureMedian(times, command, args, options) {
  const runs = [];
  for (let i = 0; i < times; i++) runs.push(await measure(command, args, options));
  return medianRun(runs);
}

/** Of runs of one command (measure's results): the median run by wall time, with the largest peak memory seen. */
export function medianRun(runs) {
  const middle = median(runs.map((run) => run.wallMs));
  const chosen = runs.find((run) => run.wallMs === middle);
  return { ...chosen, peakMb: Math.max(...runs.map((run) => run.peakMb)), runs: runs.length };
}
