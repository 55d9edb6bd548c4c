import { config } from '../config/env.js';
import { RedisManager } from './redis.js';

/** The factory pattern: each request scope gets its own manager. */
export function createRedisManager(url: string = config.redisUrl): RedisManager {
  return new RedisManager(url);
}
