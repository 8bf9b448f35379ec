// The text of an uploaded CSV file. Excel's "CSV UTF-8" and LibreOffice write
// UTF-8 (Excel with a byte-order mark); Excel's plain "CSV" writes Windows-1252.
// Bytes that are not valid UTF-8 are therefore read as Windows-1252, so "é"
// in "Zottegem-Sint-Goriks-Oudenhove" or "Lievens" comes through either way.

export function decodeCsvInput(input: string | Uint8Array | ArrayBuffer): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  try {
    // Drops a byte-order mark by itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
