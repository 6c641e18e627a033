import type { FeedState, FeedStateStore } from '../types';

export class MemoryFeedStateStore implements FeedStateStore {
  private readonly states = new Map<string, FeedState>();
  async get(feedUrl: string): Promise<FeedState | undefined> {
    const s = this.states.get(feedUrl);
    return s && { ...s };
  }
  async getMany(feedUrls: string[]): Promise<Map<string, FeedState>> {
    const out = new Map<string, FeedState>();
    for (const url of feedUrls) {
      const s = this.states.get(url);
      if (s) out.set(url, { ...s });
    }
    return out;
  }
  async set(feedUrl: string, state: FeedState): Promise<void> {
    this.states.set(feedUrl, { ...state });
  }
  async setMany(states: Map<string, FeedState>): Promise<void> {
    for (const [url, state] of states) this.states.set(url, { ...state });
  }
  async all(): Promise<Map<string, FeedState>> {
    return new Map([...this.states].map(([k, v]) => [k, { ...v }]));
  }
}
