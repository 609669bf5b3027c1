import { expect, type Locator } from '@playwright/test';
import { fillDate } from '../api';
import type { CardDrawer } from './card-drawer';
import { DrawerTab } from './DrawerTab';
import type { Lang } from './outreach';

/** The words of the card drawer's samples tab (features/campaigns/card/SamplesTab.tsx) in each UI language. */
const TEXT = {
  de: {
    tab: /^Muster/,
    add: 'Sendung erfassen',
    item: 'Artikel',
    value: 'Wert je Stück',
    status: { shipped: 'Verschickt', delivered: 'Zugestellt' },
    shippedOn: 'Verschickt am',
    deliveredOn: 'Zugestellt am',
    save: 'Sendung speichern',
    edit: (items: string) => `Sendung bearbeiten: ${items}`,
  },
  en: {
    tab: /^Samples/,
    add: 'Add shipment',
    item: 'Item',
    value: 'Value each',
    status: { shipped: 'Shipped', delivered: 'Delivered' },
    shippedOn: 'Shipped on',
    deliveredOn: 'Delivered on',
    save: 'Save shipment',
    edit: (items: string) => `Edit shipment: ${items}`,
  },
} as const satisfies Record<Lang, unknown>;

/** A sample shipment entered by hand: one item, its value as the user types it (e.g. '29,99' / '29.99'). */
export interface Shipment {
  item: string;
  value: string;
  shippedOn: string;
}

/** The samples tab of the card drawer: record a shipment, mark it delivered, read its row. */
export class SamplesTab extends DrawerTab<(typeof TEXT)[Lang]> {
  constructor(drawer: CardDrawer, lang: Lang) {
    super(drawer, lang, TEXT, 'sample-form');
  }

  row(item: string): Locator {
    return this.drawer.root.getByTestId('sample-row').filter({ hasText: item });
  }

  /** Records the shipment as shipped on `shippedOn` and waits for its row. */
  async ship(s: Shipment): Promise<void> {
    await this.drawer.root.getByRole('button', { name: this.T.add }).click();
    await this.form.getByLabel(this.T.item, { exact: true }).fill(s.item);
    await this.form.getByLabel(this.T.value, { exact: true }).fill(s.value);
    await this.form.getByText(this.T.status.shipped, { exact: true }).click();
    await fillDate(this.form.getByLabel(this.T.shippedOn, { exact: true }), s.shippedOn, this.lang);
    await this.save();
    await expect(this.row(s.item)).toContainText(this.T.status.shipped);
  }

  /** Opens the shipment of `item`, sets it to delivered on `deliveredOn` and waits for its row to say so. */
  async markDelivered(item: string, deliveredOn: string): Promise<void> {
    await this.row(item).getByRole('button', { name: this.T.edit(item) }).click();
    await this.form.getByText(this.T.status.delivered, { exact: true }).click();
    await fillDate(this.form.getByLabel(this.T.deliveredOn, { exact: true }), deliveredOn, this.lang);
    await this.save();
    await expect(this.row(item)).toContainText(this.T.status.delivered);
  }
}
