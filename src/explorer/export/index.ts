export { ExportMenu } from './ExportMenu.tsx';
export { CopyLink } from './CopyLink.tsx';
export { EvidenceDownloads } from './EvidenceDownloads.tsx';
export type { ViewSnapshot } from './currentView.ts';
export { downloadFile } from './download.ts';
