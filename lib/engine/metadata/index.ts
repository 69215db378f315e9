export { readMetadata } from './read-metadata';
export { isNote, NOTE_TAGS, animationNote } from './notes';
export { formatValue } from './format';
