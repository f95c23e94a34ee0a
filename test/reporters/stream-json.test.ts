import { describe, expect, it } from 'vitest';
import { streamJson, STREAMED } from '../../src/reporters/types.js';

describe('streamJson', () => {
  it('writes an item with a long array in pieces, as JSON.stringify would write it whole', () => {
    const documents = [
      { path: 'a', findings: Array.from({ length: 600 }, (_, i) => ({ rule: 'x', at: [i, { deep: i % 3 === 0 ? [] : {} }] })), empty: [], note: undefined },
      { path: 'b', findings: [] },
    ];
    const pieces = [...streamJson({ tool: 't', documents: STREAMED }, documents)];
    expect(pieces.join('')).toBe(JSON.stringify({ tool: 't', documents }, null, 2));
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200);
  });
});
