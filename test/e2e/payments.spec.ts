import { test, expect } from '@playwright/test';
import { rpc, SHOTS } from './api';
import { startHost, type RunningHost } from './host';
import { PaymentsPage } from './pages/PaymentsPage';
import { CardDrawer } from './pages/card-drawer';

/**
 * Payments (issue 14): fees across campaigns with invoice number, due date, VAT and KSK; an overdue fee by
 * the app clock (KOLLAB_NOW), marked paid from the overview; a card's invoice typed in the drawer (VAT rate
 * key by key); the bookkeeper's German CSV downloaded and read; screenshots in DE and EN.
 */
let host: RunningHost;
const call = <T,>(method: string, input: unknown = {}) => rpc<T>(method, input, host.url, host.token);
const NO_TOASTS = '.mantine-Notifications-root { display: none !important; }';
let cards: Record<string, number> = {};
let campaignId = 0;

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

test.beforeAll(async () => {
  host = await startHost({ empty: true, env: { KOLLAB_NOW: '2026-12-01T09:00:00Z' } });
  await call('settings.update', { locale: 'de', timeZone: 'Europe/Berlin' });
  ({ id: campaignId } = await call<{ id: number }>('campaigns.create', { name: 'Winter-Launch', goal: 'launch', product: 'Vegan Protein' }));
  const people: number[] = [];
  for (const name of ['Lisa Berg', 'Jonas Wolf', 'Mia Keller']) {
    people.push((await call<{ id: number }>('influencers.create', { name, channels: [{ platform: 'instagram', handle: name.toLowerCase().replace(' ', '.'), followers: 12_000 }] })).id);
  }
  const { added } = await call<{ added: number[] }>('collaborations.add', { campaignId, influencerIds: people });
  cards = { lisa: added[0]!, jonas: added[1]!, mia: added[2]! };
  await call('collaborations.update', { id: cards.lisa, feeMinor: 50_000, paymentStatus: 'invoiced', invoicedOn: '2026-11-10', invoiceNumber: 'RE-2026-017', vatRateBp: 1900, ksk: true });
  await call('collaborations.update', { id: cards.jonas, feeMinor: 12_345, paymentStatus: 'agreed' });
  await call('collaborations.update', { id: cards.mia, feeMinor: 30_000, currency: 'CHF', startDate: '2027-01-05', paymentStatus: 'agreed' });
});
test.afterAll(async () => host?.stop());

test('German: overdue fee by the app clock, marked paid; totals per currency; the CSV for the bookkeeper', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const payments = new PaymentsPage(page);
  await page.goto(host.openUrl);
  await payments.open('Zahlungen', 'Zahlungen');
  await expect(payments.row('Lisa Berg')).toContainText('Überfällig');
  await expect(payments.row('Lisa Berg')).toContainText('RE-2026-017');
  await expect(payments.row('Lisa Berg')).toContainText('24.11.2026');
  await expect(payments.row('Lisa Berg')).toContainText('595,00 €');
  await expect(payments.totals('EUR')).toContainText('500,00 €');
  await expect(payments.totals('CHF')).toContainText('300,00 CHF');
  await page.screenshot({ path: `${SHOTS}/de-payments-1440.png`, style: NO_TOASTS });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: `${SHOTS}/de-payments-1280.png`, style: NO_TOASTS });

  await payments.row('Lisa Berg').getByRole('button', { name: 'Als bezahlt markieren: Lisa Berg' }).click();
  await expect(payments.row('Lisa Berg')).toContainText('Bezahlt');
  await expect(payments.row('Lisa Berg')).toContainText('01.12.2026');

  await payments.stateFilter('Offen').click();
  await expect(payments.row('Lisa Berg')).toHaveCount(0);
  await expect(payments.row('Jonas Wolf')).toBeVisible();
  await payments.stateFilter('Alle').click();

  const csv = await payments.download('CSV für die Buchhaltung');
  expect(csv).toContain('Person;Kampagne;Rechnungsnummer;Rechnungsdatum;Fällig am;Bezahlt am;Status');
  expect(csv).toContain('Lisa Berg;Winter-Launch;RE-2026-017;10.11.2026;24.11.2026;01.12.2026;bezahlt;EUR;500;"0,19";95;595;ja;"24,5";2026-12');
  expect(csv).toContain('Mia Keller;Winter-Launch;;;;;vereinbart;CHF;300;');
});

test("German: the card drawer takes the invoice, the due date and a VAT rate typed key by key", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const payments = new PaymentsPage(page);
  await page.goto(host.openUrl);
  await payments.open('Zahlungen', 'Zahlungen');
  await payments.row('Jonas Wolf').getByRole('link', { name: 'Karte von Jonas Wolf öffnen' }).click();
  const drawer = new CardDrawer(page, 'de');
  await drawer.expectOpen();
  await drawer.root.getByRole('radiogroup', { name: 'Zahlung' }).getByText('In Rechnung gestellt', { exact: true }).click();
  await drawer.root.getByRole('textbox', { name: 'Rechnungsnummer' }).fill('2026-44');
  const vat = drawer.root.getByRole('textbox', { name: 'USt-Satz' });
  await vat.click();
  await vat.pressSequentially('7', { delay: 30 });
  await drawer.save();
  await expect(drawer.root.getByRole('textbox', { name: 'Rechnungsnummer' })).toHaveValue('2026-44');
  await drawer.closeButton.click();
  await drawer.expectClosed();
  await payments.open('Zahlungen', 'Zahlungen');
  await expect(payments.row('Jonas Wolf')).toContainText('2026-44');
  await expect(payments.row('Jonas Wolf')).toContainText('In Rechnung');
  await expect(payments.row('Jonas Wolf')).toContainText('(7 %)');
  await expect(payments.row('Jonas Wolf')).toContainText('132,09 €');
});

test('English: the same overview in English', async ({ page }) => {
  await call('settings.update', { locale: 'en' });
  await page.setViewportSize({ width: 1440, height: 900 });
  const payments = new PaymentsPage(page);
  await page.goto(host.openUrl);
  await payments.open('Payments', 'Payments');
  await expect(payments.row('Lisa Berg')).toContainText('Paid');
  await expect(payments.totals('CHF')).toContainText('CHF');
  await page.getByRole('tab', { name: 'By month' }).click();
  await expect(page.getByRole('cell', { name: '2027-01' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/en-payments-1440.png`, style: NO_TOASTS });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('tab', { name: 'Fees' }).click();
  await page.screenshot({ path: `${SHOTS}/en-payments-1280.png`, style: NO_TOASTS });
  await call('settings.update', { locale: 'de' });
});
