import { resolve } from 'node:path';
import type { Command } from 'commander';
import { describeConfig } from '../../core/config/config-entries';
import { importConfigFile, writeConfigFileAt } from '../../core/config/config-files';
import { isConfigKey } from '../../core/config/config-schema';
import { exportConfig } from '../../core/config/config-transfer';
import { createLogger } from '../../core/logging/logger';
import { readAppVersion } from '../../core/system/app-version';
import { type CliContext, CliError, PACKAGE_JSON } from '../cli-context';

/**
 * `VALUE` as typed on a shell: JSON when it is JSON (`90`, `true`, `"a b"`), else the text as is.
 * When the JSON reading breaks the rule but the plain text fits (`config set server.token 1234`
 * for a numeric token), the text wins: a person typing a token means the characters.
 */
export function chooseValue(ctx: CliContext, key: string, text: string): unknown {
  const store = ctx.core().config;
  let json: { value: unknown } | null = null;
  try {
    json = { value: JSON.parse(text) };
  } catch {
    json = null;
  }
  if (json) {
    try {
      return store.validate(key, json.value).value;
    } catch (err) {
      try {
        return store.validate(key, text).value;
      } catch {
        throw err;
      }
    }
  }
  return store.validate(key, text).value;
}

function show(value: unknown): string {
  return typeof value === 'string' && value !== '' ? value : JSON.stringify(value);
}

export function registerConfig(program: Command, ctx: CliContext): void {
  const config = program.command('config').description('Read and change settings (validated; applied live)');

  config
    .command('get [key]')
    .description('Show every setting, or one; secrets are masked unless --show-secrets')
    .option('--show-secrets', 'print secrets (server.token) in clear')
    .action((key: string | undefined, opts: { showSecrets?: boolean }) => {
      const entries = describeConfig(ctx.core().config, { revealSecrets: opts.showSecrets === true });
      if (key !== undefined) {
        if (!isConfigKey(key)) throw new CliError(`unknown setting ${key}; \`kiosk config get\` lists them`);
        const entry = entries.find((e) => e.key === key);
        ctx.print(entry?.value, show(entry?.value));
        return;
      }
      const values = Object.fromEntries(entries.map((e) => [e.key, e.value]));
      const width = Math.max(...entries.map((e) => e.key.length));
      const lines = entries.map((e) => `${e.key.padEnd(width)}  ${show(e.value)}${e.isDefault ? '  (default)' : ''}`);
      ctx.print(values, lines.join('\n'));
    });

  config
    .command('set <key> <value>')
    .description('Change one setting; VALUE is read as JSON when it is JSON, else as text')
    .action((key: string, text: string) => {
      if (!isConfigKey(key)) throw new CliError(`unknown setting ${key}; \`kiosk config get\` lists them`);
      const store = ctx.core().config;
      const value = chooseValue(ctx, key, text);
      store.set(key, value);
      createLogger(ctx.logSink(), 'cli.config').info('setting changed from the CLI', { keys: key });
      const shown = describeConfig(store).find((e) => e.key === key)?.value;
      ctx.print({ [key]: shown }, `${key} = ${show(shown)}`);
    });

  config
    .command('export <file>')
    .description('Write every setting to FILE (JSON) to set up another kiosk the same way; a link at FILE is never followed')
    .option('--include-secrets', 'also write the server token, into a new file readable by its owner only (keep it safe)')
    .action(async (file: string, opts: { includeSecrets?: boolean }) => {
      const kiosk = ctx.core();
      const data = exportConfig(
        kiosk.config,
        { kioskId: kiosk.kioskId, appVersion: readAppVersion(PACKAGE_JSON), now: ctx.clock.now() },
        { includeSecrets: opts.includeSecrets === true },
      );
      const target = await writeConfigFileAt(file, data);
      const note = data.secretsIncluded ? ' (with the server token)' : ' (without the server token)';
      ctx.print({ file: target, keys: Object.keys(data.values), secretsIncluded: data.secretsIncluded }, `Wrote ${target}${note}.`);
    });

  config
    .command('import <file>')
    .description('Apply the settings in FILE (from `config export`); a bad file changes nothing')
    .action(async (file: string) => {
      const { applied } = await importConfigFile(ctx.core().config, file);
      createLogger(ctx.logSink(), 'cli.config').info('settings imported from a file', { keys: applied.join(',') });
      ctx.print({ file: resolve(file), applied }, `Applied ${applied.length} settings from ${resolve(file)}.`);
    });
}
