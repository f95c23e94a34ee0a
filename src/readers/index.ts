import { extname } from 'node:path';
import { feedReader } from './feed.js';
import { htmlReader } from './html.js';
import { jsonlReader, jsonReader } from './json.js';
import { markdownReader } from './markdown.js';
import { textReader } from './text.js';
import type { Reader } from './types.js';

export const READERS: readonly Reader[] = [textReader, markdownReader, htmlReader, jsonReader, jsonlReader, feedReader];

const BY_EXTENSION = new Map(READERS.flatMap((r) => r.extensions.map((ext) => [ext, r] as const)));

export const SUPPORTED_EXTENSIONS = [...BY_EXTENSION.keys()];

export function readerFor(path: string): Reader | undefined {
  return BY_EXTENSION.get(extname(path).toLowerCase());
}

export * from './types.js';
