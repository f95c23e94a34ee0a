import { describe, expect, it } from 'vitest';
import { protectedRanges, RangeSet, type Range } from '../../src/rules/ranges.js';
import { rng } from '../../bench/random.js';

describe('RangeSet', () => {
  it('answers overlaps() and inside() as a scan of every range does', () => {
    const random = rng(42);
    for (let round = 0; round < 50; round++) {
      const ranges: Range[] = Array.from({ length: Math.floor(random() * 30) }, () => {
        const start = Math.floor(random() * 200);
        return { start, end: start + 1 + Math.floor(random() * 20) };
      });
      const set = new RangeSet(ranges);
      for (let q = 0; q < 100; q++) {
        const start = Math.floor(random() * 220);
        const end = start + Math.floor(random() * 10);
        expect(set.overlaps(start, end)).toBe(ranges.some((r) => r.start < end && start < r.end));
        const held = set.inside(start, end);
        expect(held !== undefined).toBe(ranges.some((r) => r.start <= start && end <= r.end));
        if (held) expect(held.start <= start && end <= held.end).toBe(true);
        const all = set.allInside(start, end).map((r) => `${r.start}-${r.end}`).sort();
        expect(all).toEqual(ranges.filter((r) => r.start <= start && end <= r.end).map((r) => `${r.start}-${r.end}`).sort());
      }
    }
  });
});

describe('protectedRanges', () => {
  const found = (text: string): string[] => protectedRanges(text, 0).map((r) => text.slice(r.start, r.end));

  it('finds what lies on the lines with an anchor, wherever the first anchor of the text stands', () => {
    const text = 'Preise &amp; Tarife\n\nDie Stadt meldet neue Zahlen.\n\nMehr unter https://example.org/zahlen.\nKontakt: presse@example.org';
    expect(found(text)).toEqual(['&amp;', 'https://example.org/zahlen', 'presse@example.org']);
  });

  it('keeps a tag whose line breaks after its name, and a shell line from its start', () => {
    const text = 'Der Code lautet\n<a\nhref="x">Link</a>\nund dann:\n$ make install\nEnde.';
    expect(found(text)).toEqual(['<a\nhref="x">', '</a>', '$ make install']);
  });

  it('finds nothing on lines without an anchor', () => {
    expect(found('Die Polizei sperrte die Straße.\nAm Abend war sie wieder frei.')).toEqual([]);
  });
});
