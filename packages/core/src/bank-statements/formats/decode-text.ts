/**
 * Turns a statement file's bytes into text in the encoding the file or its profile names. Invalid
 * UTF-8 is an error that names the line of the first broken byte; nothing is replaced silently.
 */

export type TextEncodingName = "utf-8" | "windows-1252" | "iso-8859-1";

export type DecodedText = { ok: true; text: string; hadBom: boolean } | { ok: false; line: number; message: string };

/** 1-based line of byte `offset` (counting LF bytes before it). */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let code = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeText(bytes: Uint8Array, encoding: TextEncodingName): DecodedText {
  const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (encoding === "utf-8") {
    const bad = isValidUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
    if (bad !== -1) {
      return { ok: false, line: lineOfByte(bytes, bad), message: `The file is not valid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, "0")} at byte ${bad + 1}); choose the encoding the bank uses, such as windows-1252.` };
    }
    return { ok: true, text: strictUtf8.decode(bytes), hadBom };
  }
  // WHATWG maps ISO-8859-1 to windows-1252, a superset of its printable characters.
  return { ok: true, text: new TextDecoder(encoding).decode(bytes), hadBom: false };
}
