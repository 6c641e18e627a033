import type { FeedReport } from '../model';
import { displayUrl, redactUrlsIn } from '../util/display-url';
import type { OnceResult } from './once';

/** A feed's report as shown (`--json` and the human report): URL and error with secrets redacted (`?apikey=[redacted]`). */
export function shownFeedReport(r: FeedReport): FeedReport {
  return { ...r, url: displayUrl(r.url), ...(r.error !== undefined ? { error: redactUrlsIn(r.error) } : {}) };
}

/** Human-readable summary of a `run --once`: feeds, stories, and each message that would be posted. */
export function formatOnceReport(r: OnceResult, opts: { dryRun: boolean }): string {
  const out: string[] = [];
  const ok = r.feeds.filter((f) => f.status !== 'error').length;
  out.push(`Feeds: ${ok} of ${r.feeds.length} answered`);
  for (const f of r.feeds) {
    const mark = f.status === 'ok' ? 'ok ' : f.status === 'not-modified' ? '304' : 'ERR';
    out.push(`  [${mark}] ${f.name} — ${f.status === 'error' ? f.error : `${f.items} items`}`);
  }
  out.push('', `Stories: ${r.stories.length}`);
  for (const s of r.stories) {
    out.push(`  • ${s.title}`, `    ${s.url}`);
    if (s.summary) out.push(`    ${s.summary}`);
    for (const f of s.figures.slice(0, 3)) out.push(`    # ${f.text}${f.source ? ` (${f.source})` : ''}`);
    if (s.sources.length > 1) out.push(`    also reported by ${s.sources.slice(1).map((x) => x.name).join(', ')}`);
  }
  out.push('', `${opts.dryRun ? 'Would post' : 'Messages'}: ${r.messages.length}`);
  for (const m of r.messages) {
    out.push(`--- ${m.platform} → ${m.target}`);
    out.push(JSON.stringify(m.payload, null, 2));
  }
  return `${out.join('\n')}\n`;
}
