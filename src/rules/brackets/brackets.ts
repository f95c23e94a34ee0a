import type { Document } from '../../document/document.js';
import { protectedRanges, RangeSet } from '../ranges.js';

export interface Bracket {
  char: string;
  offset: number;
}

export type BracketProblem =
  | { kind: 'unclosed'; open: Bracket; /** end of the paragraph the bracket stays open to */ blockEnd: number }
  | { kind: 'unmatched'; close: Bracket }
  | { kind: 'crossed'; open: Bracket; close: Bracket; crossing: Bracket };

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const OPENER_OF: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const BRACKETS = /[()[\]{}]/g;
const HAS_BRACKET = /[()[\]{}]/;

/** Smileys whose brackets are not brackets: :) :-) ;) :( :-( :D. The mirrored ones, ): (: (=, are decided by pairing (see below). */
const SMILEY = /[:;=][-^o']?[()[\]{}DPp]/gu;
/** A mirrored smiley's bracket: ( or ) with a colon, semicolon or equals sign after it, and no letter or digit after that. */
const MIRRORED_SMILEY = /^[-^']?[:;=](?![\p{L}\p{N}])/u;
/** An opener with =, : or ; after it: "(= sogenannte …)" opens a bracket; "(:" alone, never closed, is a smiley. */
const MAYBE_SMILEY_OPENER = /^[-^']?[:;=]/;

/**
 * What stands before a ")" that closes an enumeration label, asked only of a ")" that pairs with
 * nothing (so "(1:1)", "(3,05)" and "(Rapid, 0)" stay brackets): a label of one or two digits
 * (with a dot: "1.)"), one letter or a doubled one ("aa)"), or a roman numeral, at the start of
 * the paragraph or after a space or punctuation: "1) Kosten … 2) Zeit", "weil ich a) nicht …".
 */
const ENUMERATION_ITEM = /(?:^|[\s.:;,(])(?:\d{1,2}\.?|[a-zA-Z]|([a-z])\1|[ivxIVX]{1,4})$/;

const memo = new WeakMap<Document, BracketProblem[]>();

/**
 * Pairs ( ) [ ] { } with a stack (nesting allowed), paragraph by paragraph: a
 * bracket in news text never spans a paragraph break, and pairing across the
 * article would let an unclosed "(" in one paragraph hide a stray ")" in
 * another. Brackets in URLs, e-mail addresses, smileys and enumerations are
 * not brackets; a closer that meets another kind of opener on the stack while
 * its own opener lies deeper is a crossed pair: ( [ ) ].
 */
export function analyseBrackets(doc: Document): BracketProblem[] {
  let problems = memo.get(doc);
  if (problems) return problems;
  problems = [];
  for (const block of doc.blocksContaining(HAS_BRACKET)) {
    const text = doc.blockText(block); // most paragraphs have no bracket: nothing to pair
    const stack: Bracket[] = [];
    const openers = new Map<string, number>(); // openers on the stack, by kind
    const ignored = new RangeSet([
      ...protectedRanges(text, 0),
      ...[...text.matchAll(SMILEY)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length })),
    ]);
    const smileyOpeners = new Set<Bracket>();
    for (const m of text.matchAll(BRACKETS)) {
      const at = m.index ?? 0;
      if (ignored.overlaps(at, at + 1)) continue;
      const bracket = { char: m[0], offset: block.start + at };
      if (PAIRS[bracket.char]) {
        if (bracket.char === '(' && MAYBE_SMILEY_OPENER.test(text.slice(at + 1, at + 3))) smileyOpeners.add(bracket);
        stack.push(bracket);
        openers.set(bracket.char, (openers.get(bracket.char) ?? 0) + 1);
        continue;
      }
      const wanted = OPENER_OF[bracket.char];
      const depth = openers.get(wanted) ? findFromTop(stack, wanted) : -1;
      if (depth < 0) {
        if (bracket.char === ')' && ENUMERATION_ITEM.test(text.slice(Math.max(0, at - 12), at))) continue; // „und 3) das Personal“
        if (MIRRORED_SMILEY.test(text.slice(at + 1, at + 3))) continue; // "):" with nothing to close is a smiley
        problems.push({ kind: 'unmatched', close: bracket });
        continue;
      }
      openers.set(wanted, openers.get(wanted)! - 1);
      if (depth === stack.length - 1) stack.pop();
      else {
        const [open] = stack.splice(depth, 1);
        problems.push({ kind: 'crossed', open, close: bracket, crossing: stack[stack.length - 1] });
      }
    }
    for (const open of stack) if (!smileyOpeners.has(open)) problems.push({ kind: 'unclosed', open, blockEnd: block.end });
  }
  problems.sort((a, b) => position(a) - position(b));
  memo.set(doc, problems);
  return problems;
}

/** The topmost opener `char` on the stack, or -1 (called only when the stack holds one: no scan for a missing kind). */
function findFromTop(stack: Bracket[], char: string): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i].char === char) return i;
  return -1;
}

function position(p: BracketProblem): number {
  return p.kind === 'unmatched' ? p.close.offset : p.open.offset;
}
