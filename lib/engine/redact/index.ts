export { redactImage } from './redact-image';
export { redactPixels, expandBox } from './paint';
export { boxesFromReport, type ReportBoxOptions } from './from-report';
export { chooseOutputType, redactedName, OUTPUT_MIME } from './output-name';
export type { ImageEncoder, OutputType, RedactedFile, RedactionBox, RedactionKind, RedactOptions } from './types';
export { redactFile } from './redact-file';
