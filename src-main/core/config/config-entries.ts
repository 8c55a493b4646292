import { z } from 'zod';
import type { ConfigEntry, PublicConfig } from '../../api/channels/config';
import { maskSecret } from './config-mask';
import { type ConfigKey, configSchema, SECRET_KEYS } from './config-schema';
import type { ConfigStore } from './config-store';

function jsonSchemaOf(key: ConfigKey): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(configSchema[key], { unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}

/** Every setting with its value (secrets masked), whether it is the default, and its rule. */
export function describeConfig(store: ConfigStore, options: Readonly<{ revealSecrets?: boolean }> = {}): ConfigEntry[] {
  const values = store.all();
  return (Object.keys(configSchema) as ConfigKey[]).map((key) => {
    const secret = SECRET_KEYS.has(key);
    const value = values[key];
    return {
      key,
      value: secret && !options.revealSecrets ? maskSecret(String(value)) : value,
      secret,
      isSet: value !== '',
      isDefault: !store.isStored(key),
      schema: jsonSchemaOf(key),
    };
  });
}

export function publicConfig(store: ConfigStore): PublicConfig {
  return {
    centerName: store.get('center.name'),
    defaultLanguage: store.get('ui.defaultLanguage'),
    idleTimeoutS: store.get('ui.idleTimeoutS'),
    orientation: store.get('ui.orientation'),
  };
}
