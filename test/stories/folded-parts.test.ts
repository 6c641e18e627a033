/**
 * textFeatures folds the headline, the summary and the lead once each and joins their words where a feature
 * reads them together (SimHash, measures, event days, updates): the features equal the plain definitions
 * (each folding its own concatenated text), and are the same whether the caller gives the headline's words
 * (Pipeline.process, src/pipeline/analyse.ts) or not. Over the eval's clustering and relevance texts and the
 * invented seam texts of ./folded-parts.data.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stripDateline, words } from '../../src/stories/normalize-text';
import { simhash64 } from '../../src/stories/simhash';
import { leadOf, measuresOf, roadNumbersField, textFeatures, type TextFeatures } from '../../src/stories/similarity';
import { eventDays, namesWeekday, reportMonths, reportsUpdate, reportYears } from '../../src/stories/event-date';
import { EDGE_TEXTS } from './folded-parts.data';

const DATA = path.join(__dirname, '..', '..', 'eval', 'data');
const AT = Date.parse('2026-11-20T12:00:00Z');

function plain(f: TextFeatures): unknown {
  return JSON.parse(JSON.stringify(f, (_k, v: unknown) => (v instanceof Set ? [...(v as Set<unknown>)] : v instanceof Map ? [...(v as Map<unknown, unknown>)] : typeof v === 'bigint' ? v.toString(16) : v)));
}

function evalTexts(): Array<{ title: string; summary: string }> {
  const out: Array<{ title: string; summary: string }> = [];
  out.push(...(JSON.parse(readFileSync(path.join(DATA, 'clustering.json'), 'utf8')) as { items: Array<{ title: string; summary: string }> }).items);
  for (const line of readFileSync(path.join(DATA, 'relevance.jsonl'), 'utf8').split('\n')) if (line.trim()) out.push(JSON.parse(line) as { title: string; summary: string });
  return out.map((x) => ({ title: x.title, summary: x.summary ?? '' }));
}

describe('textFeatures from folded parts', () => {
  const texts = [...evalTexts(), ...EDGE_TEXTS];

  it('gives the features of the plain definitions (SimHash, measures, months, years, days, updates, roads)', () => {
    for (const { title, summary: raw } of texts) {
      const summary = stripDateline(raw);
      const lead = leadOf(raw);
      const f = textFeatures(title, raw, [], AT);
      expect(f.simhash).toBe(simhash64(`${title}\n${summary}`));
      const measures = measuresOf(`${title} ${summary}`);
      expect(f.measures ?? []).toEqual(measures);
      expect([...f.titleMonths]).toEqual([...reportMonths(title)]);
      expect([...f.titleYears]).toEqual([...reportYears(title)]);
      expect([...f.eventDays]).toEqual([...eventDays(`${title} ${lead}`, AT)]);
      expect(f.updates).toBe(reportsUpdate(`${title} ${lead}`));
      expect(f.namedDays).toBe(namesWeekday(`${title} ${lead}`, AT));
      expect(f.roadNumbers ? [...f.roadNumbers] : undefined).toEqual(roadNumbersField(title).roadNumbers ? [...roadNumbersField(title).roadNumbers!] : undefined);
    }
    expect(texts.length).toBeGreaterThan(500);
  });

  it('is the same with the headline words given (as Pipeline.process gives them) or not, with or without a time', () => {
    for (const { title, summary } of texts) {
      expect(plain(textFeatures(title, summary, [], AT, words(title)))).toEqual(plain(textFeatures(title, summary, [], AT)));
      expect(plain(textFeatures(title, summary, [], undefined, words(title)))).toEqual(plain(textFeatures(title, summary, [], undefined)));
    }
  });
});
