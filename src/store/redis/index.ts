import type { Redis } from 'ioredis';
import type { PipelineStores } from '../../pipeline/pipeline';
import { RedisAdminEditsStore } from './admin-edits-store';
import { RedisClusterLock } from './cluster-lock';
import { RedisFeedStateStore } from './feed-state-store';
import { RedisFigureStore } from './figure-store';
import { RedisOfficialStore } from './official-store';
import { RedisSeenStore } from './seen-store';
import { RedisStoryStore } from './story-store';
import { RedisSubscriptionStore } from './subscription-store';

/** Every store in Redis under one key prefix: the service. */
export function createRedisStores(redis: Redis, keyPrefix: string, opts: { seenTtlDays?: number; clusterWindowHours?: number } = {}): PipelineStores {
  return {
    feedState: new RedisFeedStateStore(redis, keyPrefix),
    seen: new RedisSeenStore(redis, keyPrefix),
    stories: new RedisStoryStore(redis, keyPrefix, {
      ttlSeconds: (opts.seenTtlDays ?? 30) * 86_400,
      indexWindowSeconds: (opts.clusterWindowHours ?? 72) * 3_600,
    }),
    figures: new RedisFigureStore(redis, keyPrefix),
    subscriptions: new RedisSubscriptionStore(redis, keyPrefix),
    adminEdits: new RedisAdminEditsStore(redis, keyPrefix),
    official: new RedisOfficialStore(redis, keyPrefix),
    clusterLock: new RedisClusterLock(redis, keyPrefix),
  };
}
