import { lazy } from '../lazy.js';
import { sha256Hex } from './sha256.js';

/** Loaded on first use: with OpenSSL's setup, ~4 ms of a one-file check's CPU (interleaved runs, 2026-12-03). */
const crypto = lazy<typeof import('node:crypto')>('node:crypto');

/**
 * Hex digests a process computes in JavaScript before it loads Node's crypto: a one-file check
 * needs one or a few (a headline's record, its findings), and computing them costs less than
 * loading crypto; past this many, crypto's native hash is cheaper per digest.
 */
const BEFORE_CRYPTO = 32;
let digestsInJavaScript = 0;

/**
 * SHA-256 of a string (UTF-8). Node's one-shot crypto.hash() (20.12+) makes no Hash object:
 * some 5× cheaper per call for the short keys of fingerprints, the same digest.
 */
export function sha256(text: string, encoding: 'hex' | 'base64' = 'hex'): string {
  if (encoding === 'hex' && digestsInJavaScript < BEFORE_CRYPTO) {
    digestsInJavaScript++;
    return sha256Hex(text);
  }
  return crypto().hash('sha256', text, encoding);
}
