import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { boxesFromReport, checkImage, redactFile, type CheckOptions, type EngineRuntime, type RedactedFile, type Report } from '../engine';
import { collectFiles } from './collect';
import { formatReport, formatSummary } from './table';

/** What {@link scan} needs from the command line. */
export interface ScanRequest {
  paths: string[];
  json: boolean;
  redactDir?: string;
  options: CheckOptions;
}

/** Where output goes; the real process streams by default, tests capture. */
export interface ScanIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** 2 if any check failed, else 1 if anything was found (identifiable or to review), else 0. */
export function exitCode(reports: readonly Report[]): number {
  if (reports.some((r) => r.verdict === 'error')) return 2;
  return reports.some((r) => r.verdict !== 'clear') ? 1 : 0;
}

function missingReport(path: string, problem: string): Report {
  return { file: path, width: 1, height: 1, verdict: 'error', faces: [], text: [], identifiers: [], metadata: [], timings: {}, error: problem };
}

/** Picks an unused name in the output folder (two inputs can share a base name). */
function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate); n++) candidate = name.replace(/(\.[^.]*)?$/, `-${n}$1`);
  used.add(candidate);
  return candidate;
}

/**
 * The copy the extension would post after "Redact and continue", made by the same engine call.
 * Undefined when the check could not read the image (its report already says so).
 */
async function redactedCopy(input: { bytes: Uint8Array; name: string }, report: Report, runtime: EngineRuntime): Promise<RedactedFile | undefined> {
  try {
    return await redactFile(input, boxesFromReport(report), runtime);
  } catch (error) {
    if (report.verdict === 'error') return undefined;
    throw error;
  }
}

/**
 * Checks every file (directories recursed), printing a report per file as it
 * finishes: JSON Lines with `json`, else a readable block. Progress goes to
 * stderr for batches. With `redactDir`, writes a redacted copy of every file
 * that could be checked. Returns the exit status.
 */
export async function scan(request: ScanRequest, runtime: EngineRuntime, io: ScanIo): Promise<number> {
  const files = await collectFiles(request.paths);
  const reports: Report[] = [];
  const used = new Set<string>();
  if (request.redactDir !== undefined) await mkdir(request.redactDir, { recursive: true });
  if (files.length === 0) io.err('No image files found.');

  for (const [index, file] of files.entries()) {
    if (files.length > 1) io.err(`[${index + 1}/${files.length}] ${file.path}`);
    let report: Report;
    if ('problem' in file) report = missingReport(file.path, file.problem);
    else {
      const bytes = new Uint8Array(await readFile(file.path));
      report = await checkImage({ bytes, name: file.path }, runtime, request.options);
      const copy = request.redactDir !== undefined ? await redactedCopy({ bytes, name: file.path }, report, runtime) : undefined;
      if (request.redactDir !== undefined && copy) {
        const target = join(request.redactDir, uniqueName(copy.name, used));
        await writeFile(target, copy.bytes);
        if (!request.json) io.err(`    redacted copy: ${relative(process.cwd(), target) || target}`);
      }
    }
    reports.push(report);
    io.out(request.json ? JSON.stringify(report) : formatReport(report));
  }
  if (!request.json && files.length > 0) io.out(formatSummary(reports));
  return exitCode(reports);
}
