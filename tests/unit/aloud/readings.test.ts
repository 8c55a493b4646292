import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReadingRequest } from '../../../src-main/api/channels/aloud';
import { Catalog, type Procedure } from '../../../src-main/api/channels/catalog';
import { defaultAudioDir } from '../../../src-main/core/aloud/compose-aloud';
import { createReadingClips } from '../../../src-main/core/aloud/reading-clips';
import { READING_INDEX_FILE } from '../../../src-main/core/aloud/reading-index';
import { homeReading, procedureReading, ticketWords } from '../../../src-main/core/aloud/readings';
import { resolveAudioFile } from '../../../src-main/shells/policy/audio-files';
import { tempDir } from '../../support/test-kiosk';
import { BUNDLED_CATALOG_FILE } from '../catalog/catalog-fixtures';

const bundled = Catalog.parse(JSON.parse(readFileSync(BUNDLED_CATALOG_FILE, 'utf8')));
const byCode = (code: string) => bundled.procedures.find((p) => p.code === code);
const SHIPPED = join(defaultAudioDir(), 'vi');

const ticket: Extract<ReadingRequest, { kind: 'ticket' }> = {
  kind: 'ticket',
  number: 'A-012',
  priority: false,
  status: 'waiting',
  counters: [3, 15],
  waitingAhead: 21,
};

describe('what Nghe says', () => {
  it('reads a ticket word by word: number digit by digit, counters and people ahead as cardinals', () => {
    expect(ticketWords(ticket)).toEqual([
      'số của bạn là',
      'a',
      'không',
      'một',
      'hai',
      'mời bạn chờ gọi số tại quầy',
      'ba',
      'hoặc',
      'mười',
      'lăm',
      'có',
      'hai',
      'mươi',
      'mốt',
      'người đang chờ trước bạn',
    ]);
    expect(ticketWords({ ...ticket, priority: true, waitingAhead: 0, counters: [] })).toEqual([
      'số của bạn là',
      'ưu tiên',
      'a',
      'không',
      'một',
      'hai',
      'bạn là người tiếp theo',
    ]);
    expect(ticketWords({ ...ticket, status: 'served' }).at(-1)).toBe('số này đã được phục vụ');
  });

  it('reads a procedure: name, where to submit, papers, fee in words, time; asks the desk for what is unknown', () => {
    const birth = procedureReading(byCode('1.001193') as Procedure);
    expect(birth.name).toBe('thur-tucj-1-001193');
    expect(birth.text).toMatch(/^Thủ tục: Đăng ký khai sinh\. Nơi nộp hồ sơ: Ủy ban nhân dân cấp xã/);
    expect(birth.text).toContain('Giấy tờ cần mang: Tờ khai đăng ký khai sinh; Giấy chứng sinh;');
    expect(birth.text).toContain('Lệ phí: Đăng ký khai sinh đúng hạn: miễn phí;');
    expect(birth.text).toContain('Thời gian giải quyết: Ngay trong ngày');

    const bare: Procedure = {
      ...(byCode('1.001193') as Procedure),
      agency: undefined,
      documents: [],
      processingTime: undefined,
      fee: { free: false, items: [{ label: { vi: 'Lệ phí cấp bản sao' }, amountVnd: 50_000 }] },
    };
    expect(procedureReading(bare).text).toBe(
      'Thủ tục: Đăng ký khai sinh. Nơi nộp hồ sơ: xin hỏi cán bộ tại quầy. Lệ phí: Lệ phí cấp bản sao: năm mươi nghìn đồng. Thời gian giải quyết: xin hỏi cán bộ tại quầy.',
    );
  });

  it('reads the safety line of a procedure first, before its name', () => {
    const order = procedureReading(byCode('1.012084') as Procedure);
    expect(order.text).toMatch(/^Nếu bạn đang gặp nguy hiểm, hãy gọi ngay 113 \(Công an\)\. Thủ tục: Cấm tiếp xúc/);
  });
});

describe('which clips play', () => {
  it('the shipped clips cover the home screen, every procedure of the bundled catalog and a ticket', () => {
    const clipsFor = createReadingClips({ clipDir: SHIPPED, procedures: byCode, onProblem: (r) => expect.fail(r) });
    expect(clipsFor({ kind: 'home' })).toEqual(['/audio/vi/manf-hinhf-chinhs.ogg']);
    for (const p of bundled.procedures) {
      expect(clipsFor({ kind: 'procedure', code: p.code }), p.code).toEqual([`/audio/vi/${procedureReading(p).name}.ogg`]);
    }
    expect(clipsFor(ticket)).toHaveLength(15);
    expect(clipsFor({ ...ticket, status: 'no-show' })).toHaveLength(6);
  });

  it('hides a reading whose clip is missing, was made from other text, or whose index is broken', () => {
    const dir = tempDir('aloud-');
    try {
      const problems: string[] = [];
      const home = homeReading();
      const clipsFor = createReadingClips({ clipDir: dir.path, procedures: byCode, onProblem: (r) => problems.push(r) });
      expect(clipsFor({ kind: 'home' })).toEqual([]);
      expect(clipsFor({ kind: 'procedure', code: '9.999999' })).toEqual([]);
      expect(clipsFor(ticket)).toEqual([]); // no word clips in this folder

      const index = (text: string) =>
        writeFileSync(
          join(dir.path, READING_INDEX_FILE),
          JSON.stringify({ readings: { [home.name]: { file: `${home.name}.ogg`, text } } }),
        );
      index(home.text);
      expect(clipsFor({ kind: 'home' })).toEqual([]); // listed, but the file is not there
      copyFileSync(join(SHIPPED, `${home.name}.ogg`), join(dir.path, `${home.name}.ogg`));
      expect(clipsFor({ kind: 'home' })).toEqual([`/audio/vi/${home.name}.ogg`]);
      index(`${home.text} Đoạn cũ.`);
      expect(clipsFor({ kind: 'home' })).toEqual([]); // the clip says something else
      writeFileSync(join(dir.path, READING_INDEX_FILE), '{"readings": [');
      expect(clipsFor({ kind: 'home' })).toEqual([]);
      expect(problems).toEqual(['not valid JSON']);
    } finally {
      dir.remove();
    }
  });
});

describe('serving clips (both shells and the hall host)', () => {
  it('serves only /audio/[vi/]name.wav|ogg inside the folder, revalidated on every play', () => {
    const dir = tempDir('aloud-serve-');
    try {
      mkdirSync(join(dir.path, 'vi'));
      writeFileSync(join(dir.path, 'vi', 'a.ogg'), 'x');
      const found = resolveAudioFile(dir.path, '/audio/vi/a.ogg');
      expect(found).toMatchObject({ kind: 'file', contentType: 'audio/ogg', cacheControl: 'no-cache' });
      expect(resolveAudioFile(dir.path, '/audio/vi/b.wav')).toEqual({ kind: 'not-found' });
      expect(resolveAudioFile(dir.path, '/audio/../package.json')).toBeNull();
      expect(resolveAudioFile(dir.path, '/audio/vi/A.mp3')).toBeNull();
      expect(resolveAudioFile(dir.path, '/assets/index.js')).toBeNull();
    } finally {
      dir.remove();
    }
  });
});
