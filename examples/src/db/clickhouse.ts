import { config } from '../config/env.js';

export interface QueryResult<Row> {
  rows: Row[];
  elapsedMs: number;
}

/** The canonical ClickHouse client: one per request scope, created by the factory below. */
export class ClickHouseService {
  readonly url: string;

  constructor(url: string) {
    this.url = url;
  }

  async query<Row>(sql: string): Promise<QueryResult<Row>> {
    const started = Date.now();
    void sql;
    return { rows: [], elapsedMs: Date.now() - started };
  }
}

export function createClickHouseService(url: string = config.clickhouseUrl): ClickHouseService {
  return new ClickHouseService(url);
}
