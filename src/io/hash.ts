import * as crypto from 'node:crypto';

/**
 * SHA-256 of a string (UTF-8). Node's one-shot crypto.hash() (20.12+) makes no Hash object:
 * some 5× cheaper per call for the short keys of fingerprints, the same digest.
 */
export function sha256(text: string, encoding: 'hex' | 'base64' = 'hex'): string {
  return crypto.hash('sha256', text, encoding);
}
