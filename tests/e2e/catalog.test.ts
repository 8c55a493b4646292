import { BinaryBitmap, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from '@zxing/library';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { procedureCodeFromPayload, procedureLink } from '../../src-main/api/codes';
import { ORIENTATIONS, saveScreenshot } from '../support/browser';
import { fill } from '../support/e2e-fill';
import { useWebKiosk } from '../support/e2e-kiosk';
import { useReusedKioskPage } from '../support/reused-page';

/** Reads the QR code in a `data:image/png` URL the way a scanner would. */
function decodeQr(dataUrl: string): string {
  const png = PNG.sync.read(Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'));
  const luminance = new Uint8ClampedArray(png.width * png.height);
  for (let i = 0; i < luminance.length; i++) {
    luminance[i] = ((png.data[i * 4] as number) + (png.data[i * 4 + 1] as number) + (png.data[i * 4 + 2] as number)) / 3;
  }
  const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luminance, png.width, png.height)));
  return new QRCodeReader().decode(bitmap).getText();
}

// One kiosk and one page for both orientations: each test loads the kiosk again, turned to its
// orientation, with the app and the catalog in the page's cache.
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kiosk = useWebKiosk(ORIENTATIONS[0]);
// biome-ignore lint/correctness/useHookAtTopLevel: a Vitest set-up, not a React hook
const kioskPage = useReusedKioskPage(() => ({ browser: kiosk.browser, url: kiosk.shell.url }), ORIENTATIONS[0]);

