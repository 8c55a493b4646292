import { parseArgs } from 'node:util';
import { startCenterServer } from './center-server';

/**
 * `npm run center -- --port 8787 --db center.db --fail-rate 0.3 --delay-ms 200 --drop-connections 0.1 --status 503`
 * Prints one line with the URL when ready; stops on SIGINT/SIGTERM.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    db: { type: 'string', default: ':memory:' },
    token: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'fail-rate': { type: 'string', default: '0' },
    'fail-status': { type: 'string' },
    'delay-ms': { type: 'string', default: '0' },
    'drop-connections': { type: 'string', default: '0' },
    status: { type: 'string' },
    'retry-after': { type: 'string' },
  },
  strict: true,
});

function number(name: string, text: string | undefined, min: number, max: number): number {
  const n = Number(text);
  if (text === undefined || text.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    process.stderr.write(`center server: --${name} must be a number from ${min} to ${max}, got ${String(text)}\n`);
    process.exit(2);
  }
  return n;
}

const server = await startCenterServer({
  port: number('port', values.port, 0, 65535),
  dbFile: values.db,
  ...(values.token ? { token: values.token } : {}),
  seed: number('seed', values.seed, 0, 2 ** 32),
  faults: {
    failRate: number('fail-rate', values['fail-rate'], 0, 1),
    failStatus: values['fail-status'] ? number('fail-status', values['fail-status'], 100, 599) : null,
    delayMs: number('delay-ms', values['delay-ms'], 0, 600_000),
    dropRate: number('drop-connections', values['drop-connections'], 0, 1),
    status: values.status ? number('status', values.status, 100, 599) : null,
    retryAfterS: values['retry-after'] ? number('retry-after', values['retry-after'], 0, 86_400) : null,
  },
});
process.stdout.write(`center server listening on ${server.url}\n`);
const stop = () => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
