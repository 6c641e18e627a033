/**
 * Finding the data files on an agency's document page: the file name changes with every release, so the
 * page is read and its CSV links are tried (the caller checks each file's header against the dataset kind:
 * a state-level file and PDFs sit on the same page).
 */

const HREF_RE = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

function decodeAttr(s: string): string {
  return s
    .replace(/&amp;/gi, '&')
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/gi, '"')
    .trim();
}

/** The upload folder CBP puts in file paths (`/sites/default/files/2026-11/…`), as a sortable "YYYY-MM", or "". */
function uploadMonth(url: URL): string {
  const m = /\/(20\d{2})-(0[1-9]|1[0-2])\//.exec(url.pathname);
  return m ? `${m[1]}-${m[2]}` : '';
}

/**
 * Absolute http(s) URLs of the CSV files linked from `html` (resolved against `pageUrl`), newest upload folder
 * first, then in page order; duplicates dropped. PDFs, pages and other files are left out.
 */
export function findCsvLinks(html: string, pageUrl: string): string[] {
  const found: Array<{ href: string; month: string; order: number }> = [];
  const seen = new Set<string>();
  for (const m of html.matchAll(HREF_RE)) {
    const raw = decodeAttr(m[1] ?? m[2] ?? m[3] ?? '');
    if (!raw) continue;
    let url: URL;
    try {
      url = new URL(raw, pageUrl);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    if (!/\.csv$/i.test(url.pathname)) continue;
    url.hash = '';
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    found.push({ href: url.href, month: uploadMonth(url), order: found.length });
  }
  return found.sort((a, b) => b.month.localeCompare(a.month) || a.order - b.order).map((f) => f.href);
}
