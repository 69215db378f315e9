/**
 * The engine's front door: everything the extension's engine host, the command line and the
 * extension's pages use of the engine comes from here (or, for the one runtime a host builds,
 * from `runtime/browser` or `runtime/node`). Both hosts call the same two functions:
 * `checkImage` for the report, then `redactFile` for the copy the user chose to post.
 *
 * Nothing here loads a model or touches a platform API; the models arrive in the
 * {@link EngineRuntime} a host passes in. The runtimes stay out of this file on purpose: a
 * browser bundle that reached `runtime/node` would pull in sharp and `node:fs`.
 */
export { checkImage, decideVerdict, type CheckInput, type CheckOptions } from './check';
export { redactFile, boxesFromReport, redactedName, type RedactedFile, type RedactionBox, type RedactOptions, type ReportBoxOptions } from './redact';
export { DecodeError, DEFAULT_MAX_BYTES, DEFAULT_MAX_PIXELS, type DecodeLimits } from './decode';
export { findIdentifiersInText, nhsCheckDigitValid } from './identifiers';
export type { CheckProgress, ProgressListener } from './progress';
export type { Box, FaceFinding, IdentifierFinding, IdentifierType, MetadataFinding, Quad, Report, TextRegion, Verdict } from './report';
export type { EngineRuntime } from './runtime/types';
