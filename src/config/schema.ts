import { z } from 'zod';
import { parseAllowEntry } from '../feeds/net-guard';

/** node-cron's check, loaded only when a config has a cron expression to check (a one-shot run often has none). */
const validateCron = (expression: string): boolean => (require('node-cron') as typeof import('node-cron')).validate(expression);

/** Zone abbreviations people write, and the IANA zone they most likely mean (for the error's hint). */
const ZONE_HINTS: Record<string, string> = {
  CST: 'America/Chicago', CDT: 'America/Chicago', EST: 'America/New_York', EDT: 'America/New_York',
  MST: 'America/Denver', MDT: 'America/Denver', PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles',
};

/**
 * An IANA time zone ("America/Chicago", "UTC"). Intl also accepts abbreviations such as "CST", which are
 * ambiguous (Central Standard, China, Cuba) and ignore daylight saving: those are refused.
 */
export function isTimeZone(tz: string): boolean {
  if (!tz.includes('/') && tz !== 'UTC' && tz !== 'GMT') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** What to say about a time zone that is not IANA. */
export function timeZoneExpectation(tz?: string): string {
  const hint = tz ? ZONE_HINTS[tz.toUpperCase()] : undefined;
  return `an IANA time zone such as "America/Chicago"${hint ? ` (for ${tz}: "${hint}")` : ' (abbreviations such as CST are not accepted)'}`;
}

const httpUrl = z
  .string()
  .refine((s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'http:' || u.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'an http(s) URL');

/** A secret kept in the environment: `env:NAME`. */
const envRef = z
  .string()
  .regex(/^env:[A-Za-z_][A-Za-z0-9_]*$/, 'env:NAME, the name of an environment variable holding the webhook URL (a webhook URL is a secret: it is not written in config files)');

/** A feed URL: http(s), no `user:password@` (a secret query value such as `?apikey=` is allowed: it is redacted wherever the URL is shown). */
const feedUrl = httpUrl.refine((s) => {
  try {
    const u = new URL(s);
    return !u.username && !u.password;
  } catch {
    return true;
  }
}, 'a feed URL without "user:password@" (credentials in a feed URL are not allowed; a key in the query string, such as ?apikey=…, is, and is redacted wherever the URL is shown)');

export const feedSchema = z
  .object({
    url: feedUrl,
    name: z.string().min(1, 'a non-empty feed name'),
    lang: z.enum(['en', 'es']).optional(),
    /** Minutes between polls of this feed; defaults to fetch.intervalMinutes. */
    intervalMinutes: z.number().int().min(1).max(1440).optional(),
    /** On the first successful poll in the service, post this many newest items (default fetch.backfill). */
    backfill: z.number().int().min(0).max(50).optional(),
  })
  .strict();

export const fetchSchema = z
  .object({
    intervalMinutes: z.number().int().min(1).max(1440).default(5),
    timeoutMs: z.number().int().min(100).max(300_000).default(15_000),
    maxBytes: z.number().int().min(1024).max(100 * 1024 * 1024).default(10 * 1024 * 1024),
    maxRedirects: z.number().int().min(0).max(10).default(5),
    userAgent: z.string().min(1).default('borderwatch/0.1 (+https://github.com/borderwatch/borderwatch; news alert bot)'),
    /**
     * Hosts (or IP literals) that may resolve to private/loopback addresses, each optionally with the one port
     * allowed (`intranet.local:8443`; a plain host allows any port). Everything else may not. They apply to feeds
     * whose own URL is listed; a redirect from any other feed never lands on a listed private host.
     */
    allowPrivateHosts: z
      .array(z.string().refine((s) => parseAllowEntry(s) !== undefined, 'a host name or IP address, optionally with a port: "intranet.local", "intranet.local:8443", "127.0.0.1:8080", "[fd00::5]:8443"'))
      .default([]),
    /** Polls that may fail in a row before a feed is marked failing. */
    failingAfter: z.number().int().min(1).max(100).default(3),
    /** Upper bound of the exponential backoff after failures. */
    maxBackoffMinutes: z.number().int().min(1).max(10_080).default(360),
    /** Items posted on the first successful poll of a new feed in the service. */
    backfill: z.number().int().min(0).max(50).default(0),
    /**
     * On a new feed's first poll, the newest items that become stories and figures
     * without being posted, so /border stories and /border latest answer at once. 0 = none.
     */
    firstPollStories: z.number().int().min(0).max(200).default(20),
    /** `run --once` preview: ignore items older than this. 0 = no limit. */
    maxItemAgeHours: z.number().min(0).default(72),
    /** How many feeds are fetched at the same time by one process. */
    concurrency: z.number().int().min(1).max(500).default(16),
  })
  .strict();

/** A keyword rule: a query in the rule language (see README "Keyword rules"). */
export const ruleSchema = z
  .object({
    name: z.string().min(1),
    match: z.string().min(1),
  })
  .strict();

export const keywordsSchema = z
  .object({
    /** An item is relevant when any rule matches and no exclusion matches. */
    rules: z.array(ruleSchema).default([]),
    /** Queries that veto an item even when a rule matched (things never on the beat, such as the Borderlands video game). */
    exclude: z.array(z.string().min(1)).default([]),
    /**
     * A match of these global rules (the config's and admin-added ones) counts only when the learned beat model
     * (`@beat`) gives the item at least this probability; 0 turns it off. A subscription's own `add` rules are
     * not held to it, so a subscription can follow another topic.
     */
    beatFloor: z.number().min(0).max(1).default(0),
  })
  .strict();

export const keywordOverridesSchema = z
  .object({
    /** Extra rule queries for this subscription only. */
    add: z.array(z.string().min(1)).default([]),
    /** Global rule names (or exact queries) this subscription drops. */
    remove: z.array(z.string().min(1)).default([]),
    /** Extra exclusions for this subscription only. */
    exclude: z.array(z.string().min(1)).default([]),
  })
  .strict();

export const subscriptionSchema = z
  .object({
    id: z.string().min(1).optional(),
    platform: z.enum(['discord', 'slack']),
    /** Channel id (bot delivery). */
    channel: z.string().min(1).optional(),
    /** `env:NAME`: the webhook URL is a secret, read from the environment variable NAME (never stored). */
    webhook: envRef.optional(),
    mode: z.enum(['instant', 'digest']).default('digest'),
    /** node-cron expression for digests. */
    schedule: z
      .string()
      .refine((s) => validateCron(s), 'a valid cron expression such as "0 8 * * *"')
      .optional(),
    timezone: z
      .string()
      .superRefine((tz, ctx) => {
        if (!isTimeZone(tz)) ctx.addIssue({ code: 'custom', message: timeZoneExpectation(tz) });
      })
      .default('UTC'),
    /** Post a digest even when the window had no stories. */
    postEmpty: z.boolean().default(false),
    /** Language of the fixed text of this channel's digests and alerts (default: the workspace's, see `defaults`). */
    language: z.enum(['en', 'es']).optional(),
    /** The Discord server (guild) id or Slack workspace (team) id of the channel: picks `defaults.workspaces`. */
    workspace: z.string().min(1).optional(),
    keywords: keywordOverridesSchema.optional(),
    /** Ping this role (Discord) or user group (Slack) for stories matching these rule names. */
    mention: z
      .object({ id: z.string().regex(/^[A-Za-z0-9]+$/, 'a role or user-group id'), rules: z.array(z.string()).default([]) })
      .strict()
      .optional(),
    /** Announce each new official release (headline numbers, chart, revisions) to this subscription. */
    official: z.boolean().optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (!s.channel && !s.webhook) ctx.addIssue({ code: 'custom', message: 'either "channel" or "webhook"', path: ['channel'] });
    if (s.channel && s.webhook) ctx.addIssue({ code: 'custom', message: 'only one of "channel" and "webhook"', path: ['webhook'] });
    if (s.mode === 'digest' && !s.schedule) ctx.addIssue({ code: 'custom', message: 'a "schedule" (cron expression) for mode digest', path: ['schedule'] });
  });

/** One official dataset (see README "Official numbers"): its kind, and where its CSV is found. */
export const officialDatasetSchema = z
  .object({
    /** Names the dataset in `stats --json`, series ids (`<id>.southwest.all`) and chart URLs. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'a dataset id of lower-case letters, digits and dashes, such as "cbp-nationwide"'),
    type: z.enum(['cbp-encounters', 'cbp-sw-encounters']),
    /** The agency's document page: the newest CSV of this kind linked from it is ingested. */
    page: httpUrl.optional(),
    /** A direct CSV URL instead of `page`. */
    url: httpUrl.optional(),
    /** How often the service looks for a new release (node-cron). */
    schedule: z
      .string()
      .refine((s) => validateCron(s), 'a valid cron expression such as "0 */6 * * *"')
      .default('0 */6 * * *'),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (!d.page && !d.url) ctx.addIssue({ code: 'custom', message: 'either "page" (a document page) or "url" (a CSV file)', path: ['page'] });
    if (d.page && d.url) ctx.addIssue({ code: 'custom', message: 'only one of "page" and "url"', path: ['url'] });
  });

export const officialSchema = z
  .object({
    datasets: z
      .array(officialDatasetSchema)
      .default([])
      .superRefine((list, ctx) => {
        const seen = new Set<string>();
        list.forEach((d, i) => {
          if (seen.has(d.id)) ctx.addIssue({ code: 'custom', message: `a unique id ("${d.id}" is used twice)`, path: [i, 'id'] });
          seen.add(d.id);
        });
      }),
    /** Size cap of one dataset file (the CBP AOR file is tens of megabytes), enforced while streaming. */
    maxBytes: z.number().int().min(1024).max(2 * 1024 * 1024 * 1024).default(256 * 1024 * 1024),
    /** Whole-exchange timeout of one dataset file. */
    timeoutMs: z.number().int().min(100).max(3_600_000).default(300_000),
  })
  .strict();

export const configSchema = z
  .object({
    /** Prefix of every Redis key this deployment writes. */
    keyPrefix: z.string().min(1).default('bw:'),
    fetch: fetchSchema.default(() => fetchSchema.parse({})),
    feeds: z.array(feedSchema).default([]),
    keywords: keywordsSchema.default(() => keywordsSchema.parse({})),
    subscriptions: z.array(subscriptionSchema).default([]),
    stories: z
      .object({
        /** Seen-item memory, days. */
        seenTtlDays: z.number().min(1).max(365).default(30),
        /** Items from different outlets within this many hours may join one story. */
        clusterWindowHours: z.number().min(1).max(720).default(72),
      })
      .strict()
      .default(() => ({ seenTtlDays: 30, clusterWindowHours: 72 })),
    summary: z
      .object({ maxChars: z.number().int().min(80).max(2000).default(280) })
      .strict()
      .default(() => ({ maxChars: 280 })),
    admins: z
      .object({
        discordUserIds: z.array(z.string()).default([]),
        slackUserIds: z.array(z.string()).default([]),
      })
      .strict()
      .default(() => ({ discordUserIds: [], slackUserIds: [] })),
    /** Where feed-failing / subscription-paused alerts go. */
    adminAlerts: z
      .object({ platform: z.enum(['discord', 'slack']), channel: z.string().min(1).optional(), webhook: envRef.optional() })
      .strict()
      .superRefine((a, ctx) => {
        if (!a.channel && !a.webhook) ctx.addIssue({ code: 'custom', message: 'either "channel" or "webhook" (where the admin notices go)', path: ['channel'] });
        if (a.channel && a.webhook) ctx.addIssue({ code: 'custom', message: 'only one of "channel" and "webhook"', path: ['webhook'] });
      })
      .optional(),
    /** Language of fixed text (digests, alerts, command replies) when a subscription does not set one. */
    defaults: z
      .object({
        language: z.enum(['en', 'es']).default('en'),
        /** Per Discord server (guild id) or Slack workspace (team id): its language. */
        workspaces: z.record(z.string(), z.enum(['en', 'es'])).default({}),
      })
      .strict()
      .default(() => ({ language: 'en' as const, workspaces: {} })),
    http: z
      .object({ port: z.number().int().min(0).max(65535).default(8080) })
      .strict()
      .default(() => ({ port: 8080 })),
    official: officialSchema.default(() => officialSchema.parse({})),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
export type FeedConfig = z.infer<typeof feedSchema>;
export type FetchConfig = z.infer<typeof fetchSchema>;
export type KeywordsConfig = z.infer<typeof keywordsSchema>;
export type KeywordOverrides = z.infer<typeof keywordOverridesSchema>;
export type SubscriptionConfig = z.infer<typeof subscriptionSchema>;
export type OfficialDatasetConfig = z.infer<typeof officialDatasetSchema>;
export type OfficialConfig = z.infer<typeof officialSchema>;
