/**
 * The bundle with every non-ASCII character written as a \u escape. esbuild escapes them in strings but
 * not in regular expression literals, comments or raw templates, and one such character makes V8 hold
 * the whole source as a two-byte string: reading and decoding it cost a one-file check ~8 ms of CPU more
 * (interleaved runs, 2026-12-03). An escape means the same in a string, a template, an identifier, a
 * regular expression (either mode) and a comment; in a raw template it changes the text, which is the
 * same only where that text becomes a pattern, so any other raw template with such a character stops the build.
 */
export function asciiOnly(code: string): string {
  for (let at = code.indexOf('String.raw`'); at >= 0; at = code.indexOf('String.raw`', at + 1)) {
    const end = code.indexOf('`', at + 'String.raw`'.length);
    if (/[^\x00-\x7f]/.test(code.slice(at, end)) && !code.startsWith('new RegExp(', at - 'new RegExp('.length)) {
      throw new Error(`non-ASCII text in a raw template that is not a pattern, line ${code.slice(0, at).split('\n').length} of the bundle: write it as a \\u escape in the source`);
    }
  }
  return code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
