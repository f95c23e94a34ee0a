import { describe, expect, it } from 'vitest';
import { decode } from '../../src/io/decode.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decode', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decode(utf8('Grüße'))).toEqual({ ok: true, text: 'Grüße', encoding: 'utf-8' });
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Grüße')]))).toEqual({ ok: true, text: 'Grüße', encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 with BOM, little and big endian', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x47, 0x00, 0xfc, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x47, 0x00, 0xfc]);
    expect(decode(le)).toMatchObject({ ok: true, text: 'Gü', encoding: 'utf-16le' });
    expect(decode(be)).toMatchObject({ ok: true, text: 'Gü', encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for Latin-1 text and says so', () => {
    const latin1 = new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65, 0x20, 0x84, 0x4a, 0x61, 0x93]); // Grüße „Ja“
    const result = decode(latin1);
    expect(result).toMatchObject({ ok: true, text: 'Grüße „Ja“', encoding: 'windows-1252' });
    expect(result.ok && result.note).toMatch(/Windows-1252/);
  });

  it('skips binary files by magic number or NUL bytes, whatever the extension', () => {
    expect(decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toEqual({ ok: false, skipped: true, reason: 'binary file (PNG image), not text' });
    expect(decode(new Uint8Array([0x41, 0x00, 0x42]))).toMatchObject({ ok: false, skipped: true, reason: expect.stringMatching(/NUL/) });
  });

  it('rejects bytes that are neither UTF-8 nor plausible Windows-1252', () => {
    expect(decode(new Uint8Array([0x41, 0x81, 0x8d, 0xc3]))).toMatchObject({ ok: false, skipped: false });
  });
});
