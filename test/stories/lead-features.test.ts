import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFigures } from '../../src/figures/extract';
import type { Lang } from '../../src/model';
import { leadFeaturesOf } from '../../src/stories/lead-features';
import { leadOf, textFeatures, type TextFeatures } from '../../src/stories/similarity';

const DATA = path.join(__dirname, '..', '..', 'eval', 'data');

/** Every Set as an array in its iteration order (order matters: a name's index keeps the last of a word). */
function plain(f: TextFeatures): unknown {
  return JSON.parse(JSON.stringify(f, (_k, v: unknown) => (v instanceof Set ? [...(v as Set<unknown>)] : typeof v === 'bigint' ? v.toString(16) : v)));
}

function texts(): Array<{ title: string; summary: string; published?: string; lang?: Lang }> {
  const out: Array<{ title: string; summary: string; published?: string; lang?: Lang }> = [];
  for (const f of ['clustering.json', 'clustering-tune2.json', 'clustering-holdout2.json', 'clustering-holdout3.json']) {
    out.push(...(JSON.parse(readFileSync(path.join(DATA, f), 'utf8')) as { items: Array<{ title: string; summary: string; published?: string; lang?: Lang }> }).items);
  }
  for (const line of readFileSync(path.join(DATA, 'relevance.jsonl'), 'utf8').split('\n')) {
    if (line.trim()) out.push(JSON.parse(line) as { title: string; summary: string; lang?: Lang });
  }
  // Datelines, a second dateline, "mil" at the lead's cut, no summary at all.
  out.push(
    { title: 'Migrants found in trailer', summary: 'EL PASO, Texas (AP) — WASHINGTON (Reuters) - Agents found 38 migrants on Tuesday.' },
    { title: 'Llegan migrantes', summary: `${'palabra '.repeat(39)}240 mil migrantes llegaron el lunes a Tijuana.` },
    { title: 'Border Patrol: 1,200 arrests in El Paso', summary: '' },
  );
  return out;
}

test('an item source text features, derived from the item features, equal those computed from the text alone', () => {
  const at = Date.parse('2024-03-05T15:00:00Z');
  let n = 0;
  for (const x of texts()) {
    const ms = x.published ? Date.parse(x.published) || at : at;
    const summary = x.summary ?? '';
    const item = textFeatures(x.title, summary, extractFigures({ title: x.title, summary }, { published: x.published, lang: x.lang }), ms);
    const text = { title: x.title, lead: leadOf(summary), at: new Date(ms).toISOString() };
    expect(plain(leadFeaturesOf(item, text, ms))).toEqual(plain(textFeatures(text.title, text.lead, [], Date.parse(text.at))));
    n++;
  }
  expect(n).toBeGreaterThan(500);
});
