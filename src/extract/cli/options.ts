/** What main.ts (argument parsing) and run.ts (the extraction) share. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_SKIPPED_FILES = 2;

export const DEFAULT_OVERRIDES = 'data/overrides.json';
export const CACHE_FOLDER = '.cache/extract';

export interface CliOptions {
  in: string;
  out: string;
  overrides?: string;
  cache: boolean;
  /** Worker threads for the per-document step; undefined: one per core, fewer for a small corpus. */
  jobs?: number;
}
