import { compareTwoStrings } from 'string-similarity';

/** Lower case, one kind of quote, no surrounding punctuation, single spaces: for comparing copies. */
export function normalizeForComparison(text: string): string {
  const flat = text.toLowerCase().replace(/[„“”"»«‚‘’‹›']/g, '"').replace(/\s+/g, ' ');
  let start = 0;
  let end = flat.length;
  while (start < end && TRIMMED.test(flat[start])) start++;
  while (end > start && TRIMMED.test(flat[end - 1])) end--;
  return flat.slice(start, end);
}

const TRIMMED = /[\s\p{P}]/u;

/** Separators that join a headline to a site or section name: "… | Wladimir Putin", "… – Politik". */
const SITE_SUFFIX = /\s+(?:\||–|—|-|::|·|•|»)\s+(?!.*\s(?:\||–|—|::|·|•|»)\s)([^|–—]{1,60})$/u;

/** The headline without a trailing site or section suffix, when what is left is still a headline. */
export function stripSiteSuffix(headline: string): string {
  const m = SITE_SUFFIX.exec(headline);
  if (!m || m.index === undefined) return headline;
  const rest = headline.slice(0, m.index);
  return countWords(rest) >= 3 ? rest : headline;
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

/** Sørensen–Dice similarity of character bigrams (string-similarity), 0–1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  return compareTwoStrings(a, b);
}

/** Quotes a piece of the article for a message, shortened in the middle if long. */
export function quote(text: string, max = 100): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return `"${flat}"`;
  const half = Math.floor((max - 1) / 2);
  return `"${flat.slice(0, half).trimEnd()}…${flat.slice(flat.length - half).trimStart()}"`;
}
