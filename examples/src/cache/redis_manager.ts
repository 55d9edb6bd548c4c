/**
 * The old home of the Redis factory, kept while callers migrated. None is left: ssot-audit lists it
 * under "Safe to delete".
 * @deprecated use ./redis-factory
 */
export { createRedisManager } from './redis-factory.js';
