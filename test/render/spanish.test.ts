/**
 * Spanish-speaking channels: with `language: es` every fixed text of digests and alerts is Spanish, numbers
 * use Spanish separators and dates read "1 dic 2026"; stories keep their own language, and a Spanish story's
 * figures read in Spanish on every channel.
 */
import { composeAlert, composeDigest } from '../../src/digest/compose';
import { renderDiscord } from '../../src/platforms/discord/render';
import { renderSlack } from '../../src/platforms/slack/render';
import { channelLanguage } from '../../src/config/language';
import { parseConfig } from '../../src/config/load';
import { Pipeline } from '../../src/pipeline/pipeline';
import { seedSubscriptions } from '../../src/pipeline/subscriptions';
import { createMemoryStores } from '../../src/store/memory';
import { createLogger } from '../../src/log';
import { figure, story } from './fixtures';

const window = { from: '2026-11-30T14:00:00Z', to: '2026-12-01T14:00:00Z', timezone: 'UTC' };
const en = story({
  title: 'Border Patrol apprehensions fall to 47,300 in November',
  figures: [figure({ value: 47300, qualifier: null, period: '2026-11' })],
  sources: [
    { name: 'Rio Grande Herald', title: 't', url: 'https://rgh.example/a' },
    { name: 'Valley Ledger', title: 't', url: 'https://vl.example/a' },
  ],
});
const es = story({
  id: 's2',
  lang: 'es',
  url: 'https://ndn.example/inm',
  title: 'INM reporta más de 7.500 detenciones en Chiapas',
  summary: 'El INM informó que realizó más de 7.500 detenciones de migrantes en Chiapas durante noviembre.',
  figures: [figure({ value: 7500, qualifier: 'más de', metric: 'detenciones', scope: 'en Chiapas', period: '2026-11', source: 'INM' })],
  sources: [{ name: 'Noticias del Norte', title: 't', url: 'https://ndn.example/inm' }],
});

test('a Spanish digest on Discord: Spanish headings, separators and dates; stories in their own language', () => {
  const pages = renderDiscord(composeDigest([en, es], window, { lang: 'es' }));
  const all = JSON.stringify(pages);
  const numbers = pages[0]!.embeds[0]!;
  expect(numbers.title).toBe('En cifras');
  expect(numbers.author?.name).toBe('Resumen de frontera y migración');
  expect(numbers.description).toContain('• más de 7.500 detenciones en Chiapas (nov 2026, INM)');
  expect(numbers.description).toContain('• 47.300 apprehensions between ports of entry (nov 2026, CBP)');
  expect(numbers.footer?.text).toBe('30 nov 2026, 14:00 – 1 dic 2026, 14:00 UTC · Cambiar: /border suscribir … · Dejar: /border cancelar');
  const story1 = pages[0]!.embeds.find((e) => e.title?.startsWith('Border Patrol'))!;
  expect(story1.fields?.map((f) => f.name)).toEqual(['Cifras clave', 'También lo publicó']);
  expect(all).not.toMatch(/By the numbers|Key figures|Also reported by|No new stories/);
  // The stories keep their language.
  expect(all).toContain('Border Patrol apprehensions fall to 47,300 in November');
});

test('a Spanish digest on Slack, and the empty window', () => {
  const [p] = renderSlack(composeDigest([en, es], window, { lang: 'es' }));
  const text = JSON.stringify(p);
  expect(text).toContain('*En cifras*');
  expect(text).toContain('También lo publicó: ');
  expect(p!.text).toContain('2 noticias');
  expect(text).not.toMatch(/By the numbers|Also reported by/);
  const [empty] = renderSlack(composeDigest([], window, { lang: 'es' }));
  expect(JSON.stringify(empty)).toContain('Sin noticias nuevas en este periodo.');
  const [emptyD] = renderDiscord(composeDigest([], window, { lang: 'es' }));
  expect(emptyD!.embeds[0]!.description).toBe('Sin noticias nuevas en este periodo.');
});

test('alerts: Spanish labels on a Spanish channel; a Spanish story reads in Spanish form on an English channel', () => {
  const [d] = renderDiscord(composeAlert(en, { lang: 'es' }));
  expect(d!.embeds[0]!.fields?.[0]).toEqual({ name: 'Cifras clave', value: '• 47.300 apprehensions between ports of entry (nov 2026, CBP)' });
  const [onEnglish] = renderDiscord(composeAlert(es));
  expect(onEnglish!.embeds[0]!.fields?.[0]).toEqual({ name: 'Key figures', value: '• más de 7.500 detenciones en Chiapas (nov 2026, INM)' });
  const [s] = renderSlack(composeAlert(es));
  expect(JSON.stringify(s)).toContain('más de 7.500 detenciones');
});

test('the channel language: the subscription, else its workspace, else defaults.language', () => {
  const config = parseConfig({ defaults: { language: 'en', workspaces: { T0SPANISH: 'es', '900000000000000001': 'es' } } });
  expect(channelLanguage(config, { language: 'es' })).toBe('es');
  expect(channelLanguage(config, { workspace: 'T0SPANISH' })).toBe('es');
  expect(channelLanguage(config, { language: 'en', workspace: 'T0SPANISH' })).toBe('en');
  expect(channelLanguage(config, {}, '900000000000000001')).toBe('es');
  expect(channelLanguage(config, {})).toBe('en');
  expect(channelLanguage(parseConfig({ defaults: { language: 'es' } }), {})).toBe('es');
});

test('the pipeline renders each subscription in its language', async () => {
  const config = parseConfig({
    subscriptions: [
      { id: 'es-digest', platform: 'slack', channel: 'C1', mode: 'digest', schedule: '0 8 * * *', language: 'es' },
      { id: 'en-digest', platform: 'slack', channel: 'C2', mode: 'digest', schedule: '0 8 * * *' },
      { id: 'es-alerts', platform: 'discord', channel: '1', mode: 'instant', workspace: 'G1' },
    ],
    defaults: { workspaces: { G1: 'es' } },
    keywords: { rules: [{ name: 'any', match: 'apprehensions OR detenciones' }] },
  });
  const stores = createMemoryStores();
  await seedSubscriptions(config, stores.subscriptions);
  const p = new Pipeline(config, stores, createLogger({ level: 'silent' }), 'service');
  const subs = await stores.subscriptions.list();
  const get = (id: string) => subs.find((s) => s.id === id)!;
  const w = { from: new Date(window.from), to: new Date(window.to) };
  const esDigest = JSON.stringify(await p.digestDeliveries(get('es-digest'), w, [en, es]));
  const enDigest = JSON.stringify(await p.digestDeliveries(get('en-digest'), w, [en, es]));
  expect(esDigest).toContain('En cifras');
  expect(enDigest).toContain('By the numbers');
  const alerts = await p.alertDeliveries(en);
  expect(JSON.stringify(alerts.find((d) => d.subscriptionId === 'es-alerts'))).toContain('Cifras clave');
});
