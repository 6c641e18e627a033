/**
 * `/border latest` with the official numbers in a Spanish reply: the real handler over memory stores holding two
 * CBP releases, the real chart provider (vega + resvg). Spanish headline, numbers (175.660), months ("nov 2025"),
 * dates ("12 dic 2025"), breakdowns, revisions, footer and the chart's title and picture; English unchanged.
 */
import { createCommandHandler } from '../../src/commands/handlers';
import { createMemoryStores } from '../../src/store/memory';
import { createChartProvider } from '../../src/official/chart-source';
import { seedSubscriptions } from '../../src/pipeline/subscriptions';
import { fixtureRelease } from '../official/store-contract';
import { NOV_AOR, OCT_AOR } from '../official/fixtures';
import { decodePng } from '../official/png';
import { memoryLogger, replyText, request, testConfig } from './fixtures';

const PAGE = 'https://www.cbp.gov/document/stats/nationwide-encounters';

async function setup(over: Record<string, unknown> = {}) {
  const stores = createMemoryStores();
  await stores.official!.putRelease(await fixtureRelease(OCT_AOR, '2025-11-14T15:00:00.000Z'));
  await stores.official!.putRelease({ ...(await fixtureRelease(NOV_AOR, '2025-12-12T15:00:00.000Z')), page: PAGE });
  const config = testConfig({ official: { datasets: [{ id: 'cbp-nationwide', type: 'cbp-encounters', page: PAGE }] }, ...over });
  await seedSubscriptions(config, stores.subscriptions);
  const handle = createCommandHandler({ config, stores, logger: memoryLogger().logger });
  return { stores, config, handle };
}

test('asked in Spanish: the headline numbers, revisions, footer and chart are Spanish, with Spanish numbers and dates', async () => {
  const { handle } = await setup();
  const r = await handle(request('latest', [], { lang: 'es' }));
  expect(r.title).toBe('Últimas cifras');
  expect(r.lines[0]).toEqual({ text: 'Cifras oficiales de nov 2025 (CBP, publicadas el 12 dic 2025)', url: PAGE });
  const text = replyText(r);
  expect(text).toContain('Encuentros en la frontera suroeste: 175.660 (−3.648 (−2,0 %) respecto a oct 2025; +5.034 (+3,0 %) respecto a nov 2024)');
  expect(text).toContain('Encuentros en todo el país: 192.768');
  expect(text).toContain('Aprehensiones de la Patrulla Fronteriza (suroeste, entre puertos de entrada): 143.891');
  expect(text).toContain('Encuentros en los puertos de entrada del suroeste: 31.769');
  expect(text).toContain('Revisado: Encuentros en la frontera suroeste, oct 2025: ahora 179.308 (antes 178.074)');
  expect(r.footer).toBe('Fuente: CBP, encuentros en todo el país, publicado el 12 dic 2025; las cifras pueden revisarse en publicaciones posteriores.');
  expect(text).not.toMatch(/Official numbers|Southwest border|released|Revised|Source:|175,660|\bvs\b/);
  const [chart] = r.attachments!;
  expect(chart).toMatchObject({ name: 'cbp-nationwide.southwest.all.png', title: 'Encuentros en la frontera suroeste, últimos 13 meses hasta nov 2025', contentType: 'image/png' });
  const png = decodePng(chart!.data);
  expect(png.width).toBe(720);
  // The Spanish picture: the same bytes as the provider's Spanish chart, not the English one.
  const english = await handle(request('latest'));
  expect(english.lines[0]!.text).toBe('Official numbers for Nov 2025 (CBP, released 2025-12-12)');
  expect(english.attachments![0]!.title).toBe('Southwest border encounters, last 13 months to Nov 2025');
  expect(chart!.data.equals(english.attachments![0]!.data)).toBe(false);
});

