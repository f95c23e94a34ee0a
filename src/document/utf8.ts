/** UTF-8 bytes of a piece of text; a piece cut inside a surrogate pair counts the pair's 4 bytes once. */
export function utf8Length(piece: string): number {
  if (piece.length === 0) return 0;
  let bytes = Buffer.byteLength(piece);
  const first = piece.charCodeAt(0);
  const last = piece.charCodeAt(piece.length - 1);
  if (first >= 0xdc00 && first <= 0xdfff) bytes -= 3;
  if (last >= 0xd800 && last <= 0xdbff) bytes += 1;
  return bytes;
}
