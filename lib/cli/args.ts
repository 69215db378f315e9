import { parseArgs } from 'node:util';
import { errorMessage } from '../errors/message';

/** A parsed command line. */
export type CliCommand =
  | { kind: 'help' }
  | { kind: 'scan'; json: boolean; redactDir?: string; paths: string[]; noFaces: boolean; hospitalPatterns: string[] }
  | { kind: 'usage-error'; message: string };

/** The help text. */
export const USAGE = `Usage: consent-guard scan [--json] [--redact OUTDIR] [FILE_OR_DIR...]

Checks images on this computer for faces, burned-in patient identifiers and
identifying metadata. Nothing is sent anywhere.

  --json                one JSON report per line (JSON Lines) on stdout
  --redact OUTDIR       write a redacted copy of each image to OUTDIR
                        (faces and every text line covered, metadata removed)
  --hospital-pattern RE a trust's hospital number format (regular expression; repeatable)
  --no-faces            skip face detection
  -h, --help            show this help

With no files, checks the bundled samples in samples/.
Directories are searched recursively for image files.
Exit status: 0 all clear, 1 something found (identifiable or to review), 2 an error.`;

/** Parses `argv` (without node and the script). Never throws. */
export function parseCli(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        redact: { type: 'string' },
        'hospital-pattern': { type: 'string', multiple: true },
        'no-faces': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return { kind: 'usage-error', message: errorMessage(error) };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const [command, ...paths] = positionals;
  if (command === undefined) return { kind: 'help' };
  if (command !== 'scan') return { kind: 'usage-error', message: `Unknown command "${command}". Try "consent-guard scan".` };
  if (values.redact === '') return { kind: 'usage-error', message: '--redact needs a folder.' };
  return {
    kind: 'scan',
    json: values.json ?? false,
    ...(values.redact !== undefined && { redactDir: values.redact }),
    paths,
    noFaces: values['no-faces'] ?? false,
    hospitalPatterns: values['hospital-pattern'] ?? [],
  };
}
