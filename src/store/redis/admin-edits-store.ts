import type { Redis } from 'ioredis';
import { emptyAdminEdits, type AdminEdits, type AdminEditsStore } from '../types';

/** A single small JSON document, updated with WATCH/MULTI so concurrent admin edits never overwrite each other. */
export class RedisAdminEditsStore implements AdminEditsStore {
  private readonly key: string;
  constructor(private readonly redis: Redis, keyPrefix: string) {
    this.key = `${keyPrefix}adminedits`;
  }
  async get(): Promise<AdminEdits> {
    const raw = await this.redis.get(this.key);
    return raw ? { ...emptyAdminEdits(), ...(JSON.parse(raw) as Partial<AdminEdits>) } : emptyAdminEdits();
  }
  async update(change: (current: AdminEdits) => AdminEdits): Promise<AdminEdits> {
    // A dedicated connection: WATCH state is per connection.
    const conn = this.redis.duplicate();
    try {
      for (let attempt = 0; attempt < 20; attempt++) {
        await conn.watch(this.key);
        const raw = await conn.get(this.key);
        const current = raw ? { ...emptyAdminEdits(), ...(JSON.parse(raw) as Partial<AdminEdits>) } : emptyAdminEdits();
        const next = change(current);
        const res = await conn.multi().set(this.key, JSON.stringify(next)).exec();
        if (res) return next;
      }
      throw new Error('admin settings are being changed concurrently; try again');
    } finally {
      conn.disconnect();
    }
  }
}
