/**
 * Round money20 convention relabel (eval/data/figures-convention-relabels.md, section "money20"): in the same files as the
 * money19 relabel (the older tuning sets and probe files; never the spent set figures-holdout10.json, never the held-out
 * set), a labelled money figure gains as an accepted metric form the composed metric src/figures/money-compose.ts gives it
 * — "<purpose> <kind>" — where the label already accepts BOTH parts on their own: the kind (the last word, as money19's
 * relabel or the authors accepted it) and the purpose words before it (as the authors wrote them). A composed form of two
 * accepted parts is a reading of the label, not a new label. No form is removed; count labels are not touched; a form
 * already accepted is not added.
 *
 * Run: node -r @swc-node/register eval/experiments/money20-relabel.ts [--write]
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractFigures } from '../../src/figures/extract';
import { metricAccepts } from '../figures';
import type { Figure } from '../../src/model';

const DATA = path.join(__dirname, '..', 'data');
const TESTS = path.join(__dirname, '..', '..', 'test', 'figures');
/** The tuning sets, then the older rounds' probe files (labelled the same way; test/figures/*-probes.test.ts read them). */
const FILES = [
  ...['figures.json', 'figures-holdout2.json', 'figures-holdout3.json', 'figures-tune2.json', 'figures-holdout4.json', 'figures-holdout5.json', 'figures-holdout6.json', 'figures-holdout7.json', 'figures-holdout8.json', 'figures-holdout9.json'].map((f) => path.join(DATA, f)),
  ...readdirSync(path.join(TESTS, 'data')).filter((f) => /^(?:fig12|fig14|money13)-probes.*\.json$/.test(f)).map((f) => path.join(TESTS, 'data', f)),
  ...['probes-money15', 'probes-money17', 'probes-money18', 'probes-money19'].flatMap((d) => readdirSync(path.join(TESTS, d)).filter((f) => f.endsWith('.json')).map((f) => path.join(TESTS, d, f))),
];
const CURRENCIES = { has: (u: string): boolean => /^[A-Z]{3}$/.test(u) };
const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-4);

interface Label { value: number; metric: string | string[]; unit?: string | null }
interface Case { id: string; lang: 'en' | 'es'; published?: string; title?: string; text: string; figures: Label[] }

const write = process.argv.includes('--write');
const edits: Array<{ id: string; value: number; form: string }> = [];
let added = 0;
const rows: string[] = [];
for (const full of FILES) {
  const file = path.relative(path.join(__dirname, '..', '..'), full);
  const raw = readFileSync(full, 'utf8');
  const cases = JSON.parse(raw) as Case[];
  let changed = 0;
  for (const c of cases) {
    const money = c.figures.filter((e) => e.unit != null && CURRENCIES.has(e.unit));
    if (!money.length) continue;
    const input = c.title ? { title: c.title, summary: c.text } : c.text;
    const got = extractFigures(input, { published: c.published, lang: c.lang });
    const used = new Set<Figure>();
    for (const e of money) {
      const i = got.findIndex((f) => !used.has(f) && near(f.value, e.value) && f.unit === e.unit);
      if (i < 0) continue;
      const f = got[i]!;
      used.add(f);
      if (!f.metric || metricAccepts(e.metric, f.metric)) continue;
      const ws = f.metric.split(' ');
      // English "<purpose> <kind>": both parts accepted on their own.
      const parts = c.lang === 'en' && ws.length >= 2 && metricAccepts(e.metric, ws[ws.length - 1]!) && metricAccepts(e.metric, ws.slice(0, -1).join(' '));
      if (!parts) continue;
      e.metric = [...(Array.isArray(e.metric) ? e.metric : [e.metric]), f.metric];
      edits.push({ id: c.id, value: e.value, form: f.metric });
      added++;
      changed++;
      rows.push(`| ${file} | ${c.id} | ${e.value} | \`${f.metric}\` |`);
    }
  }
  if (write && changed) writeFileSync(full, edits.reduce((text, e) => addForm(text, e.id, e.value, e.form), raw));
  edits.length = 0;
}

/**
 * The file text with `form` added to the metric of the figure of case `id` whose value is `value`, edited in place so the
 * file keeps its layout: a string metric becomes an array of both, an array gains the form as its last element.
 */
function addForm(text: string, id: string, value: number, form: string): string {
  const at = text.search(new RegExp(String.raw`"id":\s*${JSON.stringify(id).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  if (at < 0) throw new Error(`case ${id} not found`);
  const valueRe = new RegExp(String.raw`"value":\s*${String(value).replace('.', '\\.')}(?![\d.])`, 'g');
  valueRe.lastIndex = at;
  // (The money figure of that value: its object names a currency unit; a count of the same value is passed over.)
  let v: RegExpExecArray | null;
  while ((v = valueRe.exec(text))) {
    const object = text.slice(v.index, text.indexOf('}', v.index));
    if (/"unit":\s*"[A-Z]{3}"/.test(object)) break;
  }
  if (!v) throw new Error(`value ${value} of ${id} not found`);
  const metricRe = /"metric":\s*/g;
  metricRe.lastIndex = v.index;
  const m = metricRe.exec(text)!;
  const from = m.index + m[0].length;
  if (text[from] === '"') {
    const end = text.indexOf('"', from + 1) + 1;
    const old = text.slice(from, end);
    const sep = /^\s*"metric":\s+/.test(m[0]) || /:\s/.test(m[0]) ? ', ' : ',';
    return `${text.slice(0, from)}[${old}${sep}${JSON.stringify(form)}]${text.slice(end)}`;
  }
  // An array: the separator between its elements (or after "[" for one element) is copied before the new one.
  const close = text.indexOf(']', from);
  const inner = text.slice(from + 1, close);
  const lastElem = /("(?:[^"\\]|\\.)*")(\s*)$/.exec(inner)!;
  const firstGap = /^(\s*)/.exec(inner)![1]!;
  const between = /"(,\s*)"/.exec(inner)?.[1] ?? `,${firstGap}`;
  const insertAt = from + 1 + lastElem.index + lastElem[1]!.length;
  return `${text.slice(0, insertAt)}${between}${JSON.stringify(form)}${text.slice(insertAt)}`;
}

console.log(rows.join('\n'));
console.log(`added ${added} accepted forms${write ? ' (written)' : ' (dry run)'}`);
