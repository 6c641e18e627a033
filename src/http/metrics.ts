import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics of one process. One registry per service instance (tests create their own). */
export class Metrics {
  readonly registry = new Registry();
  readonly polls = new Counter({ name: 'borderwatch_polls_total', help: 'Feed polls by outcome', labelNames: ['status'] as const, registers: [this.registry] });
  readonly fetchErrors = new Counter({ name: 'borderwatch_fetch_errors_total', help: 'Feed fetch errors by feed and kind', labelNames: ['feed', 'kind'] as const, registers: [this.registry] });
  readonly itemsSeen = new Counter({ name: 'borderwatch_items_seen_total', help: 'Feed items handed to processing', registers: [this.registry] });
  readonly items = new Counter({ name: 'borderwatch_items_processed_total', help: 'Processed items by outcome (irrelevant, duplicate, new, merged)', labelNames: ['outcome'] as const, registers: [this.registry] });
  readonly stories = new Counter({ name: 'borderwatch_stories_total', help: 'New stories', registers: [this.registry] });
  readonly figures = new Counter({ name: 'borderwatch_figures_total', help: 'Key figures extracted', registers: [this.registry] });
  readonly deliveries = new Counter({ name: 'borderwatch_deliveries_total', help: 'Messages posted by platform and outcome', labelNames: ['platform', 'outcome'] as const, registers: [this.registry] });
  readonly rateLimited = new Counter({ name: 'borderwatch_rate_limited_total', help: '429 answers from platforms', labelNames: ['platform'] as const, registers: [this.registry] });
  readonly queueDepth = new Gauge({ name: 'borderwatch_queue_jobs', help: 'Jobs per queue and state', labelNames: ['queue', 'state'] as const, registers: [this.registry] });
  readonly publishToPost = new Histogram({
    name: 'borderwatch_publish_to_post_seconds',
    help: 'Delay from an item\'s publish time to its instant alert being posted',
    buckets: [5, 15, 30, 60, 120, 300, 600, 1200, 3600, 7200, 21600, 86400],
    registers: [this.registry],
  });

  constructor(opts: { defaults?: boolean } = {}) {
    if (opts.defaults !== false) collectDefaultMetrics({ register: this.registry, prefix: 'borderwatch_' });
  }

  /** Share of polls answered 304 Not Modified (exported as its own gauge for dashboards). */
  readonly notModifiedRatio = new Gauge({
    name: 'borderwatch_poll_not_modified_ratio',
    help: 'Share of successful polls answered 304 Not Modified',
    registers: [this.registry],
    collect: async () => {
      const v = (await this.polls.get()).values;
      const by = (s: string) => v.find((x) => x.labels.status === s)?.value ?? 0;
      const total = by('ok') + by('not-modified');
      this.notModifiedRatio.set(total ? by('not-modified') / total : 0);
    },
  });
}
