import type { Subscription, SubscriptionStore } from '../types';

export class MemorySubscriptionStore implements SubscriptionStore {
  private readonly subs = new Map<string, Subscription>();
  constructor(initial: Subscription[] = []) {
    for (const s of initial) this.subs.set(s.id, structuredClone(s));
  }
  async list(): Promise<Subscription[]> {
    return [...this.subs.values()].map((s) => structuredClone(s));
  }
  async get(id: string): Promise<Subscription | undefined> {
    const s = this.subs.get(id);
    return s && structuredClone(s);
  }
  async put(sub: Subscription): Promise<void> {
    this.subs.set(sub.id, structuredClone(sub));
  }
  async remove(id: string): Promise<boolean> {
    return this.subs.delete(id);
  }
}
