import { createClickHouseService } from '../db/clickhouse.js';

/** Copied from src/db/clickhouse.ts when this route was written: the drift the plugin catches. */
export interface QueryResult<Row> {
  rows: Row[];
  elapsedMs: number;
}

export async function dailyStats(): Promise<QueryResult<{ day: string; events: number }>> {
  return createClickHouseService().query('SELECT day, count() AS events FROM events GROUP BY day');
}
