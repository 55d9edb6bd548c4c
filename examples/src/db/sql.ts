/** Quotes a ClickHouse identifier (a table or column name) for use in SQL text. */
export function quoteIdentifier(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

/** @deprecated moved to ./clickhouse.js: import createClickHouseService from there. */
export { createClickHouseService } from './clickhouse.js';
