import type { Document } from '../document/document.js';
import { sha256 } from '../io/hash.js';

const CONTEXT = 30;

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * A finding's identity that survives edits elsewhere in the file: the rule,
 * the document, the flagged text and the words around it — never line
 * numbers. Two identical findings in identical context share a fingerprint
 * (baselines count them).
 */
export function fingerprint(doc: Document, ruleId: string, start: number, end: number): string {
  const before = doc.text.slice(Math.max(0, start - CONTEXT), start);
  const after = doc.text.slice(end, end + CONTEXT);
  const key = [ruleId, doc.path.replace(/\\/g, '/'), doc.id, normalize(doc.text.slice(start, end)), normalize(before), normalize(after)].join('\u0000');
  return sha256(key).slice(0, 32);
}
