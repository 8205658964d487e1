export { ExportMenu } from './export-menu.tsx';
export { CopyLink } from './copy-link.tsx';
export { EvidenceDownloads } from './evidence-downloads.tsx';
export type { ViewSnapshot } from './current-view.ts';
export { downloadFile } from './download.ts';
