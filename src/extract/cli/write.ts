import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** `.<name>.<pid>.<time>.tmp`: the temporary files the writers below create. */
const TEMPORARY = /^\..+\.(\d+)\.\d+\.tmp$/;

function temporaryFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files in `folder` left by writers that were killed before they could
 * rename them into place (their process is gone). A live writer's file is left alone.
 * Returns the names removed.
 */
export function removeStaleTemporaries(folder: string): string[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(TEMPORARY.exec(name)?.[1] ?? Number.NaN);
    if (!Number.isInteger(pid) || pid === process.pid || isRunning(pid)) continue;
    rmSync(join(folder, name), { force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * Writes through a temporary file in the same folder and renames it into place, so a
 * reader (or a run killed mid-write) never sees a half-written file.
 */
export function writeFileAtomicallySync(path: string, text: string): void {
  const temporary = temporaryFor(path);
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
 * JSON.stringify (same key order, same separators): for an encoded graph, serializeGraphFile's,
 * which a test checks.
 */
export function writeJsonAtomicallySync(path: string, value: Record<string, unknown>): void {
  // A run killed mid-write left its temporary file here; this run's write supersedes it.
  removeStaleTemporaries(dirname(path));
  const temporary = temporaryFor(path);
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
