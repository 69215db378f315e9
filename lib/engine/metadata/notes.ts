import type { MetadataFinding } from '../report';

/**
 * Metadata-list entries that are notes about the check itself rather than
 * identifying metadata. They make the verdict at least "review" but never
 * "identifiable" on their own. The report schema has no field for notes, and
 * `error` means the check failed, so notes travel in `metadata`.
 */
export const NOTE_TAGS: ReadonlySet<string> = new Set(['Animation', 'Metadata']);

/** Whether a metadata entry is a note (see {@link NOTE_TAGS}). */
export function isNote(finding: MetadataFinding): boolean {
  return NOTE_TAGS.has(finding.tag);
}

/** The note for an animated image of which only the first frame was checked. */
export function animationNote(typeName: string, frames: number | undefined): MetadataFinding {
  const count = frames !== undefined && frames > 1 ? ` (${frames} frames)` : '';
  return {
    tag: 'Animation',
    value: `Animated ${typeName}${count}: only the first frame was checked. Look through the other frames yourself; the redacted copy keeps only the first frame.`,
  };
}

/** The note for metadata that could not be parsed. */
export function unreadableMetadataNote(): MetadataFinding {
  return { tag: 'Metadata', value: "Some metadata couldn't be read. The redacted copy leaves all metadata out." };
}
