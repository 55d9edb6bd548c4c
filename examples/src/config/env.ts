/**
 * The one place that reads the environment: values are validated here and exported typed, so the
 * rest of the service imports configuration instead of reading process.env.
 */
function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`Missing environment variable ${name}`);
  return value;
}

export const config = {
  port: Number(process.env.PORT ?? 8080),
  clickhouseUrl: process.env.CLICKHOUSE_URL ?? 'http://localhost:8123',
  redisUrl: process.env.REDIS_URL ?? 'redis://localhost:6379',
  apiToken: () => required('API_TOKEN'),
} as const;
