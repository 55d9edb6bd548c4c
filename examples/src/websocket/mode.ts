export enum WebSocketManagerMode {
  UNIFIED = 'unified',
  /** @deprecated Use UNIFIED; isolation comes from the execution context. */
  ISOLATED = 'unified',
  /** @deprecated Use UNIFIED. */
  EMERGENCY = 'unified',
}
