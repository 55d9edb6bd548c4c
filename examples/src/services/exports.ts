import { createClickHouseService, quoteIdentifier } from '../db/sql.js';

export async function countRows(table: string): Promise<number> {
  const client = createClickHouseService();
  const result = await client.query<{ count: number }>(`SELECT count() AS count FROM ${quoteIdentifier(table)}`);
  return result.rows[0]?.count ?? 0;
}
