/**
 * Per-item cost of the default profile with and without the beat-model terms (`beat-model` rule and the
 * `NOT @beat:0.1` exclusion), over the tuning items, alternating in one run (the machine is shared: compare
 * the two columns of a line, not lines).  node -r @swc-node/register eval/relevance-beat-cost.ts
 */
import { loadConfig } from '../src/config/load';
import { compileProfile, matchText } from '../src/relevance';
import { DATA_PATH, OLD_SPENT_PATH, loadLabelledSet } from './relevance';
const items = [...loadLabelledSet(DATA_PATH), ...loadLabelledSet(OLD_SPENT_PATH)];
const kw = loadConfig().keywords;
const withBeat = compileProfile(kw);
const without = compileProfile(kw, { remove: ['beat-model', 'NOT @beat:0.1'] } as never);
function time(p: ReturnType<typeof compileProfile>): number {
  const t0 = process.hrtime.bigint();
  let n = 0;
  for (let r = 0; r < 20; r++) for (const i of items) if (matchText(p, { title: i.title, summary: (i.summary ?? '') + ' '.repeat(r) }).relevant) n++;
  return Number(process.hrtime.bigint() - t0) / 1e3 / (20 * items.length);
}
for (const p of [without, withBeat]) time(p);
const res: string[] = [];
for (let k = 0; k < 5; k++) res.push(`without ${time(without).toFixed(1)} us/item, with @beat ${time(withBeat).toFixed(1)} us/item`);
console.log(res.join('\n'));
