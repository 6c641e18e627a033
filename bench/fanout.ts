/**
 * Section 4 — fan-out. One digest to many Discord channels, and several alerts to many Slack channels,
 * delivered by the real service workers (`startService`, role worker: BullMQ deliver queues, discord.js
 * REST, Slack WebClient) to STRICT stand-ins that enforce the platforms' limits and answer 429 when a
 * limit is exceeded. The floor is what the limits allow at best; a bare paced client in the same run
 * shows how close a minimal sender gets.
 */
import type { Redis } from 'ioredis';
import type { Subscription } from '../src/store/types';
import type { Delivery } from '../src/pipeline/pipeline';
import { benchConfig, queuesDrained, startWorkerService } from './lib/service';
import { StrictDiscord } from './lib/discord-strict';
import { StrictSlack } from './lib/slack-strict';
import { sampleStories } from './lib/stories';
import { nowMs, round, sleep, waitFor } from './lib/measure';
import { benchPrefix, deletePrefix } from './lib/redis';
import { forkBench } from './lib/child';
import type { Cell, SectionResult, Verdict } from './lib/report';
// Loaded before any fan-out, in this process as in the worker children: a service that has delivered before has them.
import '../src/platforms/discord/sender';
import '../src/platforms/slack/sender';

export interface FanoutOptions {
  redisUrl: string;
  redis: Redis;
  discordChannels: number;
  slackChannels: number;
  slackMessages: number;
}

const DISCORD_PER_SECOND = 50;
const snowflake = (i: number) => String(300_000_000_000_000_000n + BigInt(i));

/** POST until accepted, waiting out each 429's Retry-After (the exact value from the JSON body when given). */
async function postUntilAccepted(url: string, init: RequestInit): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const r = await fetch(url, init);
    const text = await r.text();
    if (r.status !== 429) return;
    let after = Number(r.headers.get('retry-after') ?? '1');
    try {
      const b = JSON.parse(text) as { retry_after?: number };
      if (typeof b.retry_after === 'number') after = b.retry_after;
    } catch {
      /* header value */
    }
    await sleep(after * 1000 + 5);
  }
}

/**
 * A minimal Discord client: one POST every 1.02 s / `perSecond` (evenly spaced, so no burst can crowd a
 * sliding window); a 429 is retried after its Retry-After.
 */
async function barePacedDiscord(apiBase: string, token: string, channels: string[], body: string, perSecond: number): Promise<void> {
  const spacing = 1020 / perSecond;
  const t0 = performance.now();
  const inflight: Promise<unknown>[] = [];
  for (let i = 0; i < channels.length; i++) {
    const wait = t0 + i * spacing - performance.now();
    if (wait > 0) await sleep(wait);
    inflight.push(postUntilAccepted(`${apiBase}/v10/channels/${channels[i]}/messages`, { method: 'POST', headers: { authorization: `Bot ${token}`, 'content-type': 'application/json' }, body }));
  }
  await Promise.all(inflight);
}

/**
 * A minimal Slack client: every channel in parallel; after each accepted message it waits 1,005 ms before
 * the next one to that channel (the stand-in stamped the previous message before answering, so the gap it
 * sees is never under 1 s); a 429 is retried after Retry-After.
 */
async function barePacedSlack(apiUrl: string, token: string, channels: string[], perChannel: number, body: Record<string, unknown>): Promise<void> {
  await Promise.all(
    channels.map(async (channel) => {
      for (let k = 0; k < perChannel; k++) {
        await postUntilAccepted(`${apiUrl}chat.postMessage`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify({ ...body, channel }) });
        if (k + 1 < perChannel) await sleep(1005);
      }
    }),
  );
}

