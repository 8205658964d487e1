/**
 * Whole numbers for on-screen counts, grouped in threes with commas as English writes them
 * ("14,485"). Not Intl.NumberFormat or toLocaleString: the page's first Intl object loads the
 * browser's locale data, 20–80 ms of main-thread work on this machine (200–800 ms when it is
 * busy), and the overview note made one as its module loaded, before the sample was fetched.
 */
export function formatCount(count: number): string {
  if (!Number.isFinite(count)) return String(count);
  const sign = count < 0 ? '-' : '';
  const digits = String(Math.round(Math.abs(count)));
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) grouped = digits.slice(Math.max(0, end - 3), end) + (grouped ? `,${grouped}` : '');
  return sign + grouped;
}
