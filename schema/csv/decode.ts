// The text of an uploaded CSV file. Excel's "CSV UTF-8" and LibreOffice write
// UTF-8 (Excel with a byte-order mark); Excel's plain "CSV" writes Windows-1252.
// Bytes that are not valid UTF-8 are therefore read as Windows-1252, so "ë" in
// "cliënt" comes through either way.

/**
 * Windows-1252's characters for bytes 0x80 to 0x9F (the rest is Latin-1). Decoded here
 * rather than with TextDecoder('windows-1252'), which Node 20 decodes as Latin-1
 * (0x80 becomes U+0080 instead of "€").
 */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const b of bytes)
    text += b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] : String.fromCharCode(b);
  return text;
}

export function decodeCsvInput(input: string | Uint8Array | ArrayBuffer): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  try {
    // Drops a byte-order mark by itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}
