import { hash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/io/hash.js';
import { sha256Hex } from '../../src/io/sha256.js';

const native = (text: string): string => hash('sha256', text, 'hex');

/** Random text of code units from ASCII, Latin-1, the BMP and surrogates (paired and lone). */
function randomText(random: () => number, length: number): string {
  const pools = [() => 0x20 + Math.floor(random() * 0x5f), () => 0xa0 + Math.floor(random() * 0x60), () => 0x100 + Math.floor(random() * 0xd700), () => 0xd800 + Math.floor(random() * 0x800)];
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCharCode(pools[Math.floor(random() * pools.length)]());
  return text;
}

describe('sha256Hex (SHA-256 in JavaScript)', () => {
  it('gives the FIPS 180-4 test digests', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it("equals Node's digest at every length around the block edges and on random text with lone surrogates", () => {
    let seed = 7;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let length = 0; length < 200; length++) expect(sha256Hex('ä'.repeat(length)), `length ${length}`).toBe(native('ä'.repeat(length)));
    for (let i = 0; i < 500; i++) {
      const text = randomText(random, Math.floor(random() * 300));
      expect(sha256Hex(text)).toBe(native(text));
    }
  });

  it('serves sha256() the same digests before and after crypto is loaded', () => {
    const keys = Array.from({ length: 100 }, (_, i) => `english-word\u0000feed.jsonl\u0000${i}\u0000house\u0000„der“\u0000`);
    for (const key of keys) expect(sha256(key)).toBe(native(key));
    expect(sha256('x', 'base64')).toBe(hash('sha256', 'x', 'base64'));
  });
});
