/**
 * Bytes → text, without Node APIs. Decides between UTF-8 (with or without BOM),
 * UTF-16 with BOM and windows-1252, and refuses binary, empty and oversized files with a reason.
 */
export type DecodeResult =
  | { ok: true; text: string; note?: string }
  | { ok: false; reason: string };

/** Share of control characters above which a file is treated as binary. */
const MAX_CONTROL_SHARE = 0.1;
const SNIFF_BYTES = 8192;

/**
 * Largest file decoded. A document is analysed whole and needs about 20 bytes of memory per
 * byte of text (a 50 MB file peaked near 1 GB), so bigger files are refused before any work
 * is done: memory stays bounded in the CLI and in the browser tab alike.
 */
export const MAX_FILE_BYTES = 20_000_000;

/** Why a file of `size` bytes is refused, or undefined when its size is fine. */
export function fileSizeProblem(size: number): string | undefined {
  if (size <= MAX_FILE_BYTES) return undefined;
  return `too large (${(size / 1e6).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1e6} MB): split it into smaller files`;
}

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  const sizeProblem = fileSizeProblem(bytes.length);
  if (sizeProblem) return { ok: false, reason: sizeProblem };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)));
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file' };
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(body));
  } catch {
    return finish(decodeWindows1252(body), 'not valid UTF-8: decoded as windows-1252');
  }
}

function finish(rawText: string, note?: string): DecodeResult {
  // One line-ending convention so that offsets mean the same thing on every platform.
  const text = rawText.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, reason: 'empty' };
  if (text.includes('\u0000')) return { ok: false, reason: 'binary file' };
  return note === undefined ? { ok: true, text } : { ok: true, text, note };
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  if (sample.length === 0) return false;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control / sample.length > MAX_CONTROL_SHARE;
}

/** windows-1252 bytes 0x80–0x9F (where it differs from Latin-1); undefined bytes stay as they are. */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Some runtimes (Node's TextDecoder among them) decode "windows-1252" as Latin-1, which
 * turns curly quotes into invisible control characters; map that range explicitly.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/g, (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80] ?? char);
}
