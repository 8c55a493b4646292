import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { guideText } from '../../../src-main/api/channels/guides';
import { defaultGuidesDir, loadGuides } from '../../../src-main/core/guides/guide-files';
import { tempDir } from '../../support/test-kiosk';

/** The only addresses a bundled guide may open: official portals the authors are sure of. */
const OFFICIAL_HOSTS = new Set(['dichvucong.gov.vn', 'vneid.gov.vn']);

describe('bundled guides (assets/guides)', () => {
  const { guides, problems } = loadGuides([defaultGuidesDir()]);

  it('every file passes the schema', () => {
    expect(problems).toEqual([]);
    expect(guides.map((g) => g.id)).toEqual(['vneid-level-2', 'portal-sign-in', 'file-online', 'pay-online', 'results-by-post']);
  });

  it('each ends with an official https page and says every step in one or two sentences', () => {
    for (const g of guides) {
      expect(OFFICIAL_HOSTS.has(new URL(g.link.url).host), g.id).toBe(true);
      for (const step of g.steps) {
        for (const text of [step.text.vi, step.text.en]) {
          const sentences = text.split(/(?<=[.!?])\s+/).filter(Boolean);
          expect(sentences.length, `${g.id}: ${text}`).toBeLessThanOrEqual(2);
        }
      }
    }
  });

  it('Arabic and Polish read English with a notice', () => {
    const title = guides[0]?.title;
    if (!title) throw new Error('no guide');
    expect(guideText(title, 'vi')).toEqual({ text: title.vi, fallback: false });
    expect(guideText(title, 'ar')).toEqual({ text: title.en, fallback: true });
    expect(guideText(title, 'pl')).toEqual({ text: title.en, fallback: true });
    expect(guideText({ ...title, pl: 'Tytuł' }, 'pl')).toEqual({ text: 'Tytuł', fallback: false });
  });
});

describe("a center's own guides", () => {
  const dir = tempDir('guides-');
  afterAll(() => dir.remove());
  const own = join(dir.path, 'guides');
  mkdirSync(own);
  const step = { picture: 'id-card', text: { vi: 'Mang theo thẻ căn cước.', en: 'Bring your identity card.' } };
  const guide = (id: string, extra: Record<string, unknown> = {}) => ({
    schemaVersion: 1,
    id,
    order: 5,
    title: { vi: 'Hướng dẫn riêng', en: 'Own guide' },
    summary: { vi: 'Của xã', en: 'By the commune' },
    steps: [step],
    link: { url: 'https://dichvucong.gov.vn', label: { vi: 'Cổng', en: 'Portal' } },
    ...extra,
  });

  it('joins the bundled ones in order, may replace one by id, and a bad file is named and left out', () => {
    writeFileSync(join(own, 'local.json'), JSON.stringify(guide('xa-hong-thai')));
    writeFileSync(
      join(own, 'replace.json'),
      JSON.stringify(guide('pay-online', { order: 45, title: { vi: 'Nộp phí ở xã', en: 'Fees here' } })),
    );
    writeFileSync(join(own, 'broken.json'), '{ "schemaVersion": 1,');
    writeFileSync(
      join(own, 'http.json'),
      JSON.stringify(guide('http-link', { link: { url: 'http://example.com', label: { vi: 'x', en: 'x' } } })),
    );
    writeFileSync(join(own, 'picture.json'), JSON.stringify(guide('no-picture', { steps: [{ ...step, picture: 'cat' }] })));
    writeFileSync(join(own, 'english.json'), JSON.stringify(guide('no-english', { title: { vi: 'Chỉ tiếng Việt' } })));
    const { guides, problems } = loadGuides([defaultGuidesDir(), own]);
    expect(guides.map((g) => g.id)).toEqual([
      'xa-hong-thai',
      'vneid-level-2',
      'portal-sign-in',
      'file-online',
      'pay-online',
      'results-by-post',
    ]);
    expect(guides.find((g) => g.id === 'pay-online')?.title.vi).toBe('Nộp phí ở xã');
    expect(problems.map((p) => [p.file.split('/').pop(), p.error.split(':')[0]])).toEqual([
      ['broken.json', 'not valid JSON'],
      ['english.json', 'title.en'],
      ['http.json', 'link.url'],
      ['picture.json', 'steps.0.picture'],
    ]);
  });
});
