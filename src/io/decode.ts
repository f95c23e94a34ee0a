/**
 * Turns the bytes of an input file into text, or says why it cannot.
 * UTF-8 (with or without BOM) and UTF-16 with BOM are decoded as such; bytes
 * that are not valid UTF-8 fall back to Windows-1252 when the result reads like
 * text; binary files are recognised by magic numbers and NUL bytes.
 */
export type Decoded =
  | { ok: true; text: string; encoding: string; note?: string }
  | { ok: false; skipped: boolean; reason: string };

const MAGIC: Array<[string, number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive (or DOCX/XLSX)', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip archive', [0x1f, 0x8b]],
  ['WebP/RIFF media', [0x52, 0x49, 0x46, 0x46]],
  ['ELF executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
];

/**
 * Windows-1252 bytes 0x80–0x9F (Node's TextDecoder maps them to C1 controls,
 * as ISO-8859-1 does); 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** What kind of binary file the first bytes show (magic numbers, NUL bytes in the first 64 KB), if any. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  for (const [kind, magic] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return kind;
  if (bytes.subarray(0, 64 * 1024).includes(0)) return 'contains NUL bytes';
  return undefined;
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  }
  const binary = binaryKind(bytes);
  if (binary) return { ok: false, skipped: true, reason: `binary file (${binary}), not text` };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { ok: true, text, encoding: hasBom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return decodeLegacy(bytes);
  }
}

function decodeLegacy(bytes: Uint8Array): Decoded {
  let controls = 0;
  let undefinedBytes = 0;
  for (const b of bytes) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
    if (CP1252_UNDEFINED.has(b)) undefinedBytes++;
  }
  if (controls > bytes.length / 1000 + 2 || undefinedBytes > 0) {
    return {
      ok: false,
      skipped: false,
      reason: `not valid UTF-8 and not plausible Windows-1252 text (${controls} control bytes, ${undefinedBytes} unassigned bytes)`,
    };
  }
  let text = '';
  for (const b of bytes) text += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return {
    ok: true,
    text,
    encoding: 'windows-1252',
    note: 'not valid UTF-8; decoded as Windows-1252 (Latin-1). Save the file as UTF-8.',
  };
}
