export { redactImage, redactAndRecheck, encodeRedacted, paintedRuns, type Painted } from './redact-image';
export { coverResidue } from './recheck';
export { redactPixels, expandBox, expandQuad, paintBox } from './paint';
export { boxesFromReport, type ReportBoxOptions } from './from-report';
export { chooseOutputType, redactedName, OUTPUT_MIME } from './output-name';
export type { ImageEncoder, OutputType, RedactedFile, RedactionBox, RedactionKind, RedactOptions } from './types';
export { redactFile } from './redact-file';
