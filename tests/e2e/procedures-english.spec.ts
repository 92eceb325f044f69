// The English procedure page: a translated procedure in English throughout, an untranslated one in
// Vietnamese under a notice; the search-engine data in the page's language either way.
import { test, expect } from './fixtures';

// Letters that only Vietnamese uses (legal numbers such as 123/2015/NĐ-CP keep theirs).
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

test('a translated procedure: English details, no Vietnamese-only notice, English JSON-LD', async ({ page }) => {
  await page.goto('/en/procedures/dang-ky-thuong-tru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Permanent residence registration');
  await expect(page.getByTestId('vietnamese-only')).toHaveCount(0);
  await expect(page.getByText('The details of this procedure are published in Vietnamese.')).toHaveCount(0);

  const summary = page.getByTestId('procedure-summary');
  await expect(summary).toContainText('Vietnamese citizens with lawful accommodation in the City');
  await expect(page.getByTestId('summary-processingTime')).toContainText('7 working days');
  await expect(page.getByTestId('summary-fee')).toContainText('In person: VND 20,000 per registration');
  await expect(page.getByTestId('summary-fee')).toContainText('Online: VND 10,000 per registration');

  const steps = page.getByRole('heading', { level: 2, name: 'Steps' }).locator('xpath=following-sibling::ol');
  await expect(steps.getByRole('listitem')).toHaveCount(4);
  await expect(steps).not.toHaveAttribute('lang', 'vi');
  expect(await steps.innerText()).not.toMatch(VIETNAMESE);

  const checklist = page.getByTestId('document-checklist').first();
  await expect(checklist).toContainText('Residence information change declaration form');
  await expect(checklist).toContainText('Form: CT01');
  // The CT01 template is still found from the Vietnamese item.
  await expect(checklist.getByTestId('form-links').first()).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 3, name: 'Where the accommodation is your own property' }),
  ).toBeVisible();
  await expect(page.getByText('Law on Residence', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('The permanent residence is recorded in the Residence Database')).toBeVisible();

  const [service] = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(service).toMatchObject({
    inLanguage: 'en',
    serviceType: 'Residence',
    areaServed: { name: 'Ho Chi Minh City' },
    provider: { name: 'Commune-level police (ward, commune or special zone police) where the accommodation is' },
  });
  expect(
    service.availableChannel.map((c: { name: string; processingTime: string }) => [c.name, c.processingTime]),
  ).toEqual([
    ['In person', 'P7D'],
    ['Online', 'P7D'],
  ]);
});

test('an untranslated procedure: Vietnamese details marked as such, under the notice', async ({ page }) => {
  await page.goto('/en/procedures/gia-han-tam-tru');
  await expect(page.getByTestId('vietnamese-only')).toHaveText(
    'The details of this procedure are published in Vietnamese.',
  );
  const steps = page.getByRole('heading', { level: 2, name: 'Steps' }).locator('xpath=following-sibling::ol');
  await expect(steps).toHaveAttribute('lang', 'vi');
  expect(await steps.innerText()).toMatch(VIETNAMESE);

  const [service] = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(service.serviceType).toBe('Residence');
  expect(service.provider.name).toBe(
    'Commune-level police (ward, commune or special zone police) where the person has temporary residence',
  );
  expect(service.availableChannel[0].name).toBe('In person');
  expect(service.availableChannel[0].serviceLocation.name['@language']).toBe('vi');
});

test('the Vietnamese page of a translated procedure stays in Vietnamese', async ({ page }) => {
  await page.goto('/vi/thu-tuc-hanh-chinh/dang-ky-thuong-tru');
  await expect(page.getByTestId('vietnamese-only')).toHaveCount(0);
  await expect(page.getByTestId('summary-fee')).toContainText('20.000 đồng/lần đăng ký');
  const [service] = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(service.provider.name).toBe('Công an cấp xã (Công an phường, xã, đặc khu) nơi có chỗ ở');
  expect(service.availableChannel.map((c: { name: string }) => c.name)).toEqual(['Trực tiếp', 'Trực tuyến']);
});
