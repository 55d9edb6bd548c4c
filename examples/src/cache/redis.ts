import { config } from '../config/env.js';

export class RedisManager {
  private readonly entries = new Map<string, string>();

  constructor(readonly url: string) {}

  get(key: string): string | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: string): void {
    this.entries.set(key, value);
  }
}

// One instance for the whole process: every user and request shares its entries.
export const redis = new RedisManager(config.redisUrl);
