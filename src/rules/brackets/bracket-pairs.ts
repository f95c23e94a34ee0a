import type { DocumentRule, RuleFinding } from '../types.js';
import { analyseBrackets } from './brackets.js';
import { around, at } from './describe.js';

export const unclosedBracket: DocumentRule = {
  meta: { id: 'unclosed-bracket', category: 'brackets', severity: 'major', description: 'An opening bracket ( [ { that is not closed before its paragraph ends.' },
  check(doc) {
    return analyseBrackets(doc).flatMap((p): RuleFinding[] =>
      p.kind === 'unclosed'
        ? [{ start: p.open.offset, end: p.open.offset + 1, message: `Bracket "${p.open.char}" opened at ${at(doc, p.open.offset)} is never closed; its paragraph ends at ${at(doc, p.blockEnd - 1)}: ${around(doc, p.open.offset)}` }]
        : [],
    );
  },
};

export const unmatchedBracket: DocumentRule = {
  meta: { id: 'unmatched-bracket', category: 'brackets', severity: 'major', description: 'A closing bracket ) ] } with no opening one.' },
  check(doc) {
    return analyseBrackets(doc).flatMap((p): RuleFinding[] =>
      p.kind === 'unmatched'
        ? [{ start: p.close.offset, end: p.close.offset + 1, message: `Closing bracket "${p.close.char}" at ${at(doc, p.close.offset)} has no opening one: ${around(doc, p.close.offset)}` }]
        : [],
    );
  },
};

export const crossedBrackets: DocumentRule = {
  meta: { id: 'crossed-brackets', category: 'brackets', severity: 'major', description: 'Brackets that cross instead of nesting: ( [ ) ].' },
  check(doc) {
    return analyseBrackets(doc).flatMap((p): RuleFinding[] =>
      p.kind === 'crossed'
        ? [
            {
              start: p.open.offset,
              end: p.close.offset + 1,
              message: `Crossed brackets: "${p.open.char}" at ${at(doc, p.open.offset)} is closed by "${p.close.char}" at ${at(doc, p.close.offset)} while "${p.crossing.char}" opened at ${at(doc, p.crossing.offset)} is still open: ${around(doc, p.crossing.offset)}`,
              related: [
                { message: `"${p.open.char}" opened here`, start: p.open.offset, end: p.open.offset + 1 },
                { message: `"${p.crossing.char}" opened here, still open`, start: p.crossing.offset, end: p.crossing.offset + 1 },
                { message: `"${p.close.char}" closes here`, start: p.close.offset, end: p.close.offset + 1 },
              ],
            },
          ]
        : [],
    );
  },
};
