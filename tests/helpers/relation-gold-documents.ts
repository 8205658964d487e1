/** Which real-corpus documents the relation gold parts use, so that the frozen entity parts can prove they share none. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Real-corpus documents named by every relation gold part in the repository, whatever its name (documents, pairs, dropped pairs),
 * except the parts named in `except` (relation test6 is drawn from entity test7's own files, by design).
 */
export function relationGoldDocuments(root = 'tests/fixtures/relations', except: readonly string[] = []): Set<string> {
  const out = new Set<string>();
  for (const part of readdirSync(root)) {
    if (except.includes(part)) continue;
    const path = join(root, part, 'gold.json');
    if (!existsSync(path)) continue;
    const set = JSON.parse(readFileSync(path, 'utf8')) as { documents?: string[]; pairs?: { document: string }[]; dropped?: { document?: string }[] };
    for (const d of set.documents ?? []) out.add(d);
    for (const p of [...(set.pairs ?? []), ...(set.dropped ?? [])]) if (p.document !== undefined) out.add(p.document);
  }
  return out;
}
