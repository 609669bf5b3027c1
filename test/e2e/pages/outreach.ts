import { expect, type Locator, type Page } from '@playwright/test';

/** The card's outreach tab (German UI): template, message editable before sending, copy for DM, mailto. */
export class OutreachTab {
  constructor(readonly drawer: Locator) {}

  async open(): Promise<void> {
    await this.drawer.getByRole('tab', { name: 'Ansprache' }).click();
  }

  async chooseTemplate(name: string): Promise<void> {
    await this.drawer.getByRole('combobox', { name: 'Vorlage' }).click();
    await this.drawer.page().getByRole('option', { name, exact: true }).click();
  }

  async fillIn(): Promise<void> {
    await this.drawer.getByRole('button', { name: 'Ausfüllen' }).click();
  }

  get message(): Locator {
    return this.drawer.getByTestId('outreach-message').getByRole('textbox', { name: 'Nachricht' });
  }

  get subject(): Locator {
    return this.drawer.getByTestId('outreach-message').getByRole('textbox', { name: 'Betreff' });
  }

  get mailLink(): Locator {
    return this.drawer.getByRole('link', { name: 'Im E-Mail-Programm öffnen' });
  }

  get copyForDm(): Locator {
    return this.drawer.getByRole('button', { name: /Für DM kopieren|Kopiert/ });
  }

  async manageTemplates(): Promise<TemplatesDialog> {
    await this.drawer.getByRole('button', { name: 'Vorlagen verwalten' }).click();
    const dialog = new TemplatesDialog(this.drawer.page());
    await expect(dialog.root).toBeVisible();
    return dialog;
  }
}

/** "Nachrichtenvorlagen": the list beside the editor and the live preview on the card. */
export class TemplatesDialog {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Nachrichtenvorlagen' });
  }

  item(name: string): Locator {
    return this.root.getByTestId('template-item').filter({ hasText: name });
  }

  async duplicate(name: string): Promise<void> {
    await this.root.getByRole('button', { name: `${name} duplizieren`, exact: true }).click();
  }

  field(label: 'Name' | 'Betreff' | 'Nachricht' | 'Nachfassen nach (Tagen)'): Locator {
    return this.root.getByRole('textbox', { name: label, exact: true });
  }

  get preview(): Locator {
    return this.root.getByTestId('template-preview');
  }

  async save(): Promise<void> {
    await this.root.getByRole('button', { name: 'Vorlage speichern' }).click();
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Schließen', exact: true }).click();
    await expect(this.root).toBeHidden();
  }
}

/** The UTM rules in "Kampagne bearbeiten", with the review of the links that change. */
export class UtmRules {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Kampagne bearbeiten' }).getByTestId('utm-rules');
  }

  static async open(page: Page): Promise<UtmRules> {
    await page.getByRole('button', { name: 'Kampagne bearbeiten' }).click();
    const rules = new UtmRules(page);
    await expect(rules.root).toBeVisible();
    return rules;
  }

  rule(key: 'source' | 'medium' | 'campaign' | 'content'): Locator {
    return this.root.getByRole('textbox', { name: `utm_${key}`, exact: true });
  }

  get sample(): Locator {
    return this.root.getByTestId('utm-sample');
  }

  async review(): Promise<Locator> {
    await this.root.getByRole('button', { name: 'Regeln übernehmen…' }).click();
    const confirm = this.page.getByRole('dialog', { name: 'Neue UTM-Regeln übernehmen' });
    await expect(confirm).toBeVisible();
    return confirm;
  }
}

/** The directory's fit column (German): the score is a button that lists its reasons. */
export class FitColumn {
  constructor(readonly page: Page) {}

  async goto(openUrl: string, campaign: string): Promise<void> {
    const url = new URL(openUrl);
    url.hash = '/influencers';
    await this.page.goto(url.href);
    await this.page.getByRole('combobox', { name: 'Passung für Kampagne' }).click();
    await this.page.getByRole('option', { name: campaign, exact: true }).click();
  }

  score(name: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^Passung \\d+ von 100 für ${name}`) });
  }

  get reasons(): Locator {
    return this.page.getByTestId('fit-reasons');
  }
}
