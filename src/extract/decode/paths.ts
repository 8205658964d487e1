/**
 * What kind of text a file holds, by its name. Apart from html.ts so that code which only
 * asks (the CLI's main thread: pipeline.ts) does not load the HTML converter.
 */
export function isHtmlPath(path: string): boolean {
  return /\.html?$/i.test(path);
}

export function isMarkdownPath(path: string): boolean {
  return /\.(md|markdown)$/i.test(path);
}
