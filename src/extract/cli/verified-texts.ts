/**
 * Folders of texts kept outside the repository (the fresh web-page sets: their publishers' texts may
 * not be redistributed; the real corpus beside the checkout), shared by the entity and relation
 * loaders and by gold-files.ts. The folder is named by an
 * argument or an environment variable, never defaulted, so a clone without the texts skips instead
 * of failing; each file is checked against the SHA-256 recorded at annotation time, so a changed or
 * swapped text fails loudly instead of being scored against the wrong annotation.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The named folder, resolved; null when nothing is named or the name is not an existing folder. */
export function resolveTextFolder(named: string | undefined): string | null {
  if (named === undefined || named === '') return null;
  const dir = resolve(named);
  return statSync(dir, { throwIfNoEntry: false })?.isDirectory() === true ? dir : null;
}

/** Why resolveTextFolder gave null, in words for the skip message. */
export function missingFolderReason(named: string | undefined, envName: string): string {
  return named === undefined || named === '' ? `${envName} is not set` : `${named} is not a folder`;
}

/** One text's bytes after its hash check; `what` names the kind of text in the error ("fresh relation text"). */
export function readVerifiedFile(dir: string, file: string, expectedSha256: string, what: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(join(dir, file)));
  } catch (error) {
    throw new Error(`${what} ${file}: cannot read it in ${dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const got = sha256Hex(bytes);
  if (got !== expectedSha256) {
    throw new Error(`${what} ${file}: sha256 mismatch (manifest ${expectedSha256.slice(0, 12)}…, file ${got.slice(0, 12)}…): the text in ${dir} is not the annotated one`);
  }
  return bytes;
}
