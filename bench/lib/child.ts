/** Spawning benchmark helpers in child processes (TypeScript through @swc-node/register) and talking to them over IPC. */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface IpcChild<Ready> {
  child: ChildProcess;
  ready: Ready;
  call<T>(msg: Record<string, unknown>, timeoutMs?: number): Promise<T>;
  stop(): Promise<void>;
}

/** Fork `bench/<file>` with IPC; resolves with its first message (`{ ready: true, … }`). */
export async function forkBench<Ready>(file: string, env: NodeJS.ProcessEnv, opts: { execArgv?: string[] } = {}): Promise<IpcChild<Ready>> {
  const child = fork(path.resolve(__dirname, '..', file), [], {
    execArgv: [...(opts.execArgv ?? []), '-r', '@swc-node/register'],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<Ready>((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${file} exited (${code}) before it was ready`));
    child.once('exit', onExit);
    child.once('error', reject);
    child.once('message', (m) => {
      child.off('exit', onExit);
      resolve(m as Ready);
    });
  });
  let nextId = 1;
  const pending = new Map<number, (v: unknown) => void>();
  child.on('message', (m: { id?: number; result?: unknown }) => {
    if (m.id !== undefined) pending.get(m.id)?.(m.result);
  });
  const call = <T>(msg: Record<string, unknown>, timeoutMs = 120_000): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      const t = setTimeout(() => (pending.delete(id), reject(new Error(`${file}: no answer to ${String(msg.cmd)} in ${timeoutMs} ms`))), timeoutMs);
      pending.set(id, (v) => (clearTimeout(t), pending.delete(id), resolve(v as T)));
      child.send({ ...msg, id });
    });
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    try {
      await call({ cmd: 'stop' }, 5000);
    } catch {
      child.kill('SIGTERM');
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  return { child, ready, call, stop };
}
