import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { rng } from '../../bench/random.js';
import { scanObject } from '../../src/readers/json-scan.js';

/** What the offset-keeping parser says of an object's properties (first occurrence of each key). */
function treeProperties(text: string): Map<string, { type: string; offset: number; length: number; children?: Array<{ type: string; offset: number; length: number }> }> {
  const out = new Map();
  for (const p of parseTree(text)!.children ?? []) {
    const key = p.children![0].value as string;
    const v = p.children![1];
    if (out.has(key)) continue;
    const children = v.type === 'array' ? (v.children ?? []).map((c) => ({ type: c.type, offset: c.offset, length: c.length })) : undefined;
    out.set(key, { type: v.type, offset: v.offset, length: v.length, ...(children ? { children } : {}) });
  }
  return out;
}

function randomValue(random: () => number, depth: number): string {
  const strings = ['"Text"', '"mit \\"Zitat\\""', '"Back\\\\slash\\\\"', '"\\u201eJa\\u201c"', '"[x] {y}"', '""', '"Zeile\\nzwei"'];
  const r = random();
  if (depth > 2 || r < 0.4) return strings[Math.floor(random() * strings.length)];
  if (r < 0.5) return ['1', '-2.5e3', 'true', 'false', 'null'][Math.floor(random() * 5)];
  if (r < 0.75) return `[ ${Array.from({ length: Math.floor(random() * 4) }, () => randomValue(random, depth + 1)).join(' ,\n')} ]`;
  return `{ ${Array.from({ length: Math.floor(random() * 3) }, (_, i) => `"k${i}": ${randomValue(random, depth + 1)}`).join(', ')} }`;
}

describe('scanObject', () => {
  it('finds every property value where the offset-keeping parser does', () => {
    const random = rng(3);
    for (let round = 0; round < 500; round++) {
      const keys = ['id', 'title', 'body', 'ti\\"tle', 'body', 'source'];
      const members = Array.from({ length: 1 + Math.floor(random() * 5) }, () => `"${keys[Math.floor(random() * keys.length)]}" :  ${randomValue(random, 0)}`);
      const text = ` {\n ${members.join(',\t')}\r\n} `;
      JSON.parse(text); // the scanner reads only what JSON.parse accepted
      const scanned = new Map([...scanObject(text)].map(([k, v]) => [k, { type: v.type, offset: v.offset, length: v.length, ...(v.children ? { children: v.children.map((c) => ({ type: c.type, offset: c.offset, length: c.length })) } : {}) }]));
      expect(scanned, text).toEqual(treeProperties(text));
    }
  });
});
