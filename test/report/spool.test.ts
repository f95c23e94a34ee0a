import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Spool } from '../../src/report/spool.js';

describe('Spool', () => {
  it('gives values back in order, as often as asked, from memory', () => {
    const spool = new Spool<{ n: number }>();
    for (let n = 0; n < 100; n++) spool.append({ n });
    expect([...spool].map((v) => v.n)).toEqual([...Array(100).keys()]);
    expect([...spool]).toHaveLength(100);
  });

  it('moves to a temporary file past its memory limit, reads it back in order, and removes it', () => {
    const spool = new Spool<{ n: number; text: string }>(1000);
    const text = 'Grüße „aus“ Köln\\n\u2028 ✓';
    for (let n = 0; n < 5000; n++) spool.append({ n, text });
    const file = (spool as unknown as { file?: { path: string } }).file?.path;
    expect(file && existsSync(file)).toBe(true);
    const values = [...spool];
    expect(values.map((v) => v.n)).toEqual([...Array(5000).keys()]);
    expect(values.every((v) => v.text === text)).toBe(true);
    expect([...spool]).toHaveLength(5000);
    spool.dispose();
    expect(existsSync(file!)).toBe(false);
  });
});
