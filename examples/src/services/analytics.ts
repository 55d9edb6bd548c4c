import { ClickHouseClient, createClickHouseService } from '../db/clickhouse_client.js';

export async function countEvents(client: ClickHouseClient = createClickHouseService()): Promise<number> {
  const result = await client.query<{ count: number }>('SELECT count() AS count FROM events');
  return result.rows[0]?.count ?? 0;
}
