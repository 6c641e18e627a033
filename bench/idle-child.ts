/** Baseline of the memory benchmark: an idle Node process (here with the TypeScript loader the worker child uses). */
const gc = (globalThis as { gc?: () => void }).gc;
setTimeout(() => {
  gc?.();
  const m = process.memoryUsage();
  process.send?.({ ready: true, rss: m.rss, heapUsed: m.heapUsed });
  process.on('message', (msg: { id: number; cmd: string }) => {
    if (msg.cmd === 'stop') {
      process.send?.({ id: msg.id, result: true });
      process.exit(0);
    }
  });
}, 500);
