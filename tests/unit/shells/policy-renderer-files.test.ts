import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRendererFile } from '../../../src-main/shells/policy/renderer-files';
import { tempDir } from '../../support/test-kiosk';

describe('renderer files', () => {
  const dir = tempDir('kiosk-renderer-');
  const root = join(dir.path, 'renderer');
  beforeAll(() => {
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    writeFileSync(join(root, 'assets', 'index-abc.js'), '');
    writeFileSync(join(dir.path, 'secret.txt'), 'outside the renderer');
  });
  afterAll(() => dir.remove());

  it('serves a built asset with its type, cached for good', () => {
    expect(resolveRendererFile(root, '/assets/index-abc.js')).toEqual({
      kind: 'file',
      path: join(root, 'assets', 'index-abc.js'),
      contentType: 'text/javascript; charset=utf-8',
      cacheControl: 'public, max-age=31536000, immutable',
    });
  });

  it.each(['/', '/index.html', '/catalog/detail', '/assets'])('answers %s with index.html, never cached', (path) => {
    expect(resolveRendererFile(root, path)).toMatchObject({ kind: 'file', path: join(root, 'index.html'), cacheControl: 'no-store' });
  });

  it('says not found for a missing file with an extension', () => {
    expect(resolveRendererFile(root, '/assets/missing.js')).toEqual({ kind: 'not-found' });
  });

  it.each(['/../secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt'])(
    'never leaves the renderer: %s',
    (path) => {
      expect(resolveRendererFile(root, path).kind).toBe('forbidden');
    },
  );

  it.each(['/%E0%A4%A', '/a%00.js'])('refuses a malformed path %s', (path) => {
    expect(resolveRendererFile(root, path)).toEqual({ kind: 'bad-path' });
  });
});
