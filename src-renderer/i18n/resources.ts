import type { Resource } from 'i18next';

/**
 * Every `locales/<lang>/<namespace>.json`, bundled at build time. One namespace per feature so
 * each feature keeps its strings beside the others without touching a shared file.
 */
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { eager: true, import: 'default' });

export function loadResources(): Resource {
  const resources: Resource = {};
  for (const [path, content] of Object.entries(files)) {
    const match = /\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match) continue;
    const [, lang, ns] = match as unknown as [string, string, string];
    resources[lang] ??= {};
    (resources[lang] as Record<string, unknown>)[ns] = content;
  }
  return resources;
}

export function namespaces(): string[] {
  return [...new Set(Object.keys(files).map((p) => /\/([^/]+)\.json$/.exec(p)?.[1] ?? 'common'))];
}
