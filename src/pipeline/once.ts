import type { Config } from '../config/schema';
import type { FeedItem, FeedReport, Figure, OutboundMessage, Story } from '../model';
import type { Logger } from '../log';
import { mapLimit } from '../util/map-limit';
import { composeDigest } from '../digest/compose';
import { LABELS } from '../digest/labels';
import { Pipeline, type Delivery, type PipelineStores } from './pipeline';
import { seedSubscriptions } from './subscriptions';
import { shownFeedReport } from './once-report';
import type { Summarizer } from '../summary/llm';
import { sourceCountOf } from '../stories/cluster';

/** A story as printed by `run --once --json` (public contract: fields may be added, never changed). */
export interface StoryJson {
  id: string;
  title: string;
  url: string;
  published: string;
  summary: string;
  figures: Figure[];
  sources: Array<{ name: string; title: string; url: string }>;
  /** Every item merged into the story, also those beyond the sources kept (first 40 + 10 most recent). */
  sourceCount: number;
}

/** The object printed by `run --once --json` (public contract). */
export interface OnceResult {
  feeds: FeedReport[];
  stories: StoryJson[];
  messages: OutboundMessage[];
}

export interface OnceOptions {
  config: Config;
  stores: PipelineStores;
  logger: Logger;
  now?: () => Date;
  summarizer?: Summarizer;
}

/** `Date#toISOString` of a year 0–9999, or a bare 4-digit year (the "no date" sentinel, '9999'). */
const PLAIN_ISO = /^\d{4}(?:-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)?$/;

/**
 * `a.localeCompare(b)` for publish times. For two plain ISO times (the punctuation at the same places, so
 * the first difference is a digit) that is their code-unit order, with no collator: the first
 * `localeCompare` of a process initializes ICU collation, a few ms of a one-shot run. Anything else
 * (an extended year such as "+010000-…") still goes through `localeCompare`.
 */
export function compareIsoTimes(a: string, b: string): number {
  if (PLAIN_ISO.test(a) && PLAIN_ISO.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}

/**
 * Poll every feed once, process every item, and render what would be posted: one alert per story for
 * instant subscriptions, one digest for digest subscriptions, or — with no subscriptions — one preview
 * digest per platform for target "preview". Deliveries are returned, not sent.
 */
export async function runOnce(opts: OnceOptions): Promise<OnceResult & { deliveries: Delivery[] }> {
  const { config, stores, logger } = opts;
  const now = opts.now ?? (() => new Date());
  const pipeline = new Pipeline(config, stores, logger, 'once', now, opts.summarizer);
  await seedSubscriptions(config, stores.subscriptions);
  // Official datasets first, so the stories' figures are checked against them.
  // (The ingest code, CSV reader included, is loaded only when there is a dataset to fetch.)
  if (stores.official && config.official.datasets.length) {
    const { syncDatasets } = require('../official/sync') as typeof import('../official/sync');
    await syncDatasets(config, stores.official, { logger, now });
  }

  const feeds = await pipeline.feeds();
  const polled = await mapLimit(feeds, config.fetch.concurrency, (feed) => pipeline.poll(feed));
  const reports = polled.map((p) => p.report);

  // Oldest first, so a story's first source is the outlet that had it first.
  const items: FeedItem[] = polled.flatMap((p) => p.items);
  items.sort((a, b) => compareIsoTimes(a.published ?? '9999', b.published ?? '9999'));

  const stories = new Map<string, Story>();
  const order: string[] = [];
  for (const item of items) {
    try {
      const r = await pipeline.process(item);
      if (r.kind === 'new' || r.kind === 'merged') {
        if (!stories.has(r.story.id)) order.push(r.story.id);
        stories.set(r.story.id, r.story);
        // Stories the item showed to be this one are listed once, as this one.
        for (const id of r.kind === 'merged' ? (r.absorbed ?? []) : []) stories.delete(id);
      }
    } catch (e) {
      // One bad item never stops the run.
      logger.error({ feed: item.feedName, item: item.id, err: (e as Error).message }, 'item could not be processed');
    }
  }
  const storyList = order.flatMap((id) => stories.get(id) ?? []).sort((a, b) => compareIsoTimes(b.published, a.published));

  const deliveries: Delivery[] = [];
  const subs = (await stores.subscriptions.list()).filter((s) => !s.paused);
  const to = now();
  const from = new Date(to.getTime() - (config.fetch.maxItemAgeHours || 24) * 3_600_000);
  if (subs.length === 0) {
    for (const platform of ['discord', 'slack'] as const) {
      const lang = config.defaults.language;
      const message = composeDigest(storyList, { from, to, timezone: 'UTC' }, { title: LABELS[lang].previewTitle, lang });
      deliveries.push(...pipeline.render({ id: 'preview', platform, channel: 'preview' }, message, `preview-${platform}`));
    }
  } else {
    for (const sub of subs) {
      if (sub.mode === 'digest') deliveries.push(...(await pipeline.digestDeliveries(sub, { from, to }, storyList)));
    }
    // Instant alerts in publish order, as they would have arrived.
    for (const story of [...storyList].reverse()) deliveries.push(...(await pipeline.alertDeliveries(story)));
  }

  return {
    feeds: reports.map(shownFeedReport),
    stories: storyList.map(toStoryJson),
    messages: deliveries.flatMap((d) => d.messages),
    deliveries,
  };
}

export function toStoryJson(s: Story): StoryJson {
  return {
    id: s.id,
    title: s.title,
    url: s.url,
    published: s.published,
    summary: s.summary,
    figures: s.figures,
    sources: s.sources.map((src) => ({ name: src.name, title: src.title, url: src.url })),
    sourceCount: sourceCountOf(s),
  };
}
