import { countEvents } from '../services/analytics.js';

export async function health(): Promise<{ status: string; port: string | undefined; events: number }> {
  // Reads the environment directly instead of importing config: the drift the plugin catches.
  const port = process.env.PORT;
  return { status: 'ok', port, events: await countEvents() };
}
