import { readFileSync } from 'node:fs';

/** The version in package.json, for shells that are not Electron (which has `app.getVersion`). */
export function readAppVersion(packageJsonUrl: URL): string {
  try {
    const pkg = JSON.parse(readFileSync(packageJsonUrl, 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}
