import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inputUnits, WHOLE_FILE_LIMIT } from '../../src/engine/inputs.js';
import type { Unit } from '../../src/engine/units.js';

const dir = mkdtempSync(join(tmpdir(), 'mtlint-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('inputUnits', () => {
  it('streams a feed over the whole-file limit in chunks: every item whole, multi-byte characters and \\r\\n across chunk edges included', () => {
    // Lines of varied length with two- and three-byte characters, so chunk edges fall inside them.
    const lines: string[] = [];
    let bytes = 0;
    for (let i = 0; bytes <= WHOLE_FILE_LIMIT + 1_000_000; i++) {
      const body = `„Zitat ${i}“ – Äußerung über Öl ${'ü'.repeat(i % 97)}${'x'.repeat((i * 7919) % 3000)}`;
      const line = JSON.stringify({ id: `n${i}`, title: `Titel ${i}`, body });
      lines.push(line);
      bytes += Buffer.byteLength(line) + 2;
    }
    const path = join(dir, 'big.jsonl');
    writeFileSync(path, `${lines.join('\r\n')}\r\n`);

    const units = [...inputUnits([{ path }])];
    const items = units.flatMap((u: Unit) => (u.kind === 'items' ? u.items : []));
    expect(units.filter((u) => u.kind === 'failed')).toEqual([]);
    expect(units.length).toBeGreaterThan(50); // one or more per 256 KB chunk, not one for the file
    expect(items.map((item) => item.text.replace(/\r\n$/, ''))).toEqual(lines);
    expect(items.map((item) => item.origin.line)).toEqual(lines.map((_, i) => i + 1));
  });

  it('weighs a text file by its size', () => {
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'Ein kurzer Artikel.\n');
    expect([...inputUnits([{ path }])]).toEqual([{ kind: 'file', path, bytes: 20 }]);
  });
});
