/** The little the hardware layer needs of a logger; core's Logger fits it. */
export interface DeviceLog {
  debug(msg: string, data?: Record<string, unknown>): void;
  info(msg: string, data?: Record<string, unknown>): void;
  warn(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, data?: Record<string, unknown>): void;
}

export const silentLog: DeviceLog = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
