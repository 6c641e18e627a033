/** Small timing helpers: wall time in ms from hrtime, CPU time from process.cpuUsage, medians. */

export const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** Wall and CPU time of one async run. CPU is user+system of this process, in seconds. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; cpuS: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = nowMs();
  const value = await fn();
  const ms = nowMs() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { value, ms, cpuS: (cpu.user + cpu.system) / 1e6 };
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Poll `check` until truthy, or throw naming what was awaited. */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs: number, everyMs = 10): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

export const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;
