/**
 * Release announcements in each channel's language: the real announce job (src/official/jobs.ts) over memory
 * stores holding two CBP releases, the real chart renderer and the real Discord/Slack payload builders. A
 * subscription with `language: es`, one whose workspace defaults to Spanish, and English ones get their own
 * title, lines, revisions, footer and chart.
 */
import { parseConfig } from '../../src/config/load';
import { runOfficialAnnounce } from '../../src/official/jobs';
import { chartOfRelease } from '../../src/official/chart-source';
import { announcementDeliveries } from '../../src/official/announce';
import type { Delivery } from '../../src/pipeline/pipeline';
import { MemoryOfficialStore } from '../../src/store/memory/official-store';
import { createMemoryStores } from '../../src/store/memory';
import { seedSubscriptions } from '../../src/pipeline/subscriptions';
import { memoryLogger } from '../commands/fixtures';
import { NOV_AOR, OCT_AOR } from './fixtures';
import { decodePng } from './png';
import { fixtureRelease } from './store-contract';

const PAGE = 'https://www.cbp.gov/document/stats/nationwide-encounters';
type Embed = { title: string; description: string; footer: { text: string }; image?: { url: string } };
type File = { name: string; title: string; base64: string };

test('each opted-in subscription gets the announcement and the chart in its channel language', async () => {
  const official = new MemoryOfficialStore();
  await official.putRelease(await fixtureRelease(OCT_AOR, '2025-11-14T15:00:00.000Z'));
  await official.putRelease({ ...(await fixtureRelease(NOV_AOR, '2025-12-12T15:00:00.000Z')), page: PAGE });
  const config = parseConfig({
    official: { datasets: [{ id: 'cbp-nationwide', type: 'cbp-encounters', page: PAGE }] },
    defaults: { language: 'en', workspaces: { T0MX: 'es' } },
    subscriptions: [
      { id: 'es-d', platform: 'discord', channel: '777777777777777701', mode: 'instant', official: true, language: 'es' },
      { id: 'mx-s', platform: 'slack', channel: 'C0MX', workspace: 'T0MX', mode: 'instant', official: true },
      { id: 'en-d', platform: 'discord', channel: '777777777777777702', mode: 'instant', official: true },
      { id: 'es-quiet', platform: 'discord', channel: '777777777777777703', mode: 'instant', language: 'es' },
    ],
  });
  const { subscriptions } = createMemoryStores();
  await seedSubscriptions(config, subscriptions);
  const sent: Delivery[] = [];
  const result = await runOfficialAnnounce('cbp-nationwide', '2025-11', {
    config,
    official,
    subscriptions,
    logger: memoryLogger().logger,
    addAnnounce: async () => {},
    addDeliveries: async (d) => void sent.push(...d),
  });
  expect(result).toEqual({ announced: 3 });
  const payload = (id: string) => sent.find((d) => d.subscriptionId === id)!.messages[0]!.payload as Record<string, unknown>;

  const es = payload('es-d');
  const embed = (es.embeds as Embed[])[0]!;
  expect(embed.title).toBe('Nuevas cifras de encuentros de la CBP: nov 2025');
  expect(embed.description).toContain('Encuentros en la frontera suroeste: 175.660 (−3.648 (−2,0 %) respecto a oct 2025; +5.034 (+3,0 %) respecto a nov 2024)');
  expect(embed.description).toContain('Encuentros en todo el país: 192.768');
  expect(embed.description).toContain('**Revisado en esta publicación**');
  expect(embed.description).toContain('Encuentros en la frontera suroeste, oct 2025: 178.074 → 179.308');
  expect(embed.footer.text).toBe('Fuente: Oficina de Aduanas y Protección Fronteriza de EE. UU. (CBP), publicado el 12 dic 2025. Los meses anteriores pueden revisarse en publicaciones posteriores.');
  expect(embed.description).not.toMatch(/Southwest|Revised|175,660/);
  const [esFile] = es._files as File[];
  expect(esFile!.title).toBe('Encuentros en la frontera suroeste, últimos 13 meses hasta nov 2025');
  expect(embed.image?.url).toBe(`attachment://${esFile!.name}`);
  const release = (await official.getRelease('cbp-nationwide', '2025-11'))!;
  const spanishChart = (await chartOfRelease(release, 'cbp-nationwide.southwest.all', 'es'))!;
  const englishChart = (await chartOfRelease(release, 'cbp-nationwide.southwest.all'))!;
  expect(Buffer.from(esFile!.base64, 'base64').equals(spanishChart)).toBe(true);
  expect(decodePng(spanishChart).width).toBe(720);

  // The workspace default makes the Slack channel Spanish too.
  const mx = payload('mx-s');
  expect(mx.text).toContain('Nuevas cifras de encuentros de la CBP: nov 2025');
  const blocks = JSON.stringify(mx.blocks);
  expect(blocks).toContain('*Revisado en esta publicación*');
  expect(blocks).toContain('Encuentros en la frontera suroeste: 175.660');
  expect(Buffer.from((mx._files as File[])[0]!.base64, 'base64').equals(spanishChart)).toBe(true);

  // English stays as it was.
  const en = payload('en-d');
  const enEmbed = (en.embeds as Embed[])[0]!;
  expect(enEmbed.title).toBe('New CBP encounter numbers: Nov 2025');
  expect(enEmbed.description).toContain('Southwest border encounters: 175,660 (−3,648 (−2.0%) vs Oct 2025; +5,034 (+3.0%) vs Nov 2024)');
  expect(enEmbed.description).toContain('**Revised in this release**');
  expect(enEmbed.footer.text).toBe('Source: U.S. Customs and Border Protection, released 2025-12-12. Earlier months may be revised in later releases.');
  const [enFile] = en._files as File[];
  expect(enFile!.title).toBe('Southwest border encounters, last 13 months to Nov 2025');
  expect(Buffer.from(enFile!.base64, 'base64').equals(englishChart)).toBe(true);
});

test('announcementDeliveries: a bare Buffer is the English chart; a language without a chart goes out without one', async () => {
  const release = await fixtureRelease(NOV_AOR, '2025-12-12T15:00:00.000Z');
  const subs = [
    { id: 'a', platform: 'discord' as const, channel: '1', mode: 'instant' as const, official: true, language: 'es' as const, timezone: 'UTC', postEmpty: false },
    { id: 'b', platform: 'discord' as const, channel: '2', mode: 'instant' as const, official: true, timezone: 'UTC', postEmpty: false },
  ];
  const d = announcementDeliveries(release, [], subs as never, Buffer.from('png'));
  const a = d[0]!.messages[0]!.payload as Record<string, unknown>;
  const b = d[1]!.messages[0]!.payload as Record<string, unknown>;
  expect((a.embeds as Embed[])[0]!.title).toBe('Nuevas cifras de encuentros de la CBP: nov 2025');
  expect(a).not.toHaveProperty('_files');
  expect((a.embeds as Embed[])[0]!.image).toBeUndefined();
  expect((b._files as File[])[0]!.base64).toBe(Buffer.from('png').toString('base64'));
});
