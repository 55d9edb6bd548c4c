import { WebSocketManagerMode } from './mode.js';
import * as websocket from './mode.js';
import { WebSocketManagerMode as Mode } from '@app/websocket/mode';

export function startServer(mode: WebSocketManagerMode = WebSocketManagerMode.ISOLATED): string {
  return `websocket server in ${mode} mode`;
}

export const emergencyMode = WebSocketManagerMode.EMERGENCY;

/** Modes that older clients still send in their handshake. */
export const legacyHandshakeModes: readonly Mode[] = [Mode['ISOLATED'], websocket.WebSocketManagerMode.EMERGENCY];

export type IsolatedMode = websocket.WebSocketManagerMode.ISOLATED;
