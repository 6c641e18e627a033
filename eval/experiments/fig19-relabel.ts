/**
 * fig19 convention relabel (eval/data/figures-convention-relabels.md, section "fig19"): a count labelled only by its bare
 * noun of people ("people", "migrantes", a nationality …) whose clause says what happened to them ("Agents returned 188
 * people", "612 migrantes rescatados", "61,240 people in detention") also accepts "<noun> <participle>", the form the
 * clause analysis of src/figures/event.ts gives it. Applied to every tuning file except the spent set (holdout10, the
 * yardstick of this round) and never to the held-out set. A label gains the form only when
 *   - one of its accepted forms is the bare noun N (metricAccepts), and either one names the event itself ("pulled from
 *     the water", "people rescued" beside "survivors rescued") or every other accepted form is compatible with the
 *     event (see `compatible`: a label that already names what happened some other way — "arrivals" beside "received",
 *     "taken to a hospital" beside "taken", "people crossing" — is left alone), and
 *   - the extractor gives the same value with the metric "N <event>", made by the clause analysis, and no other figure of
 *     the paragraph matches the label, and
 *   - a word of the paragraph starts with the event's first three letters, a verb of state read as its state ("died" for
 *     "dead"): the verb is in the text.
 * Run: node -r @swc-node/register eval/experiments/fig19-relabel.ts [--probes] [--write]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { extractFigures } from '../../src/figures/extract';
import { countedBase } from '../../src/figures/event';
import { metricAccepts } from '../figures';
import events from '../../src/figures/data/events.json';

const DATA = path.join(__dirname, '..', 'data');
const TUNING = ['figures.json', 'figures-holdout2.json', 'figures-holdout3.json', 'figures-tune2.json', 'figures-holdout4.json', 'figures-holdout5.json', 'figures-holdout6.json', 'figures-holdout7.json', 'figures-holdout8.json', 'figures-holdout9.json'].map((f) => path.join(DATA, f));
/** --probes: the older probe rounds of test/figures (fig12–fig16, labelled to the same conventions) instead. */
const TEST = path.join(__dirname, '..', '..', 'test', 'figures');
const PROBES = [
  ...readdirSync(path.join(TEST, 'data')).filter((f) => /^fig1[2-4]-probes-r\d+\.json$/.test(f)).map((f) => path.join(TEST, 'data', f)),
  ...['probes-fig15', 'probes-fig16'].flatMap((d) => readdirSync(path.join(TEST, d)).filter((f) => f.endsWith('.json')).map((f) => path.join(TEST, d, f))),
];
const FILES = process.argv.includes('--probes') ? PROBES : TUNING;
const write = process.argv.includes('--write');
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const near = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-4);
/**
 * Writes the new metric forms into the file's own text (each file keeps its layout): the i-th "metric" key after a case's
 * "id" is its i-th figure's.
 */
function rewrite(raw: string, cases: Array<{ id: string; figures: Array<{ metric: string | string[] }> }>): string {
  let out = '';
  let pos = 0;
  for (const c of cases) {
    const idAt = raw.indexOf(JSON.stringify(c.id), raw.indexOf('"id"', pos));
    let k = idAt;
    for (const f of c.figures) {
      const key = /"metric"\s*:\s*/g;
      key.lastIndex = k;
      const m = key.exec(raw)!;
      const start = m.index + m[0].length;
      const end = start + valueLength(raw, start);
      out += raw.slice(pos, start) + (JSON.stringify(JSON.parse(raw.slice(start, end))) === JSON.stringify(f.metric) ? raw.slice(start, end) : JSON.stringify(f.metric));
      pos = end;
      k = end;
    }
  }
  return out + raw.slice(pos);
}

/** Length of the JSON string or array of strings at `at`. */
function valueLength(raw: string, at: number): number {
  let depth = 0;
  let inString = false;
  for (let i = at; i < raw.length; i++) {
    const ch = raw[i]!;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') {
        inString = false;
        if (depth === 0) return i + 1 - at;
      }
    } else if (ch === '"') inString = true;
    else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return i + 1 - at;
  }
  throw new Error('unterminated value');
}

/** Spanish gender folded: "muertas o desaparecidas" ~ "muertos o desaparecidos". */
const gender = (s: string): string => fold(s).replace(/as\b/g, 'os').replace(/a\b/g, 'o');
const STATE_OF = events.states.en as Record<string, string>;
const PAST_EN = events.participles.en as Record<string, string>;
/** First three letters of a word's stem, a state verb read as its state ("died" → "dead"), a past as its participle. */
const stem3 = (w: string): string => fold(STATE_OF[w] ?? PAST_EN[w] ?? w).slice(0, 3);
/** A form that is the event itself ("pulled from the water"), or "<counted noun> <event>" ("people rescued"). */
function namesEvent(form: string, event: string): boolean {
  if (metricAccepts(gender(event), gender(form))) return true;
  const base = countedBase(form.toLowerCase().split(' ').slice(0, -event.split(' ').length).join(' '));
  return !!base && metricAccepts(gender(`${base} ${event}`), gender(form));
}
/**
 * An accepted form that does not name what happened some other way: a bare counted noun, the event itself (up to plural
 * and gender), "<counted noun> <event>", or a form whose first word shares the event's stem ("deportations", "deportees"
 * beside "deported"; "deaths", "died or went missing" beside "dead or missing").
 */
function compatible(form: string, event: string): boolean {
  const f = form.toLowerCase();
  if (countedBase(f) === f) return true;
  if (namesEvent(form, event)) return true;
  return stem3(f.split(' ')[0]!) === stem3(event.split(' ')[0]!);
}

let total = 0;
const rows: string[] = [];
for (const p of FILES) {
  const file = path.relative(path.join(__dirname, '..', '..'), p);
  const raw = readFileSync(p, 'utf8');
  const cases = JSON.parse(raw) as Array<{ id: string; lang: 'en' | 'es'; published: string; title?: string; text: string; figures: Array<{ value: number; metric: string | string[] }> }>;
  let n = 0;
  for (const c of cases) {
    const got = extractFigures(c.title ? { title: c.title, summary: c.text } : c.text, { published: c.published, lang: c.lang });
    const stems = new Set(fold(`${c.title ?? ''} ${c.text}`).split(/[^\p{L}]+/u).filter(Boolean).map(stem3));
    for (const e of c.figures) {
      if (got.some((g) => near(g.value, e.value) && metricAccepts(e.metric, g.metric))) continue;
      const forms = Array.isArray(e.metric) ? e.metric : [e.metric];
      const g = got.find((f) => {
        const base = countedBase(f.metric);
        if (!near(f.value, e.value) || !base || base === f.metric.toLowerCase() || !metricAccepts(e.metric, base)) return false;
        const event = f.metric.slice(base.length + 1);
        return (forms.some((o) => namesEvent(o, event)) || forms.every((o) => compatible(o, event))) && stems.has(stem3(event.split(' ')[0]!));
      });
      if (!g) continue;
      e.metric = [...forms, g.metric];
      n++;
      rows.push(`| ${file} | ${c.id} | ${e.value} | \`${g.metric}\` | ${forms.map((f) => `\`${f}\``).join(', ')} |`);
    }
  }
  total += n;
  if (write && n) {
    const out = rewrite(raw, cases);
    if (JSON.stringify(JSON.parse(out)) !== JSON.stringify(cases)) throw new Error(`${file}: rewrite mismatch`);
    writeFileSync(p, out);
  }
  console.error(`${file}: ${n}`);
}
console.log(rows.join('\n'));
console.error(`total: ${total}`);