test('a Spanish channel (subscription language) gets Spanish breakdowns, and shares', async () => {
  const { handle, config, stores } = await setup({ subscriptions: [{ platform: 'slack', channel: 'C0ES', mode: 'instant', language: 'es' }] });
  const citizenship = await handle(request('latest', ['encounters', 'by', 'citizenship'], { channelId: 'C0ES' }));
  expect(citizenship.title).toBe('Últimas cifras: encounters by citizenship');
  const text = replyText(citizenship);
  expect(text).toContain('Encuentros en la frontera suroeste: 175.660');
  expect(text).toMatch(/• MEXICO: [\d.]+ \(\d+,\d %\)/);
  expect(citizenship.attachments![0]!.title).toBe('Encuentros en la frontera suroeste, últimos 13 meses hasta nov 2025');
  const comp = replyText(await handle(request('latest', ['nationwide', 'encounters', 'by', 'component'], { channelId: 'C0ES' })));
  expect(comp).toContain('Encuentros en todo el país: 192.768');
  expect(comp).toContain('• Encuentros de la Patrulla Fronteriza en todo el país (entre puertos de entrada): 146.331 (75,9 %)');
  expect(comp).toContain('• Encuentros en puertos de entrada en todo el país (Operaciones de Campo): 46.437 (24,1 %)');
  const sectors = replyText(await handle(request('latest', ['apprehensions', 'by', 'sector'], { channelId: 'C0ES' })));
  expect(sectors).toContain('Encuentros de la Patrulla Fronteriza en la frontera suroeste (entre puertos de entrada): 143.891');
  // The chart provider was asked for the Spanish chart.
  const asked: Array<string | undefined> = [];
  const provider = createChartProvider(config, stores.official!);
  const spy = createCommandHandler({ config, stores, logger: memoryLogger().logger, charts: async (id, lang) => (asked.push(lang), provider(id, lang)) });
  await spy(request('latest', [], { channelId: 'C0ES' }));
  await spy(request('latest', [], { channelId: 'C0EN' }));
  expect(asked).toEqual(['es', undefined]);
});

test('no official data yet, in Spanish', async () => {
  const stores = createMemoryStores();
  const handle = createCommandHandler({ config: testConfig({ official: { datasets: [{ id: 'cbp-nationwide', type: 'cbp-encounters', page: PAGE }] } }), stores, logger: memoryLogger().logger });
  const r = await handle(request('latest', ['encounters', 'by', 'citizenship'], { lang: 'es' }));
  expect(replyText(r)).toContain('Todavía no hay datos oficiales');
});

test('Spanish query words: "encuentros por nacionalidad", "nacional encuentros por componente"; Spanish errors; "detenciones por día" stays a news metric', async () => {
  const { handle } = await setup();
  const byCitizenship = await handle(request('latest', ['encuentros', 'por', 'nacionalidad'], { lang: 'es' }));
  expect(byCitizenship.title).toBe('Últimas cifras: encuentros por nacionalidad');
  expect(replyText(byCitizenship)).toMatch(/• MEXICO: [\d.]+ \(\d+,\d %\)/);
  expect(replyText(byCitizenship)).not.toContain('Cifras más recientes en las noticias');
  const comp = replyText(await handle(request('latest', ['nacional', 'encuentros', 'por', 'componente'], { lang: 'es' })));
  expect(comp).toContain('• Encuentros de la Patrulla Fronteriza en todo el país (entre puertos de entrada): 146.331 (75,9 %)');
  const bad = await handle(request('latest', ['encuentros', 'por', 'clima'], { lang: 'es' }));
  expect(bad.ephemeral).toBe(true);
  expect(replyText(bad)).toContain('Desglose desconocido "clima": usa componente, demografía, nacionalidad o sector.');
  expect(replyText(bad)).toContain('/border cifras');
  const notOfficialBreakdown = replyText(await handle(request('latest', ['detenciones', 'by', 'sector'], { lang: 'es' })));
  expect(notOfficialBreakdown).toContain('Los desgloses son de las series oficiales');
  // "por" after a news metric is part of the metric: no breakdown error, a lookup of the news figures.
  const news = await handle(request('latest', ['detenciones', 'por', 'día'], { lang: 'es' }));
  expect(news.error).toBeFalsy();
  expect(replyText(news)).toContain('Todavía no hay cifras de "detenciones por día".');
  // English errors unchanged.
  expect(replyText(await handle(request('latest', ['encounters', 'by', 'weather'])))).toContain('Unknown breakdown "weather": use component, demographic, citizenship or sector.');
});
