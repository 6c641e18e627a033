/**
 * One figure stated twice in one story under two metric words ("7.500 detenciones" in one outlet's copy,
 * "7.500 migrantes" in another's) is one figure: in extraction, in the latest-figures store and in a
 * digest's "By the numbers". Memory stores, the real Pipeline; sentences written for this test.
 */
import { parseConfig } from '../../src/config/load';
import { extractFigures } from '../../src/figures/extract';
import { foldStoryRepeats } from '../../src/figures/store';
import { createLogger } from '../../src/log';
import { Pipeline } from '../../src/pipeline/pipeline';
import { seedSubscriptions } from '../../src/pipeline/subscriptions';
import { createMemoryStores } from '../../src/store/memory';
import { entry } from './store-contract';

describe('extraction: one story, one figure per value, period and kind', () => {
  it('the same count under two nouns is one figure, kept under the more specific noun, with the period of either', () => {
    const figs = extractFigures(
      { title: 'Reportan 7.500 migrantes detenidos en Sonora', summary: 'La Patrulla Fronteriza sumó 7.500 detenciones en agosto en el sector de Tucson.' },
      { published: '2024-09-11', lang: 'es' },
    );
    expect(figs.filter((f) => f.value === 7500)).toHaveLength(1);
    expect(figs[0]).toMatchObject({ value: 7500, metric: 'detenciones', period: '2024-08' });
  });
  it('the same value in two different periods is two figures', () => {
    const figs = extractFigures('Hubo 7.500 detenciones en julio. En agosto se registraron otras 7.500 detenciones.', { published: '2024-09-11', lang: 'es' });
    expect(figs.filter((f) => f.value === 7500).map((f) => f.period).sort()).toEqual(['2024-07', '2024-08']);
  });
});

describe('latest figures: repeats of one story are folded', () => {
  it('same story, value, period and kind under two metrics: one, the more specific metric', () => {
    const a = { ...entry({ value: 7500, metric: 'migrantes', period: '2024-08', scope: null }, { storyId: 's1' }) };
    const b = { ...entry({ value: 7500, metric: 'detenciones', period: '2024-08', scope: null }, { storyId: 's1' }) };
    expect(foldStoryRepeats([a, b]).map((e) => e.figure.metric)).toEqual(['detenciones']);
    expect(foldStoryRepeats([b, a]).map((e) => e.figure.metric)).toEqual(['detenciones']);
  });
  it('another story, another period or another kind stays apart', () => {
    const a = entry({ value: 7500, metric: 'migrantes', period: '2024-08', scope: null }, { storyId: 's1' });
    expect(foldStoryRepeats([a, entry({ value: 7500, metric: 'detenciones', period: '2024-08', scope: null }, { storyId: 's2' })])).toHaveLength(2);
    expect(foldStoryRepeats([a, entry({ value: 7500, metric: 'detenciones', period: '2024-07', scope: null }, { storyId: 's1' })])).toHaveLength(2);
    expect(foldStoryRepeats([a, entry({ value: 7500, metric: 'detenciones', period: '2024-08', scope: null, kind: 'change' }, { storyId: 's1' })])).toHaveLength(2);
  });
});

test('digest "En cifras": two outlets of one Spanish story, one under "detenciones" and one under "migrantes", show the figure once', async () => {
  const config = parseConfig({
    feeds: [{ name: 'Diario', url: 'https://diario.example/feed' }],
    keywords: { rules: [{ name: 'migración', match: 'migrantes OR detenciones' }] },
    subscriptions: [{ platform: 'slack', channel: 'C7', mode: 'digest', schedule: '0 8 * * *', language: 'es' }],
  });
  const stores = createMemoryStores();
  await seedSubscriptions(config, stores.subscriptions);
  const p = new Pipeline(config, stores, createLogger({ level: 'silent' }), 'service', () => new Date('2024-09-12T00:00:00Z'));
  const base = { feedUrl: 'https://diario.example/feed', published: '2024-09-11T15:00:00Z', lang: 'es' as const };
  const one = await p.process({ ...base, id: 'a1', feedName: 'Diario del Norte', link: 'https://norte.example/a', title: 'Patrulla Fronteriza reporta 7.500 detenciones en Sonora en agosto', summary: 'La Patrulla Fronteriza sumó 7.500 detenciones en agosto en Sonora.' });
  const two = await p.process({ ...base, id: 'b1', feedName: 'El Vigía', link: 'https://vigia.example/b', published: '2024-09-11T16:00:00Z', title: 'Patrulla Fronteriza detiene a 7.500 migrantes en Sonora en agosto', summary: 'Agentes de la Patrulla Fronteriza detuvieron a 7.500 migrantes en agosto en Sonora.' });
  expect(one.kind).toBe('new');
  expect(two.kind).toBe('merged');
  const stories = await stores.stories.recent({ since: '2024-09-01T00:00:00Z', limit: 10 });
  expect(stories).toHaveLength(1);
  const latest = (await stores.figures.latest(undefined, 10)).filter((l) => l.figure.value === 7500);
  expect(latest.map((l) => l.figure.metric)).toEqual(['detenciones']);
  const sub = (await stores.subscriptions.list())[0]!;
  const [d] = await p.digestDeliveries(sub, { from: new Date('2024-09-11T00:00:00Z'), to: new Date('2024-09-12T00:00:00Z') }, stories);
  const blocks = (d!.messages[0]!.payload as { blocks: Array<{ type: string; text?: { text: string } }> }).blocks;
  const i = blocks.findIndex((b) => /En cifras/.test(b.text?.text ?? ''));
  expect(i).toBeGreaterThanOrEqual(0);
  // The section from the heading to the first story: the figure once, under the specific metric.
  const numbers = blocks.slice(i, blocks.findIndex((b, j) => j > i && b.type === 'divider')).map((b) => b.text?.text ?? '').join('\n');
  const entries = numbers.split('\n').filter((l) => l.startsWith('•'));
  expect(entries.filter((l) => l.includes('7.500'))).toHaveLength(1);
  expect(entries.join('\n')).toMatch(/• 7\.500 detenciones/);
});
