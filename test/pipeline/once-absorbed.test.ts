/**
 * run --once lists a story once when a later report shows two stories to be one event (the clusterer folds
 * them: see test/stories/bridging.test.ts): the folded story is not listed beside the one that holds it.
 */
import { parseConfig } from '../../src/config/load';
import { createLogger } from '../../src/log';
import { runOnce } from '../../src/pipeline/once';
import { createMemoryStores } from '../../src/store/memory';
import { listen } from '../support/http';

// Invented coverage of one ruling (a wire, a local reaction that shares too little with it, a Spanish report
// that tells both), each from an outlet of its own.
const FEEDS: Record<string, { title: string; summary: string; published: string; link: string }> = {
  wire: { title: 'Judge halts end of protections for 120,000 Salvadorans', summary: 'U.S. District Judge Laura Pineda in Boston ruled on Tuesday that the administration failed to weigh conditions in El Salvador before ending Temporary Protected Status for Salvadorans.', published: 'Tue, 06 May 2031 15:00:00 GMT', link: 'https://wire.example.com/tps-ruling' },
  houston: { title: 'Salvadoran families in Houston cheer TPS ruling', summary: 'Community groups in Houston said Tuesday the court decision protects thousands of working families from deportation to El Salvador.', published: 'Tue, 06 May 2031 16:00:00 GMT', link: 'https://houston.example.com/tps-cheer' },
  diario: { title: 'Jueza frena el fin del TPS para 120.000 salvadoreños', summary: 'La jueza federal Laura Pineda, en Boston, concluyó el martes que el Gobierno no evaluó la situación de El Salvador antes de retirar el Estatus de Protección Temporal; en Houston, familias salvadoreñas celebraron la decisión.', published: 'Tue, 06 May 2031 17:00:00 GMT', link: 'https://diario.example.com/tps-jueza' },
};

const rss = (name: string, it: (typeof FEEDS)[string]) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>${name}</title><link>https://${name}.example.com/</link><description>test</description><item><title>${it.title}</title><link>${it.link}</link><guid>${it.link}</guid><pubDate>${it.published}</pubDate><description>${it.summary}</description></item></channel></rss>`;

test('a report that tells two stories folds them: run --once lists one story with every source', async () => {
  const server = await listen((req, res) => {
    const name = /^\/(\w+)\.xml$/.exec(req.url ?? '')?.[1] ?? '';
    const it = FEEDS[name];
    if (!it) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(name, it));
  });
  try {
    const config = parseConfig({
      fetch: { allowPrivateHosts: ['127.0.0.1'], timeoutMs: 5000, maxItemAgeHours: 0 },
      official: { datasets: [] },
      feeds: Object.keys(FEEDS).map((name) => ({ name, url: `${server.url}/${name}.xml`, lang: name === 'diario' ? 'es' : 'en' })),
      keywords: { rules: [{ name: 'tps', match: 'TPS OR "Temporary Protected Status"' }] },
    });
    const result = await runOnce({ config, stores: createMemoryStores(), logger: createLogger({ level: 'silent' }), now: () => new Date('2031-05-06T18:00:00Z') });
    expect(result.feeds.map((f) => f.status)).toEqual(['ok', 'ok', 'ok']);
    expect(result.stories).toHaveLength(1);
    expect(result.stories[0]!.sources.map((s) => s.name).sort()).toEqual(['diario', 'houston', 'wire']);
  } finally {
    await server.close();
  }
});
