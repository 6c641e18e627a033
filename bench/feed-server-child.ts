/**
 * The feed server in a child process, so that the polling benchmark's CPU figures (process.cpuUsage of
 * the poller) do not include the server. Driven over IPC:
 *   → { cmd: 'bumpFraction', fraction, round } | { cmd: 'stats' } | { cmd: 'stop' }
 *   ← { ready: true, port } first; then { id, result } for each command.
 * Env: BENCH_FEEDS (count), BENCH_ITEMS (items per feed).
 */
import { FeedServer } from './lib/feed-server';

interface Command {
  id: number;
  cmd: 'bumpFraction' | 'stats' | 'stop';
  fraction?: number;
  round?: number;
}

async function main(): Promise<void> {
  const server = await new FeedServer(Number(process.env.BENCH_FEEDS ?? 1000), Number(process.env.BENCH_ITEMS ?? 10)).start();
  process.send?.({ ready: true, port: server.port });
  process.on('message', async (m: Command) => {
    if (m.cmd === 'bumpFraction') process.send?.({ id: m.id, result: server.bumpFraction(m.fraction ?? 0.05, m.round ?? 0) });
    else if (m.cmd === 'stats') process.send?.({ id: m.id, result: { ...server.stats, cpu: process.cpuUsage() } });
    else if (m.cmd === 'stop') {
      await server.close();
      process.send?.({ id: m.id, result: true });
      process.disconnect?.();
      process.exit(0);
    }
  });
  process.on('disconnect', () => process.exit(0));
}

void main();
