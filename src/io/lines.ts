import { closeSync, openSync, readSync } from 'node:fs';

const READ_CHUNK = 256 * 1024;

/**
 * The lines of a UTF-8 file (ended by \n; the last one may lack it), read in chunks. The pieces of
 * a line not yet ended are joined once at its end, never searched again, so a line of any length
 * is read in time linear in its length.
 */
export function* readLines(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(READ_CHUNK);
    const decoder = new TextDecoder();
    let pieces: string[] = [];
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
      const text = decoder.decode(buffer.subarray(0, n), { stream: true });
      let start = 0;
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
        pieces.push(text.slice(start, end));
        yield pieces.length === 1 ? pieces[0] : pieces.join('');
        pieces = [];
        start = end + 1;
      }
      if (start < text.length) pieces.push(text.slice(start));
    }
    const tail = pieces.join('') + decoder.decode();
    if (tail !== '') yield tail;
  } finally {
    closeSync(fd);
  }
}
