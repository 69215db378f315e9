/**
 * Peak and current resident memory of browser processes, read from Linux
 * /proc (VmHWM = peak resident set size over the process's life, VmRSS = now).
 */
import { readdirSync, readFileSync } from 'node:fs';

/** One process. */
export interface ProcInfo {
  pid: number;
  ppid: number;
  cmdline: string;
}

/** Every process we can read. */
export function listProcesses(): ProcInfo[] {
  const out: ProcInfo[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ');
      out.push({ pid: Number(name), ppid, cmdline });
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

/** `root` and all its descendants. */
export function descendants(all: readonly ProcInfo[], root: number): ProcInfo[] {
  const found = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) if (!found.has(p.pid) && found.has(p.ppid)) (found.add(p.pid), (grew = true));
  }
  return all.filter((p) => found.has(p.pid));
}

/** Peak and current RSS in MiB; undefined when the process is gone. */
export function memoryOf(pid: number): { peakMiB: number; rssMiB: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { peakMiB: kb('VmHWM') / 1024, rssMiB: kb('VmRSS') / 1024 };
  } catch {
    return undefined;
  }
}
