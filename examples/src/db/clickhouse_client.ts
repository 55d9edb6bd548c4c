/**
 * Compatibility shim kept while callers migrate.
 * @deprecated use ./clickhouse
 */
export { ClickHouseService as ClickHouseClient, createClickHouseService } from './clickhouse.js';
export type { QueryResult } from './clickhouse.js';
