import http from 'node:http';
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { buildEntries, buildFeeds } from './lib/corpus';
const feeds = buildFeeds(buildEntries(1000), 20);
const bodies = feeds.map((f) => ({ body: Buffer.from(f.xml, 'utf8'), type: f.contentType }));
const server = http.createServer((req, res) => {
  const n = Number(/^\/f\/(\d+)\.xml$/.exec(req.url ?? '')?.[1] ?? -1);
  const f = bodies[n];
  if (!f) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': f.type, 'content-length': f.body.length }).end(f.body);
});
server.listen(0, '127.0.0.1', 1024, () => {
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const urls = feeds.map((_, i) => `${base}/f/${i}.xml`);
  writeFileSync('/tmp/oneshot-config.json', JSON.stringify({ fetch: { allowPrivateHosts: ['127.0.0.1'], maxItemAgeHours: 0, concurrency: 16 }, official: { datasets: [] }, feeds: feeds.map((f, i) => ({ url: urls[i], name: f.name, ...(f.lang ? { lang: f.lang } : {}) })) }));
  writeFileSync('/tmp/oneshot-urls.json', JSON.stringify(urls));
  console.log('ready', feeds.length);
});
