import { describe, expect, it } from 'vitest';
import { type DecodedPage, EscPosDecoder } from '../../../hardware/emulators/escpos-decoder';
import { EscPosEncoder } from '../../../src-main/hardware/printer/escpos-encoder';
import type { PrintDocument } from '../../../src-main/hardware/printer/print-document';
import { allPrinterProfiles, printerProfile } from '../../../src-main/hardware/printer/printer-profiles';

const doc: PrintDocument = {
  title: 'test',
  lines: [
    { kind: 'text', text: 'Ủy ban nhân dân xã', align: 'center', bold: true },
    { kind: 'text', text: 'B-105', size: 3 },
    { kind: 'qr', data: '23456789ABCDE' },
    { kind: 'rule' },
    { kind: 'feed', lines: 2 },
    { kind: 'cut' },
  ],
};

function decode(bytes: Buffer, commandSet: 'epson' | 'star', codePages = {}): DecodedPage[] {
  const pages: DecodedPage[] = [];
  const decoder = new EscPosDecoder({ commandSet, codePages, status: () => null, reply: () => undefined, onPage: (p) => pages.push(p) });
  decoder.push(bytes);
  decoder.flush();
  return pages;
}

describe('EscPosEncoder', () => {
  it('selects the code page with the profile’s own ESC t number, not a library default', async () => {
    const bytes = await new EscPosEncoder(printerProfile('epson-80-tcvn3')).encode(doc);
    expect(bytes.indexOf(Buffer.from([0x1b, 0x74, 30]))).toBeGreaterThan(-1);
    expect(bytes.indexOf(Buffer.from([0x1b, 0x74, 52]))).toBe(-1);
  });

  it('prints the QR natively for Star with the full ESC GS y D header (missing in node-thermal-printer)', async () => {
    const profile = { ...printerProfile('star-80-raster'), qr: 'native' as const };
    const bytes = await new EscPosEncoder(profile).encode(doc);
    expect(bytes.indexOf(Buffer.from([0x1b, 0x1d, 0x79, 0x44, 0x31, 0x00, 13, 0]))).toBeGreaterThan(-1);
    const [page] = decode(bytes, 'star');
    expect(page?.items).toContainEqual(expect.objectContaining({ kind: 'qr', data: '23456789ABCDE' }));
  });

  it.each(allPrinterProfiles().map((p) => p.id))('every bundled profile (%s) makes a page the emulator reads whole', async (id) => {
    const profile = printerProfile(id);
    const bytes = await new EscPosEncoder(profile).encode(doc);
    const pages = decode(bytes, profile.commandSet, profile.text.mode === 'codepage' ? { [profile.text.escT]: profile.text.codePage } : {});
    expect(pages[0]?.unknown).toEqual([]);
    expect(pages[0]?.cut).toBe(profile.cutter);
    if (profile.text.mode === 'codepage') expect(pages[0]?.text.split('\n')).toContain('Ủy ban nhân dân xã');
    else expect(pages[0]?.items.some((i) => i.kind === 'image')).toBe(true);
  });

  it('never lets document text smuggle a command to the printer', async () => {
    const evil: PrintDocument = { title: 'x', lines: [{ kind: 'text', text: 'A\x1b\x40\x1d\x56\x00\x10\x04\x01B' }] };
    const bytes = await new EscPosEncoder(printerProfile('epson-80-cp1258')).encode(evil);
    expect(decode(bytes, 'epson', { 52: 'cp1258' })[0]?.text).toBe('A@VB');
    expect(bytes.indexOf(Buffer.from([0x1d, 0x56, 0x00]))).toBe(-1);
  });
});