describe.each(ORIENTATIONS)('procedure catalog ($name)', (orientation) => {
  it('a citizen taps a field, types "khai sinh" without accents, opens the procedure and sees its papers and QR code', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    await page.getByTestId('home-action-catalog').tap();
    await expect.poll(() => page.getByTestId('screen-catalog-search').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('catalog-fields').locator('button').count()).toBeGreaterThanOrEqual(8);
    await saveScreenshot(page, 'catalog-fields', orientation);

    await page.getByTestId('catalog-field-ho-tich').tap();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Hộ tịch');
    await expect.poll(() => page.getByTestId('catalog-results').locator('li').count()).toBeGreaterThan(5);

    await page.getByTestId('catalog-search-input').tap();
    await page.keyboard.type('khai sinh');
    await expect.poll(() => page.getByTestId('catalog-results-title').textContent()).toMatch(/^Tìm thấy \d+ thủ tục$/);
    const rows = page.getByTestId('catalog-results').locator('li');
    expect(await rows.nth(0).textContent()).toContain('Đăng ký khai sinh');
    // Re-registration is near the top too; the mobile registration may come before it.
    const listed = await rows.allTextContents();
    expect(listed.slice(1, 3).some((text) => text.startsWith('Đăng ký lại khai sinh'))).toBe(true);
    await saveScreenshot(page, 'catalog-results', orientation);

    await page.getByTestId('catalog-result-1.001193').tap();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Đăng ký khai sinh');
    await expect.poll(() => page.getByTestId('procedure-documents').textContent()).toContain('Giấy chứng sinh');
    expect(await page.getByTestId('procedure-time').textContent()).toContain('Ngay trong ngày');
    const qr = page.getByTestId('procedure-qr-image');
    await expect.poll(() => qr.isVisible()).toBe(true);
    const src = (await qr.getAttribute('src')) ?? '';
    expect(src.startsWith('data:image/png;base64,')).toBe(true);
    const payload = decodeQr(src);
    expect(payload).toBe(procedureLink('1.001193'));
    expect(procedureCodeFromPayload(payload)).toBe('1.001193');
    await saveScreenshot(page, 'catalog-procedure', orientation);

    // Back returns to the same results, as typed.
    await page.getByTestId('nav-back').tap();
    await expect.poll(() => page.getByTestId('catalog-search-input').inputValue()).toBe('khai sinh');
    await expect.poll(() => page.getByTestId('catalog-results-title').textContent()).toMatch(/^Tìm thấy/);
    expect(await rows.allTextContents()).toEqual(listed);
  });

  it('understands Telex leftovers, says plainly when nothing matches, and opens a scanned portal link', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    await page.getByTestId('home-action-catalog').tap();
    await page.getByTestId('catalog-search-input').tap();
    await page.keyboard.type('ddawng kys tamj tru');
    await expect.poll(() => page.getByTestId('catalog-results-title').textContent()).toMatch(/^Tìm thấy/);
    expect(await page.getByTestId('catalog-results').locator('li').first().textContent()).toContain('Đăng ký tạm trú');

    await page.getByTestId('catalog-search-input').fill('');
    await page.keyboard.type('zzqqxx');
    await expect.poll(() => page.getByTestId('catalog-no-results').isVisible()).toBe(true);
    await saveScreenshot(page, 'catalog-no-results', orientation);

    // A barcode scanner that types the QR payload and Enter, as many USB scanners do.
    await page.getByTestId('catalog-search-clear').tap();
    await page.getByTestId('catalog-search-input').tap();
    await page.keyboard.type(procedureLink('1.000894'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Đăng ký kết hôn');
  });

  it('shows a procedure in English with Vietnamese where no translation exists', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-en').tap();
    await page.getByTestId('home-action-catalog').tap();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Look up administrative procedures');
    await page.getByTestId('catalog-field-chung-thuc').tap();
    await page.getByTestId('catalog-result-2.000815').tap();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Certified copy');
    expect(await page.getByTestId('procedure-fee').textContent()).toContain('2,000');
    await saveScreenshot(page, 'catalog-procedure-en', orientation);
  });

  it('says truly where a procedure goes online: the national portal, or no with the counter and the post', async () => {
    const page = await kioskPage.fresh({ turned: orientation });
    await page.getByTestId('home-action-catalog').tap();
    const online = page.getByTestId('procedure-online');
    const open = async (code: string, title: string) => {
      await page.getByTestId('catalog-search-input').tap();
      await page.keyboard.type(procedureLink(code));
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('h1').textContent()).toBe(title);
    };
    const back = async () => {
      await page.getByTestId('nav-back').tap();
      await page.getByTestId('screen-catalog-search').waitFor();
      await page.getByTestId('catalog-search-input').fill('');
    };

    // Marriage with a foreign element: the kiosk has no form, the national portal takes it.
    await page.getByTestId('catalog-search-input').tap();
    await page.keyboard.type('ket hon yeu to nuoc ngoai');
    await expect
      .poll(() => page.getByTestId('catalog-result-2.000806').textContent())
      .toContain('Nộp trực tuyến trên Cổng Dịch vụ công quốc gia');
    await page.getByTestId('catalog-result-2.000806').tap();
    await expect.poll(() => online.textContent()).toContain('Trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) hoặc ứng dụng VNeID');
    expect(await online.textContent()).toContain('kiosk này chưa nhận hồ sơ này');
    await online.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'catalog-procedure-portal', orientation);
    await back();

    // No portal in its text, counter and post: both are said, not "at the counter" alone.
    await open('1.004944', 'Chấm dứt việc chăm sóc thay thế cho trẻ em');
    expect(await online.textContent()).toContain('Không; nộp trực tiếp tại quầy hoặc qua bưu điện');
    await back();
    await open('2.001019', 'Chứng thực di chúc');
    expect(await online.textContent()).toContain('Không; nộp trực tiếp tại quầy');
    expect(await online.textContent()).not.toContain('bưu điện');
    await back();

    // The same page in Arabic.
    await page.getByTestId('nav-language').tap();
    await page.getByTestId('language-ar').tap();
    await page.getByTestId('screen-catalog-search').waitFor();
    await page.getByTestId('catalog-search-input').tap();
    await page.keyboard.type(procedureLink('2.000806'));
    await page.keyboard.press('Enter');
    await expect.poll(() => online.textContent()).toContain('البوابة الوطنية للخدمات العامة (dichvucong.gov.vn)');
    await online.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'catalog-procedure-portal-ar', orientation);
  });

  /** A fresh kiosk on the search screen with `query` typed. */
  const searchFor = async (query: string) => {
    const page = await kioskPage.fresh({ turned: orientation });
    await page.getByTestId('home-action-catalog').tap();
    await page.getByTestId('screen-catalog-search').waitFor();
    await fill(page, 'catalog-search-input', query);
    return page;
  };

  /** From a procedure page, back to the search screen and types `query` there. */
  const searchAgain = async (page: Awaited<ReturnType<typeof searchFor>>, query: string) => {
    await page.getByTestId('nav-back').tap();
    await page.getByTestId('screen-catalog-search').waitFor();
    await fill(page, 'catalog-search-input', query);
  };

  /** The search just typed is answered by the place elsewhere `id` ("ho-chieu"), and `code` is not among the results. */
  const answeredElsewhere = async (page: Awaited<ReturnType<typeof searchFor>>, id: string, code: string) => {
    await page.getByTestId(`catalog-elsewhere-${id}`).waitFor();
    expect(await page.getByTestId(`catalog-result-${code}`).count()).toBe(0);
  };

  /** Searches `query`, taps the result `code` (named `title`) and returns its procedure page. */
  const openFromSearch = async (query: string, code: string, title: string) => {
    const page = await searchFor(query);
    const result = page.getByTestId(`catalog-result-${code}`);
    await expect.poll(() => result.textContent()).toContain(title);
    await result.tap();
    await expect.poll(() => page.locator('h1').textContent()).toContain(title);
    const fact = async (id: string) => (await page.getByTestId(`procedure-${id}`).textContent()) ?? '';
    return { page, fact };
  };

  it('a parent asking about tuition learns the papers go to the school and the commune reviews them', async () => {
    const { page, fact } = await openFromSearch('mien giam hoc phi', '1.014335', 'Đề nghị miễn, giảm học phí');
    const where = await fact('where');
    expect(where).toContain('nhận hồ sơ');
    expect(where).toContain('Ủy ban nhân dân cấp xã nơi người học thường trú');
    expect(await fact('fee')).toContain('Không mất phí');
    expect(await fact('online')).toContain('Trên Cổng Dịch vụ công quốc gia');
    await saveScreenshot(page, 'catalog-education-tuition', orientation);
  });

  it('lists the learning support of the very small ethnic minorities, and "ho chieu" still does not', async () => {
    const page = await searchFor('dan toc thieu so rat it nguoi');
    await expect.poll(() => page.getByTestId('catalog-result-1.003702').textContent()).toContain('dân tộc thiểu số rất ít người');
    await fill(page, 'catalog-search-input', 'ho chieu');
    await answeredElsewhere(page, 'ho-chieu', '1.003702');
  });

  it('a person harmed at home types "bao luc gia dinh" and first reads to call 113, then how to ask for a no-contact order', async () => {
    const { page, fact } = await openFromSearch('bao luc gia dinh', '1.012084', 'Cấm tiếp xúc theo Quyết định của Chủ tịch');
    // The safety line stands first, above the listen button and the summary, and is read first aloud.
    expect(await fact('safety')).toBe('Nếu bạn đang gặp nguy hiểm, hãy gọi ngay 113 (Công an).');
    const header = page.locator('.procedure__header');
    const order = await header.evaluate((h) => [...h.children].map((c) => c.getAttribute('data-testid') ?? c.className));
    expect(order.indexOf('procedure-safety')).toBeLessThan(order.indexOf('lead'));
    expect(await fact('time')).toContain('12 giờ');
    expect(await fact('fee')).toContain('Không mất phí');
    expect(await fact('online')).toContain('Trên Cổng Dịch vụ công quốc gia');
    expect(await fact('documents')).toContain('Mẫu số 06');
    await saveScreenshot(page, 'catalog-no-contact-order', orientation);
  });

  it('a worker going abroad finds where to register the contract, and "ho chieu" still lists no household business', async () => {
    const name = 'Đăng ký hợp đồng lao động trực tiếp giao kết';
    const { page, fact } = await openFromSearch('dang ky hop dong lao dong di lam viec o nuoc ngoai', '1.013734', name);
    expect(await fact('where')).toContain('nơi người lao động thường trú');
    expect(await fact('fee')).toContain('Không mất phí');
    expect(await fact('online')).toContain('Trên Cổng Dịch vụ công quốc gia');
    await saveScreenshot(page, 'catalog-labour-contract', orientation);

    // The household business correction added beside it must not answer a passport question.
    await searchAgain(page, 'ho chieu');
    await answeredElsewhere(page, 'ho-chieu', '1.014034');
    await fill(page, 'catalog-search-input', 'hieu dinh thong tin ho kinh doanh');
    await expect
      .poll(() => page.getByTestId('catalog-result-1.014034').textContent())
      .toContain('hiệu đính thông tin đăng ký hộ kinh doanh');
  });

  it('a household repairing its house finds the repair permit, its papers and time, and "so do" still answers elsewhere', async () => {
    const { page, fact } = await openFromSearch('xin phep sua nha', '1.013229', 'Cấp giấy phép xây dựng sửa chữa, cải tạo');
    const documents = await fact('documents');
    expect(documents).toContain('Bản vẽ hiện trạng các bộ phận công trình dự kiến sửa chữa, cải tạo');
    expect(documents).toContain('Mẫu số 01');
    expect(await fact('time')).toContain('07 ngày làm việc đối với nhà ở riêng lẻ');
    expect(await fact('fee')).toContain('Hội đồng nhân dân cấp tỉnh');
    expect(await fact('online')).toContain('Trên Cổng Dịch vụ công quốc gia');
    await page.getByTestId('procedure-documents').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'catalog-building-repair', orientation);

    // A lost permit: the reissue procedure answers, and a land-book query still goes elsewhere.
    await searchAgain(page, 'mat giay phep xay dung');
    await expect.poll(() => page.getByTestId('catalog-result-1.013228').textContent()).toContain('Cấp lại giấy phép xây dựng');
    await fill(page, 'catalog-search-input', 'so do');
    await answeredElsewhere(page, 'so-do', '1.013228');
  });

  it("a martyr's relative who lost the Tổ quốc ghi công certificate finds how to have it reissued", async () => {
    const { page, fact } = await openFromSearch('mat bang to quoc ghi cong', '1.010778', 'Cấp lại Bằng “Tổ quốc ghi công”');
    const papers = await fact('documents');
    expect(papers).toContain('Mẫu số 16 Phụ lục I Nghị định số 131/2021/NĐ-CP');
    expect(papers).toContain('Nếu còn');
    expect(await fact('where')).toContain('Ủy ban nhân dân cấp xã nơi thường trú xác nhận');
    expect(await fact('time')).toContain('60 ngày làm việc');
    expect(await fact('fee')).toContain('Không mất phí');
    expect(await fact('online')).toContain('Trên Cổng Dịch vụ công quốc gia');
    await saveScreenshot(page, 'catalog-merit-certificate-reissue', orientation);
  });

  it('a parent asks for rice support for a semi-boarding pupil and learns to apply at the school; the Heroic Mother title and where school transfers are done are found too', async () => {
    const name = 'Xét duyệt học sinh bán trú, học viên bán trú hỗ trợ kinh phí, hỗ trợ gạo';
    const { page, fact } = await openFromSearch('ho tro gao hoc sinh ban tru', '2.002770', name);
    expect(await fact('where')).toContain('Trường phổ thông dân tộc bán trú');
    expect(await fact('documents')).toContain('Mẫu số 04');
    expect(await fact('time')).toContain('07 ngày làm việc');
    expect(await fact('fee')).toContain('Không mất phí');
    expect(await fact('online')).toContain('Trên Cổng Dịch vụ công quốc gia');
    await saveScreenshot(page, 'catalog-semi-boarding-rice', orientation);

    // The title for a mother of martyrs is proposed at the commune; a passport question still goes elsewhere.
    await searchAgain(page, 'xet tang ba me viet nam anh hung');
    await expect
      .poll(() => page.getByTestId('catalog-result-1.014149').textContent())
      .toContain('Xét tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng”');
    await fill(page, 'catalog-search-input', 'ho chieu');
    await answeredElsewhere(page, 'ho-chieu', '1.014149');

    // A school transfer is the receiving school's now (2.002854): the honest screen says where.
    await fill(page, 'catalog-search-input', 'chuyen truong cho con');
    await page.getByTestId('catalog-elsewhere-chuyen-truong').waitFor();
    expect(await page.getByTestId('catalog-elsewhere-chuyen-truong').textContent()).toContain('Trường nơi học sinh chuyển đến');
    expect(await page.getByTestId('catalog-results').count()).toBe(0);
    await saveScreenshot(page, 'catalog-not-here-school-transfer', orientation);
  });

  it('a family that chose someone to watch over a guardian finds how to register the supervision', async () => {
    const { page, fact } = await openFromSearch('dang ky giam sat viec giam ho', '3.000323', 'Đăng ký giám sát việc giám hộ');
    const papers = await fact('documents');
    expect(papers).toContain('thỏa thuận cử, chọn người giám sát giám hộ theo quy định của Bộ luật Dân sự');
    expect(papers).toContain('Ủy quyền người khác làm thủ tục');
    expect(await fact('where')).toContain('nơi cư trú của người được giám hộ');
    expect(await fact('time')).toContain('03 ngày làm việc');
    expect(await fact('fee')).toContain('Hội đồng nhân dân cấp tỉnh');
    expect(await fact('online')).toContain('Trên Cổng Dịch vụ công quốc gia');
    await saveScreenshot(page, 'catalog-guardianship-supervision', orientation);

    // Its end is found by its own words, and a passport question still answers elsewhere.
    await searchAgain(page, 'cham dut giam sat giam ho');
    await expect.poll(() => page.getByTestId('catalog-result-3.000322').textContent()).toContain('Đăng ký chấm dứt giám sát việc giám hộ');
    await fill(page, 'catalog-search-input', 'ho chieu');
    await answeredElsewhere(page, 'ho-chieu', '3.000323');
  });

  it('a couple adopting a child reads the papers of its national record, no criminal record certificate among them', async () => {
    const { page, fact } = await openFromSearch('nhan con nuoi', '2.001263', 'Đăng ký việc nuôi con nuôi trong nước');
    const papers = await fact('documents');
    expect(papers).toContain('Giấy chứng nhận kết hôn của người nhận con nuôi');
    expect(papers).toContain('Quyết định tiếp nhận trẻ em vào cơ sở nuôi dưỡng');
    expect(papers).not.toContain('lý lịch tư pháp');
    const body = (await page.getByTestId('screen-catalog-procedure').textContent()) ?? '';
    expect(body).toContain('Không phải nộp Phiếu lý lịch tư pháp');
    expect(body).toContain('1848/QĐ-BTP');
    expect(await fact('time')).toContain('15 ngày để những người liên quan có thể thay đổi ý kiến');
    expect(await fact('fee')).toContain('400.000');
    expect(await fact('online')).toContain('Trên Cổng Dịch vụ công quốc gia');
    await saveScreenshot(page, 'catalog-domestic-adoption', orientation);

    // A single-status certificate: the papers of an ended marriage are looked up from their details.
    await searchAgain(page, 'giay xac nhan doc than');
    const status = page.getByTestId('catalog-result-1.004873');
    await expect.poll(() => status.textContent()).toContain('Cấp Giấy xác nhận tình trạng hôn nhân');
    await status.tap();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Cấp Giấy xác nhận tình trạng hôn nhân');
    expect(await fact('documents')).toContain('cơ quan đăng ký tự tra cứu');
    expect(await fact('where')).toContain('thường trú hoặc tạm trú');
    await saveScreenshot(page, 'catalog-marital-status-refreshed', orientation);
  });
});
