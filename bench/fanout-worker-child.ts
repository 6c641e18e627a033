/**
 * Child process of the fan-out benchmark: one more worker process of the real service (role worker) on the
 * bench's Redis and key prefix, delivering to the strict stand-ins.
 * ← { ready } after startup; → { cmd: 'stop' } stops the service.
 * Env: REDIS_URL, BENCH_PREFIX, DISCORD_TOKEN, DISCORD_API_BASE, SLACK_BOT_TOKEN, SLACK_API_URL.
 * The platform senders' modules are loaded before it reports ready, as in a service that has delivered before
 * (a worker loads them with its first delivery; that one-time load is not part of a fan-out's pacing).
 */
import { benchConfig, startWorkerService } from './lib/service';
import '../src/platforms/discord/sender';
import '../src/platforms/slack/sender';

async function main(): Promise<void> {
  const config = benchConfig({ keyPrefix: process.env.BENCH_PREFIX!, feeds: [] });
  const env: Record<string, string> = {};
  for (const k of ['REDIS_URL', 'DISCORD_TOKEN', 'DISCORD_API_BASE', 'SLACK_BOT_TOKEN', 'SLACK_API_URL']) if (process.env[k]) env[k] = process.env[k]!;
  const service = await startWorkerService(config, env);
  await Promise.all(service.workers.map((w) => w.waitUntilReady()));
  process.send?.({ ready: true });
  process.on('message', async (m: { id: number; cmd: string }) => {
    if (m.cmd === 'stop') {
      await service.stop();
      process.send?.({ id: m.id, result: true });
      process.exit(0);
    }
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
