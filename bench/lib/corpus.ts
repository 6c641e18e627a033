/**
 * A realistic corpus of feed items for the pipeline benchmarks, built from the labelled texts in
 * eval/data (relevance.jsonl: EN/ES border items and irrelevant look-alikes; clustering.json: same-story
 * reports from several outlets; figures.json: number-heavy ledes). Items are cycled with variations
 * (shifted numbers, a local detail sentence, dates a few days apart, another outlet) so that a large corpus
 * is not mostly exact duplicates, then written out as RSS 2.0 and Atom documents of 20 items each,
 * with HTML descriptions (CDATA or entity-escaped) as real feeds carry them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../src/model';

export interface CorpusEntry {
  title: string;
  summary: string;
  lang: Lang;
  link: string;
  guid: string;
  published: Date;
  outlet: number;
}

export interface CorpusFeed {
  url: string;
  name: string;
  lang?: Lang;
  xml: string;
  contentType: string;
  items: number;
}

interface Seed {
  title: string;
  summary: string;
  lang: Lang;
}

const DATA = path.resolve(__dirname, '..', '..', 'eval', 'data');

function loadSeeds(): Seed[] {
  const seeds: Seed[] = [];
  for (const line of readFileSync(path.join(DATA, 'relevance.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { title: string; summary?: string; lang: Lang };
    seeds.push({ title: r.title, summary: r.summary ?? '', lang: r.lang });
  }
  const clustering = JSON.parse(readFileSync(path.join(DATA, 'clustering.json'), 'utf8')) as { items: Array<{ title: string; summary: string; lang?: Lang }> };
  for (const c of clustering.items) seeds.push({ title: c.title, summary: c.summary, lang: c.lang ?? 'en' });
  const figures = JSON.parse(readFileSync(path.join(DATA, 'figures.json'), 'utf8')) as Array<{ text: string; lang: Lang }>;
  for (const f of figures) {
    const first = f.text.split(/(?<=[.!?])\s+/)[0] ?? f.text;
    const title = first.length > 110 ? `${first.slice(0, first.lastIndexOf(' ', 105))}…` : first;
    seeds.push({ title, summary: f.text, lang: f.lang });
  }
  return seeds;
}

const PLACES = ['El Paso', 'Tijuana', 'Nogales', 'Laredo', 'Ciudad Juárez', 'Eagle Pass', 'San Diego', 'Yuma', 'Reynosa', 'Matamoros', 'Tucson', 'McAllen', 'Brownsville', 'Mexicali', 'Del Rio', 'Sásabe', 'Piedras Negras', 'Calexico', 'Douglas', 'Presidio'];
const DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAYS_ES = ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'];

/** Shift every number of 2+ digits by `k` (keeps thousands separators readable enough for the figures stage). */
function shiftNumbers(text: string, k: number): string {
  if (k === 0) return text;
  return text.replace(/\b\d{2,}\b/g, (n) => String(Number(n) + k));
}

