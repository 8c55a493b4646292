import { type Clock, systemClock } from '../../api/center-clock';
import { currentCorrelationId } from './correlation';
import { redactText, redactValue } from './redact';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface LogRecord {
  readonly time: string;
  readonly level: LogLevel;
  readonly module: string;
  readonly msg: string;
  readonly correlationId?: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

/** Where log records go: a file, stderr, or a test's array. */
export type LogSink = (record: LogRecord) => void;

export interface Logger {
  debug(msg: string, data?: Record<string, unknown>): void;
  info(msg: string, data?: Record<string, unknown>): void;
  warn(msg: string, data?: Record<string, unknown>): void;
  error(msg: string, data?: Record<string, unknown>): void;
  /** A logger for the same module whose records carry one citizen session's correlation id. */
  withCorrelation(correlationId: string): Logger;
  child(module: string): Logger;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Data values are redacted too, at any depth: a log line must never carry an ID number, a phone or a name. */
function redactData(data: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!data) return undefined;
  return redactValue(data) as Record<string, unknown>;
}

export function createLogger(
  sink: LogSink,
  module: string,
  options: Readonly<{ level?: LogLevel; clock?: Clock; correlationId?: string }> = {},
): Logger {
  const min = ORDER[options.level ?? 'info'];
  const clock = options.clock ?? systemClock;
  const write = (level: LogLevel, msg: string, data?: Record<string, unknown>): void => {
    if (ORDER[level] < min) return;
    const correlationId = options.correlationId ?? currentCorrelationId();
    try {
      sink({
        time: clock.now().toISOString(),
        level,
        module,
        msg: redactText(msg, ''),
        ...(correlationId ? { correlationId } : {}),
        ...(data ? { data: redactData(data) } : {}),
      });
    } catch {
      // A broken log sink must never take the kiosk down with it.
    }
  };
  return {
    debug: (msg, data) => write('debug', msg, data),
    info: (msg, data) => write('info', msg, data),
    warn: (msg, data) => write('warn', msg, data),
    error: (msg, data) => write('error', msg, data),
    withCorrelation: (correlationId) => createLogger(sink, module, { ...options, correlationId }),
    child: (name) => createLogger(sink, `${module}.${name}`, options),
  };
}

/** A sink that keeps records in memory, for tests and the technician log screen. */
export function memorySink(limit = 500): LogSink & { records: LogRecord[] } {
  const records: LogRecord[] = [];
  const sink = ((record: LogRecord) => {
    records.push(record);
    if (records.length > limit) records.splice(0, records.length - limit);
  }) as LogSink & { records: LogRecord[] };
  sink.records = records;
  return sink;
}

export function fanOut(...sinks: readonly LogSink[]): LogSink {
  return (record) => {
    for (const sink of sinks) sink(record);
  };
}
