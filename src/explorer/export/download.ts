/**
 * Saves a file from the page: a Blob URL on a temporary <a download>, revoked a moment
 * later (revoking at once can cancel the download in some browsers). No inline script,
 * no data: URL, so it works under a strict Content-Security-Policy.
 */
export function downloadFile(name: string, content: string | Blob, mimeType = 'application/octet-stream'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: mimeType }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
