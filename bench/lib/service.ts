/** Starting the real service (startService) against local stand-ins, quietly, for the benchmarks. */
import type { Config } from '../../src/config/schema';
import { loadConfig, parseConfig } from '../../src/config/load';
import { readEnv } from '../../src/config/env';
import { createLogger } from '../../src/log';
import { startService, type Service } from '../../src/main';

/**
 * A config for the benchmarks: the default keyword profile and summary settings from config/default.yaml,
 * but only the given local feeds and subscriptions (never the default feed list: no traffic leaves 127.0.0.1).
 */
export function benchConfig(over: { keyPrefix: string; feeds: Array<{ url: string; name: string; lang?: 'en' | 'es' }>; subscriptions?: unknown[]; fetch?: Record<string, unknown> }): Config {
  const defaults = loadConfig();
  return parseConfig({
    keyPrefix: over.keyPrefix,
    fetch: { ...defaults.fetch, allowPrivateHosts: ['127.0.0.1'], timeoutMs: 15_000, ...over.fetch },
    feeds: over.feeds,
    keywords: defaults.keywords,
    subscriptions: over.subscriptions ?? [],
    stories: defaults.stories,
    summary: defaults.summary,
  });
}

export const silentLogger = () => createLogger({ level: 'silent' });

/** startService with role worker (queue workers only: no scheduler, no platform gateways, no HTTP port). */
export async function startWorkerService(config: Config, env: Record<string, string>): Promise<Service> {
  return startService({
    config,
    env: readEnv({ LOG_LEVEL: 'silent', BORDERWATCH_ROLE: 'worker', ...env }),
    handleSignals: false,
    schedule: false,
    logger: silentLogger(),
    processEnv: {},
  });
}

/** True when no queue of the service has waiting, active, delayed or prioritized jobs. */
export async function queuesDrained(service: Service): Promise<boolean> {
  for (const q of service.queues.all()) {
    const c = await q.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    if ((c.waiting ?? 0) + (c.active ?? 0) + (c.delayed ?? 0) + (c.prioritized ?? 0) > 0) return false;
  }
  return true;
}
