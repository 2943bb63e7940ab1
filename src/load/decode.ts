/**
 * Bytes to text, refusing what is not text. Wire copies arrive as UTF-8 (sometimes with a BOM)
 * or, from Windows tools, UTF-16 with a BOM; anything else is reported rather than guessed.
 */
export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  }
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (body.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), not a text dispatch' };
  try {
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
}

function finish(text: string): Decoded {
  // Control characters other than tab/newline/CR mean a binary file that happens to decode.
  const controls = (text.match(/[\u0001-\u0008\u000E-\u001F\u007F]/g) ?? []).length;
  if (controls > 0 && controls > text.length / 1000) return { ok: false, reason: 'binary content (control characters), not a text dispatch' };
  const normalised = text.replace(/\r\n?/g, '\n');
  if (normalised.trim().length === 0) return { ok: false, reason: 'empty file' };
  return { ok: true, text: normalised };
}
