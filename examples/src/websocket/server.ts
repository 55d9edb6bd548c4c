import { WebSocketManagerMode } from './mode.js';

export function startServer(mode: WebSocketManagerMode = WebSocketManagerMode.ISOLATED): string {
  return `websocket server in ${mode} mode`;
}

export const emergencyMode = WebSocketManagerMode.EMERGENCY;
