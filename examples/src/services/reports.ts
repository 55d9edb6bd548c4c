import type { QueryResult } from '@app/db/clickhouse_client';
import { createClickHouseService } from "../db/clickhouse.js";

export async function dailyReport(): Promise<QueryResult<{ day: string; total: number }>> {
  const client = createClickHouseService();
  return client.query('SELECT toDate(ts) AS day, count() AS total FROM events GROUP BY day');
}
