import { createNodeRuntime } from '../engine/runtime/node';
import { errorMessage } from '../errors/message';
import { parseCli, USAGE } from './args';
import { defaultScanPaths } from './samples';
import { scan, type ScanIo } from './scan';

const processIo: ScanIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/**
 * Runs the command line and returns the exit status (0 clear, 1 found, 2
 * error or bad usage). The engine's models load once for the whole batch and
 * are released before returning, so the process can exit.
 */
export async function main(argv: readonly string[], io: ScanIo = processIo): Promise<number> {
  const command = parseCli(argv);
  if (command.kind === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (command.kind === 'usage-error') {
    io.err(`${command.message}\n\n${USAGE}`);
    return 2;
  }
  const paths = command.paths.length > 0 ? command.paths : defaultScanPaths();
  if (!paths) {
    io.err('No files given and no bundled samples found in samples/.');
    return 2;
  }
  const runtime = createNodeRuntime();
  try {
    // Load the models before the first file so per-file timings show the check alone; a failure resurfaces per file.
    // Not exercised: a one-off scan would pay for the practice run and gain little from it.
    await runtime.warm({ exercise: false }).catch(() => undefined);
    const options = { faces: !command.noFaces, hospitalNumberPatterns: command.hospitalPatterns };
    const request = { paths, json: command.json, options, ...(command.redactDir !== undefined && { redactDir: command.redactDir }) };
    return await scan(request, runtime, io);
  } catch (error) {
    io.err(`consent-guard: ${errorMessage(error)}`);
    return 2;
  } finally {
    await runtime.dispose();
  }
}