/** `count` varied entries; deterministic. `now` anchors publish times (cycle k is k×4 days older). */
export function buildEntries(count: number, now = new Date()): CorpusEntry[] {
  const seeds = loadSeeds();
  const out: CorpusEntry[] = [];
  for (let i = 0; i < count; i++) {
    const s = seeds[i % seeds.length]!;
    const k = Math.floor(i / seeds.length);
    const place = PLACES[(i * 7 + k) % PLACES.length]!;
    const detail = k === 0 ? '' : s.lang === 'es' ? ` Autoridades en ${place} informaron el ${DAYS_ES[(i + k) % 7]}.` : ` Officials in ${place} said on ${DAYS_EN[(i + k) % 7]}.`;
    const outlet = (i + k * 3) % 40;
    out.push({
      title: shiftNumbers(s.title, k),
      summary: shiftNumbers(s.summary, k) + detail,
      lang: s.lang,
      link: `https://news${outlet}.example.com/${s.lang}/2024/${i}-story?utm_source=rss&utm_medium=feed`,
      guid: `urn:bench:${outlet}:${i}`,
      published: new Date(now.getTime() - k * 4 * 86_400_000 - (i % 300) * 60_000),
      outlet,
    });
  }
  return out;
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function htmlDescription(e: CorpusEntry): string {
  return `<p>${xmlEscape(e.summary)}</p><p><a href="${xmlEscape(e.link)}">Read more</a> &middot; <em>${e.lang === 'es' ? 'Noticias' : 'News'}</em></p>`;
}

/** An RSS 2.0 document of these entries (HTML descriptions, alternately CDATA and escaped). */
export function rssDocument(name: string, entries: CorpusEntry[], n: number): string {
  const items = entries.map((e, j) => {
    const html = htmlDescription(e);
    const description = j % 2 === 0 ? `<![CDATA[${html}]]>` : xmlEscape(html);
    return `<item><title>${xmlEscape(e.title)}</title><link>${xmlEscape(e.link)}</link><guid isPermaLink="false">${e.guid}</guid><pubDate>${e.published.toUTCString()}</pubDate><category>${e.lang === 'es' ? 'Frontera' : 'Border'}</category><description>${description}</description></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${xmlEscape(name)}</title><link>https://feed${n}.example.com/</link><description>Bench feed ${n}</description><language>en</language>${items.join('\n')}</channel></rss>`;
}

function atomDocument(name: string, entries: CorpusEntry[], n: number): string {
  const items = entries.map(
    (e) =>
      `<entry><title>${xmlEscape(e.title)}</title><link rel="alternate" href="${xmlEscape(e.link)}"/><id>${e.guid}</id><updated>${e.published.toISOString()}</updated><published>${e.published.toISOString()}</published><summary type="html">${xmlEscape(htmlDescription(e))}</summary></entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${xmlEscape(name)}</title><id>urn:bench:feed:${n}</id><updated>${new Date().toISOString()}</updated>${items.join('\n')}</feed>`;
}

/** Group entries into feed documents of `perFeed` items; every fifth feed is Atom. */
export function buildFeeds(entries: CorpusEntry[], perFeed = 20): CorpusFeed[] {
  const feeds: CorpusFeed[] = [];
  for (let start = 0, n = 0; start < entries.length; start += perFeed, n++) {
    const chunk = entries.slice(start, start + perFeed);
    const name = `Bench Outlet ${n}`;
    const atom = n % 5 === 4;
    feeds.push({
      url: `https://feed${n}.example.com/${atom ? 'atom' : 'rss'}.xml`,
      name,
      xml: atom ? atomDocument(name, chunk, n) : rssDocument(name, chunk, n),
      contentType: atom ? 'application/atom+xml; charset=utf-8' : 'application/rss+xml; charset=utf-8',
      items: chunk.length,
    });
  }
  return feeds;
}

/**
 * A small RSS document for the polling benchmarks: the `items` newest entries of feed `feed` after
 * `generation` updates (each update publishes one new entry and drops the oldest).
 */
export function smallFeedXml(feed: number, generation: number, items = 10): string {
  const now = Date.now();
  const entries: CorpusEntry[] = [];
  for (let j = 0; j < items; j++) {
    const id = generation + j;
    entries.push({
      title: `Feed ${feed} item ${id}: Border Patrol reports ${100 + ((feed + id) % 900)} migrant encounters near ${PLACES[(feed + id) % PLACES.length]}`,
      summary: `Agents in the ${PLACES[(feed + j) % PLACES.length]} sector recorded ${100 + ((feed * 7 + id) % 900)} encounters with migrants, officials said. Shelter directors described crowded conditions.`,
      lang: 'en',
      link: `https://poll${feed}.example.com/news/${id}`,
      guid: `urn:poll:${feed}:${id}`,
      published: new Date(now - (items - j) * 60_000),
      outlet: feed,
    });
  }
  return rssDocument(`Poll feed ${feed}`, entries, feed);
}