export async function benchFanout(opts: FanoutOptions): Promise<SectionResult> {
  const discordToken = 'bench-discord-token';
  const slackToken = 'xoxb-bench-slack-token';
  const discord = await new StrictDiscord({ token: discordToken, globalPerSecond: DISCORD_PER_SECOND }).start();
  const slack = await new StrictSlack(slackToken, 1000).start();
  const prefix = benchPrefix('fanout');
  const config = benchConfig({ keyPrefix: prefix, feeds: [] });
  const service = await startWorkerService(config, {
    REDIS_URL: opts.redisUrl,
    DISCORD_TOKEN: discordToken,
    DISCORD_API_BASE: discord.apiBase,
    SLACK_BOT_TOKEN: slackToken,
    SLACK_API_URL: slack.apiUrl,
  });
  const tables: SectionResult['tables'] = [];
  const verdicts: Verdict[] = [];
  const notes: string[] = [];
  try {
    const stories = await sampleStories(8);
    const subs = service.pipeline.stores.subscriptions;

    // ---- Discord: one digest to N channels.
    const dSubs: Subscription[] = Array.from({ length: opts.discordChannels }, (_, i) => ({
      id: `bench-d-${i}`,
      platform: 'discord',
      channel: snowflake(i),
      mode: 'digest',
      schedule: '0 8 * * *',
      timezone: 'UTC',
      postEmpty: false,
    }));
    for (const s of dSubs) await subs.put(s);
    const compose = async (to: Date) => {
      const window = { from: new Date(to.getTime() - 24 * 3_600_000), to };
      const t = nowMs();
      const out: Delivery[] = [];
      for (const s of dSubs) out.push(...(await service.pipeline.digestDeliveries(s, window, stories)));
      return { deliveries: out, ms: nowMs() - t };
    };
    /** Enqueue one digest to every channel and time it until the last message is accepted. */
    const fanOut = async (deliveries: Delivery[]) => {
      const messages = deliveries.reduce((n, d) => n + d.messages.length, 0);
      discord.reset();
      const t0 = nowMs();
      const t0Clock = performance.timeOrigin + performance.now(); // the stand-in's clock
      await service.queues.addDeliveries(deliveries);
      const enqueueMs = nowMs() - t0;
      await waitFor(() => discord.stats.accepted >= messages, `${messages} Discord messages`, 600_000, 5);
      const ms = nowMs() - t0;
      const stats = { ...discord.stats };
      const maxSec = discord.maxInAnySecond();
      // Where the time went: until the first message was accepted, then from the first to the last one.
      const firstMs = (stats.firstAcceptedAt ?? t0Clock) - t0Clock;
      const spreadMs = (stats.lastAcceptedAt ?? t0Clock) - (stats.firstAcceptedAt ?? t0Clock);
      await waitFor(() => queuesDrained(service), 'deliver queue to drain', 60_000, 50);
      return { messages, ms, enqueueMs, stats, maxSec, firstMs, spreadMs };
    };

    const first = await compose(new Date());
    const composeMs = first.ms;
    const dDeliveries = first.deliveries;
    const one = await fanOut(dDeliveries);
    const dMessages = one.messages;

    // The same with three worker processes: this process's workers pause, three children take the jobs.
    await Promise.all(service.workers.map((w) => w.pause()));
    const children = await Promise.all(
      [0, 1, 2].map(() =>
        forkBench<{ ready: true }>('fanout-worker-child.ts', {
          REDIS_URL: opts.redisUrl,
          BENCH_PREFIX: prefix,
          DISCORD_TOKEN: discordToken,
          DISCORD_API_BASE: discord.apiBase,
          SLACK_BOT_TOKEN: slackToken,
          SLACK_API_URL: slack.apiUrl,
        }),
      ),
    );
    let three: Awaited<ReturnType<typeof fanOut>>;
    try {
      three = await fanOut((await compose(new Date(Date.now() + 60_000))).deliveries);
    } finally {
      await Promise.all(children.map((c) => c.stop()));
      service.workers.forEach((w) => w.resume());
    }
    for (const s of dSubs) await subs.remove(s.id);

    // Baseline: a bare client pacing itself perfectly against the same stand-in.
    discord.reset();
    const body = JSON.stringify(dDeliveries[0]!.messages[0]!.payload);
    const tB = nowMs();
    await barePacedDiscord(discord.apiBase, discordToken, Array.from({ length: dMessages }, (_, i) => snowflake(i)), body, DISCORD_PER_SECOND);
    const bMs = nowMs() - tB;
    const bStats = { ...discord.stats };

    const floorS = dMessages / DISCORD_PER_SECOND;
    type Stats = typeof bStats;
    const rejected = (st: Stats) => st.globalRejected + st.routeRejected;
    const dRow = (label: string, ms: number, st: Stats, maxSec: number | string): Cell[] => [label, st.accepted, round(ms / 1000, 2), round(floorS, 1), round(ms / 1000 / floorS, 3), rejected(st), maxSec];
    tables.push({
      title: `Discord: one digest to ${opts.discordChannels.toLocaleString('en-US')} channels (global 50/s sliding window, 5 per 5 s per channel)`,
      headers: ['sender', 'messages', 'seconds', 'floor s', 'ratio to floor', '429s', 'max in any 1 s'],
      rows: [
        dRow('borderwatch, 1 worker process (startService, discord.js REST)', one.ms, one.stats, one.maxSec),
        dRow('borderwatch, 3 worker processes', three.ms, three.stats, three.maxSec),
        dRow('baseline: bare client, evenly paced (one per 20.4 ms)', bMs, bStats, discord.maxInAnySecond()),
      ],
    });
    for (const [label, run] of [['1 worker', one], ['3 worker processes', three]] as const) {
      const ratio = run.ms / 1000 / floorS;
      verdicts.push({ figure: `Discord fan-out time ÷ floor, ${label} (${run.messages} messages)`, value: `${round(ratio, 3)}`, target: '≤ 1.05', ok: ratio <= 1.05 });
      verdicts.push({ figure: `Discord 429 answers during fan-out, ${label}`, value: String(rejected(run.stats)), target: '0', ok: rejected(run.stats) === 0 });
    }
    notes.push(
      `Discord: ${dMessages} messages (${round(dMessages / opts.discordChannels, 2)} per digest); time runs from the first addDeliveries call (enqueuing took ${round(one.enqueueMs / 1000, 2)} s with one worker, overlapping the sends) to the last message accepted. Composing the ${opts.discordChannels} digests beforehand (pipeline.digestDeliveries) took ${round(composeMs / 1000, 2)} s. 429s with one worker: ${one.stats.globalRejected} global, ${one.stats.routeRejected} per-route. Every worker process has its platform senders' modules loaded beforehand (as a service that has delivered before; a worker loads them with its first delivery). First message accepted after ${round(one.firstMs / 1000, 2)} s with one worker (${round(three.firstMs / 1000, 2)} s with three processes), then first to last in ${round(one.spreadMs / 1000, 2)} s (${round(three.spreadMs / 1000, 2)} s) (evenly spaced at exactly 50/s: ${round((dMessages - 1) / DISCORD_PER_SECOND, 2)} s; at the gate's 48.5/s: ${round((dMessages - 1) / 48.5, 2)} s).`,
      `The send gate starts the bot's requests 1000/48.5 = 20.62 ms apart across every worker of every process (startService option discordPerSecond, default 48.5), each taking the next slot in Redis and sleeping until it, and at the moment of sending keeps to a sliding window in which each request counts from then until its answer is back plus 1,010 ms, at most 50 at once (so a late start cannot crowd Discord's second); its own floor is ${round(dMessages * (1000 / 48.5) / 1000, 1)} s = ${round(50 / 48.5, 3)}× the 50/s floor. Slack: one request in flight per channel, the channel's next message 1,010 ms after the previous answer, a 429 holds off the workspace.`,
    );

    // ---- Slack: M alerts to N channels, 1 message/s per channel.
    const sSubs: Subscription[] = Array.from({ length: opts.slackChannels }, (_, i) => ({
      id: `bench-s-${i}`,
      platform: 'slack',
      channel: `C${String(i).padStart(9, '0')}`,
      mode: 'instant',
      timezone: 'UTC',
      postEmpty: false,
    }));
    for (const s of sSubs) await subs.put(s);
    const sDeliveries: Delivery[] = [];
    for (const story of stories.slice(0, opts.slackMessages)) sDeliveries.push(...(await service.pipeline.alertDeliveries(story)));
    const sMessages = sDeliveries.reduce((n, d) => n + d.messages.length, 0);
    slack.reset();
    const tS = nowMs();
    await service.queues.addDeliveries(sDeliveries);
    await waitFor(() => slack.stats.accepted >= sMessages, `${sMessages} Slack messages`, 600_000, 5);
    const sMs = nowMs() - tS;
    const sStats = { ...slack.stats };
    const sMinGap = slack.minGapMs();
    await waitFor(() => queuesDrained(service), 'deliver queue to drain', 60_000, 50);
    for (const s of sSubs) await subs.remove(s.id);

    slack.reset();
    const tSB = nowMs();
    await barePacedSlack(slack.apiUrl, slackToken, sSubs.map((s) => s.channel!), opts.slackMessages, sDeliveries[0]!.messages[0]!.payload);
    const sbMs = nowMs() - tSB;
    const sbStats = { ...slack.stats };
    const perChannel = sMessages / opts.slackChannels;
    const sFloor = perChannel; // one message per second per channel
    const sRatio = sMs / 1000 / sFloor;
    const sRow = (label: string, ms: number, st: typeof sStats, gap: number): Cell[] => [label, st.accepted, round(ms / 1000, 2), round(sFloor, 1), round(ms / 1000 / sFloor, 3), st.rejected429, st.historyCalls, round(gap, 0)];
    tables.push({
      title: `Slack: ${opts.slackMessages} alerts to ${opts.slackChannels} channels (1 message/s per channel)`,
      headers: ['sender', 'messages', 'seconds', 'floor s', 'ratio to floor', '429s', 'history calls', 'min gap ms'],
      rows: [sRow('borderwatch deliver worker (send gate, Slack WebClient)', sMs, sStats, sMinGap), sRow('baseline: bare client, next send 1,005 ms after each answer', sbMs, sbStats, slack.minGapMs())],
    });
    verdicts.push({ figure: `Slack fan-out time ÷ floor (${sMessages} messages)`, value: `${round(sRatio, 3)}`, target: '≤ 1.05', ok: sRatio <= 1.05 });
    verdicts.push({ figure: 'Slack 429 answers during fan-out', value: String(sStats.rejected429), target: '0', ok: sStats.rejected429 === 0 });
    notes.push(
      `Slack floor = ${perChannel} messages per channel × 1 s (as the target was set; strictly the last one could go at ${perChannel - 1} s). "history calls" are conversations.history reads the sender makes before a send it considers a retry — every job deferred by the per-channel pacing counts as one; on real Slack that method is Tier 3 (about 50 per minute), so they matter at scale.`,
    );
  } finally {
    await service.stop();
    await discord.close();
    await slack.close();
    await deletePrefix(opts.redis, prefix);
  }
  return { id: 'fanout', title: '4. Fan-out to Discord and Slack', tables, verdicts, notes };
}
