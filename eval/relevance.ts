/**
 * Relevance eval: the DEFAULT keyword profile (config/default.yaml) against a labelled set
 * of real-looking feed items (eval/data/relevance.jsonl, English and Spanish, many traps).
 *
 *   node -r @swc-node/register -e "require('./eval/relevance.ts').default()"
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config/load';
import { compileProfile, matchText } from '../src/relevance';

export interface LabelledItem {
  id: string;
  lang: 'en' | 'es';
  relevant: boolean;
  /** Trap class, when the item is built around a misleading word ("border-collie", "sports", …). */
  trap?: string;
  /** "holdout": written after the profile was tuned and never tuned on; absent: the tuning set. */
  split?: 'holdout';
  title: string;
  summary?: string;
}

export const DATA_PATH = path.resolve(__dirname, 'data', 'relevance.jsonl');

export function loadLabelledSet(file = DATA_PATH): LabelledItem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as LabelledItem;
      } catch (e) {
        throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
      }
    });
}

interface Tally {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}
const empty = (): Tally => ({ tp: 0, fp: 0, tn: 0, fn: 0 });
const precision = (t: Tally): number => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
const recall = (t: Tally): number => (t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn));
const accuracy = (t: Tally): number => (t.tp + t.tn) / Math.max(1, t.tp + t.fp + t.tn + t.fn);
const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);

function row(label: string, t: Tally): string {
  const n = t.tp + t.fp + t.tn + t.fn;
  return `${label.padEnd(24)} ${String(n).padStart(4)} ${String(t.tp).padStart(4)} ${String(t.fp).padStart(4)} ${String(t.tn).padStart(4)} ${String(t.fn).padStart(4)} ${pct(precision(t))} ${pct(recall(t))} ${pct(accuracy(t))}`;
}

export default async function evalRelevance(): Promise<{ name: string; metrics: Record<string, number> }> {
  const items = loadLabelledSet();
  const profile = compileProfile(loadConfig().keywords);
  const all = empty();
  const byLang = new Map<string, Tally>();
  const byTrap = new Map<string, Tally>();
  const bySplit = new Map<string, Tally>();
  const wrong: string[] = [];
  for (const item of items) {
    const r = matchText(profile, { title: item.title, summary: item.summary });
    const key: keyof Tally = r.relevant ? (item.relevant ? 'tp' : 'fp') : item.relevant ? 'fn' : 'tn';
    const slices = [all, tally(byLang, item.lang), tally(bySplit, item.split ?? 'tuning'), item.trap ? tally(byTrap, item.trap) : undefined];
    for (const t of slices) if (t) t[key]++;
    if (key === 'fp' || key === 'fn') {
      const why = r.relevant ? `matched ${r.matched.join(', ')}` : r.excludedBy ? `excluded by ${r.excludedBy} (matched ${r.matched.join(', ')})` : 'no rule matched';
      wrong.push(`  ${key.toUpperCase()} ${item.id.padEnd(7)} [${item.trap ?? '-'}] ${item.title}\n      → ${why}`);
    }
  }
  const header = `${'slice'.padEnd(24)}    n   tp   fp   tn   fn  prec%   rec%   acc%`;
  const lines = [
    `Relevance eval: default profile, ${items.length} labelled items (${items.filter((i) => i.relevant).length} relevant, ${items.filter((i) => i.trap).length} traps)`,
    header,
    row('all', all),
    ...[...byLang].sort().map(([k, t]) => row(`lang ${k}`, t)),
    ...[...bySplit].sort().map(([k, t]) => row(`split ${k}`, t)),
    '',
    'per trap class',
    header,
    ...[...byTrap].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => row(k, t)),
    '',
    wrong.length ? `misclassified (${wrong.length}):` : 'misclassified: none',
    ...wrong,
  ];
  console.log(lines.join('\n'));
  const metrics: Record<string, number> = {
    items: items.length,
    precision: precision(all),
    recall: recall(all),
    accuracy: accuracy(all),
    misclassified: wrong.length,
    trapAccuracy: accuracy(sum([...byTrap.values()])),
  };
  for (const [k, t] of [...byLang, ...bySplit]) {
    metrics[`precision_${k}`] = precision(t);
    metrics[`recall_${k}`] = recall(t);
  }
  return { name: 'relevance', metrics };
}

function tally(map: Map<string, Tally>, key: string): Tally {
  let t = map.get(key);
  if (!t) map.set(key, (t = empty()));
  return t;
}

function sum(ts: Tally[]): Tally {
  return ts.reduce((a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, tn: a.tn + t.tn, fn: a.fn + t.fn }), empty());
}
