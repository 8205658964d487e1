import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Writes through a temporary file in the same folder and renames it into place, so a
 * reader (or a run killed mid-write) never sees a half-written file.
 */
export function writeFileAtomicallySync(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes `JSON.stringify(value) + "\n"` atomically without building the whole text in
 * memory: top-level arrays are written element by element. The bytes are exactly those of
 * serializeGraph (same key order, same separators), which a test checks.
 */
export function writeJsonAtomicallySync(path: string, value: Record<string, unknown>): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const descriptor = openSync(temporary, 'w');
  try {
    let buffer = '';
    const write = (text: string): void => {
      buffer += text;
      if (buffer.length >= CHUNK_CHARS) {
        writeSync(descriptor, buffer);
        buffer = '';
      }
    };
    write('{');
    let firstKey = true;
    for (const [key, field] of Object.entries(value)) {
      if (field === undefined) continue;
      write(`${firstKey ? '' : ','}${JSON.stringify(key)}:`);
      firstKey = false;
      if (Array.isArray(field)) {
        write('[');
        field.forEach((item, index) => write(`${index > 0 ? ',' : ''}${JSON.stringify(item) ?? 'null'}`));
        write(']');
      } else {
        write(JSON.stringify(field));
      }
    }
    write('}\n');
    writeSync(descriptor, buffer);
    fsyncSync(descriptor);
    closeSync(descriptor);
    renameSync(temporary, path);
  } catch (error) {
    try {
      closeSync(descriptor);
    } catch {
      // already closed
    }
    rmSync(temporary, { force: true });
    throw error;
  }
}

const CHUNK_CHARS = 1 << 20;
