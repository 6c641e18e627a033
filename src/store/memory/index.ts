import type { PipelineStores } from '../../pipeline/pipeline';
import { MemoryAdminEditsStore } from './admin-edits-store';
import { MemoryFeedStateStore } from './feed-state-store';
import { MemoryFigureStore } from './figure-store';
import { MemoryOfficialStore } from './official-store';
import { MemorySeenStore } from './seen-store';
import { MemoryStoryStore } from './story-store';
import { MemorySubscriptionStore } from './subscription-store';

/**
 * Every store in memory: `run --once` and tests that need no server. The story index is not trimmed by
 * wall-clock time here: a one-shot preview may cluster items of any age (the clusterer's own window,
 * measured between items, still applies).
 */
export function createMemoryStores(): PipelineStores {
  return {
    feedState: new MemoryFeedStateStore(),
    seen: new MemorySeenStore(),
    stories: new MemoryStoryStore({ indexWindowSeconds: Number.POSITIVE_INFINITY }),
    figures: new MemoryFigureStore(),
    subscriptions: new MemorySubscriptionStore(),
    adminEdits: new MemoryAdminEditsStore(),
    official: new MemoryOfficialStore(),
  };
}
