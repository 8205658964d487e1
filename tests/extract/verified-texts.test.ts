/**
 * The shared helper of the fresh loaders (src/extract/cli/verified-texts.ts): a text folder named by
 * an argument or variable, and files read only after their SHA-256 matches the annotated one.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingFolderReason, readVerifiedFile, resolveTextFolder, sha256Hex } from '../../src/extract/cli/verified-texts.ts';

const scratch = mkdtempSync(join(tmpdir(), 'silkmap-verified-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
writeFileSync(join(scratch, 'a.txt'), 'Astana hosted the SCO.', 'utf8');
const hashOf = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe('verified text folders', () => {
  it('resolve only a named, existing folder and say why not otherwise', () => {
    expect(resolveTextFolder(scratch)).toBe(scratch);
    expect(resolveTextFolder(undefined)).toBeNull();
    expect(resolveTextFolder('')).toBeNull();
    expect(resolveTextFolder(join(scratch, 'a.txt'))).toBeNull();
    expect(missingFolderReason(undefined, 'SOME_ENV')).toBe('SOME_ENV is not set');
    expect(missingFolderReason('/nowhere', 'SOME_ENV')).toBe('/nowhere is not a folder');
  });

  it('hand out a file only when its SHA-256 is the recorded one, naming the file otherwise', () => {
    expect(sha256Hex(new TextEncoder().encode('Astana hosted the SCO.'))).toBe(hashOf('Astana hosted the SCO.'));
    expect(new TextDecoder().decode(readVerifiedFile(scratch, 'a.txt', hashOf('Astana hosted the SCO.'), 'text'))).toBe('Astana hosted the SCO.');
    expect(() => readVerifiedFile(scratch, 'a.txt', hashOf('Astana hosted the CSTO.'), 'fresh text')).toThrow(/^fresh text a\.txt: sha256 mismatch/);
    expect(() => readVerifiedFile(scratch, 'b.txt', hashOf('x'), 'fresh text')).toThrow(/^fresh text b\.txt: cannot read it in .*ENOENT/);
  });
});
