import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asciiOnly } from '../../scripts/build/ascii.js';

/** What a piece of code evaluates to, run as written and run with its non-ASCII characters escaped. */
const both = (code: string): [unknown, unknown] => [runInNewContext(code), runInNewContext(asciiOnly(code))];

describe('asciiOnly (the CLI bundle written in ASCII)', () => {
  it('leaves no character above U+007F', () => {
    expect(asciiOnly('const s = /[„“”»«‚‘’]/u; // geht’s – 😀')).toMatch(/^[\x00-\x7f]*$/);
  });

  it('keeps what strings, templates, identifiers and patterns mean', () => {
    const cases = [
      '"„Zitat“ – ß"',
      '`${1 + 1}„a“`',
      'const grüße = 2; grüße * 2',
      '/[„“”"»«]/.test("»") && !/[„“]/.test("\\"")',
      '/^(\\p{L}+)[\'’]s$/u.exec("Müller’s")[1]',
      '"a😀b".replace(/😀/u, "x")',
      '"a😀b".replace(/[😀]/u, "x")',
      '"a😀b".match(/./gu).length',
      '"a😀b".match(/[^😀]/gu).join("")',
      'new RegExp(String.raw`[„“]\\s*`).test("„ ")',
      '"x" // ein Kommentar mit „Anführungszeichen“',
    ];
    for (const code of cases) {
      const [written, escaped] = both(code);
      expect(escaped, code).toEqual(written);
    }
  });

  it('refuses a raw template with such a character that is not a pattern (its text would change)', () => {
    expect(() => asciiOnly('const s = String.raw`„a“`;')).toThrow(/raw template/);
    expect(() => asciiOnly('const r = new RegExp(String.raw`„a“`);')).not.toThrow();
    expect(() => asciiOnly('const s = String.raw`a\\sb`;')).not.toThrow();
  });
});
