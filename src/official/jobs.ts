/**
 * What the service's `official` queue worker does (src/queue/workers.ts runs it): `fetch` looks for a new release
 * of one dataset and, when one is stored that is newer than any before, adds its announcement job (one job id per
 * dataset and release); `announce` sends it once to the subscriptions with `official: true`, with the chart and
 * the revisions. The first release ever stored for a dataset is not announced (like a feed's first poll, it is
 * the state of things, not news) but marked as announced.
 */
import type { Config } from '../config/schema';
import type { Logger } from '../log';
import type { Delivery } from '../pipeline/pipeline';
import type { SubscriptionStore } from '../store/types';
import { channelLanguage } from '../config/language';
import type { Lang } from '../model';
import { announcementDeliveries, announcementSubscriptions } from './announce';
import { chartOfRelease } from './chart-source';
import type { OfficialStore } from './store';
import { syncDataset } from './sync';
import { seriesId } from './types';

export interface OfficialJobDeps {
  config: Config;
  official: OfficialStore;
  subscriptions: SubscriptionStore;
  logger: Logger;
  addAnnounce(dataset: string, release: string): Promise<void>;
  addDeliveries(deliveries: Delivery[]): Promise<void>;
  /** Resolver override (tests). */
  resolveAll?: import('../feeds/net-guard').ResolveAll;
}

export async function runOfficialFetch(dataset: string, deps: OfficialJobDeps): Promise<Record<string, unknown>> {
  const ds = deps.config.official.datasets.find((d) => d.id === dataset);
  if (!ds) return { skipped: 'dataset no longer configured' };
  const report = await syncDataset(deps.config, ds, deps.official, { logger: deps.logger, resolveAll: deps.resolveAll });
  if (report.status === 'ok' && report.put?.stored && report.put.isNewest && report.latestPeriod) {
    if (report.put.firstRelease) await deps.official.claimAnnouncement(ds.id, report.latestPeriod);
    else await deps.addAnnounce(ds.id, report.latestPeriod);
  }
  return { status: report.status, latestPeriod: report.latestPeriod, ...(report.error ? { error: report.error } : {}), revisions: report.put?.revisions.length ?? 0 };
}

export async function runOfficialAnnounce(dataset: string, period: string, deps: OfficialJobDeps): Promise<Record<string, unknown>> {
  if (await deps.official.isAnnounced(dataset, period)) return { skipped: 'already announced' };
  const release = await deps.official.getRelease(dataset, period);
  if (!release) return { skipped: 'release no longer stored' };
  const subs = await deps.subscriptions.list();
  const revisions = await deps.official.revisions(dataset, { release: period, limit: 200 });
  // One chart per language the opted-in channels read.
  const charts: Partial<Record<Lang, Buffer>> = {};
  const langs = new Set(announcementSubscriptions(subs).map((s) => channelLanguage(deps.config, s)));
  for (const lang of langs) {
    try {
      charts[lang] = await chartOfRelease(release, seriesId(dataset, 'southwest', 'all'), lang);
    } catch (e) {
      deps.logger.warn({ dataset, lang, err: (e as Error).message }, 'release chart could not be rendered; announcing without it');
    }
  }
  const deliveries = announcementDeliveries(release, revisions, subs, charts, deps.config);
  // Delivery ids are per subscription, dataset and release: a retried job re-adds the same jobs, which BullMQ ignores.
  await deps.addDeliveries(deliveries);
  await deps.official.claimAnnouncement(dataset, period);
  deps.logger.info({ dataset, release: period, subscriptions: deliveries.length }, 'official release announced');
  return { announced: deliveries.length };
}
