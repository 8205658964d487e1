import { vi } from 'vitest';
import { main } from '../../src/extract/cli/main.ts';

/**
 * Runs the extract CLI in this process (no start-up cost, so a loaded CI machine stays fast)
 * with its output captured instead of printed. The cache is off so every run is cold.
 */
export async function runExtractCli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { stdout += String(chunk); return true; });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { stderr += String(chunk); return true; });
  try {
    return { status: await main([...args, '--no-cache']), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
