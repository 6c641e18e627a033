/**
 * The real service as a separate OS process (`node bin/borderwatch.js start …`, compiled dist/), so a test
 * can SIGKILL it mid-job the way a crash or an OOM kill would, then start another one.
 * Needs `npm run build` first (`npm test` does it in pretest).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN } from './cli';

export interface ServiceProcess {
  pid: number;
  /** Everything the process wrote to stdout and stderr so far (JSON log lines). */
  output(): string;
  /** Resolves with the exit code (or signal name) once the process has exited. */
  exited: Promise<number | string>;
  /** Resolves once the log says the service started (rejects if it exits first or after `timeoutMs`). */
  ready(timeoutMs?: number): Promise<void>;
  /** SIGKILL: no shutdown hooks, locks held by its jobs stay in Redis until they expire. */
  kill(): Promise<void>;
  /** SIGTERM: a clean shutdown; resolves once the process has exited (SIGKILL after `timeoutMs`). */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * Write a config object to a temp file (JSON is YAML) and return its path and a cleanup function.
 * Without an `official` key the default CBP dataset (on the internet) is switched off: tests never fetch it.
 */
export function writeConfigFile(config: Record<string, unknown>): { path: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bw-config-'));
  const file = path.join(dir, 'borderwatch.yaml');
  writeFileSync(file, JSON.stringify({ official: { datasets: [] }, ...config }, null, 2));
  return { path: file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Spawn `borderwatch start --config <file> [--role <role>]` with exactly `env` (plus PATH/HOME), in a temp
 * working directory so no developer `.env` is read.
 */
export function spawnService(opts: { configPath: string; role?: 'all' | 'worker' | 'scheduler'; env: Record<string, string> }): ServiceProcess {
  const args = [BIN, 'start', '--config', opts.configPath, ...(opts.role ? ['--role', opts.role] : [])];
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'info', ...opts.env };
  const child: ChildProcess = spawn(process.execPath, args, { cwd: os.tmpdir(), env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    out += d.toString('utf8');
    for (const l of [...listeners]) l();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  let done = false;
  void exited.then(() => {
    done = true;
    for (const l of [...listeners]) l();
  });

  const ready = (timeoutMs = 15_000): Promise<void> =>
    new Promise((resolve, reject) => {
      const check = () => {
        if (out.includes('borderwatch started')) finish();
        else if (done) finish(new Error(`service process exited before it was ready:\n${out}`));
      };
      const timer = setTimeout(() => finish(new Error(`service process not ready after ${timeoutMs} ms:\n${out}`)), timeoutMs);
      const finish = (err?: Error) => {
        clearTimeout(timer);
        listeners.delete(check);
        if (err) reject(err);
        else resolve();
      };
      listeners.add(check);
      check();
    });

  const signalAndWait = async (signal: NodeJS.Signals, timeoutMs: number): Promise<void> => {
    if (done) return;
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.kill(signal);
    await exited;
    clearTimeout(timer);
  };

  return {
    pid: child.pid ?? -1,
    output: () => out,
    exited,
    ready,
    kill: () => signalAndWait('SIGKILL', 5_000),
    stop: (timeoutMs = 10_000) => signalAndWait('SIGTERM', timeoutMs),
  };
}
