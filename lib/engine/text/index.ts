export { findText, detectLines, type FindTextOptions, type TextRunners } from './find-text';
export type { TextLine, TextWord, OcrRunner, OcrResult, TextDetectorRunner } from './types';
export { encodeGreyPng } from './png';
