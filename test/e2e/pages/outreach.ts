import { expect, type Locator, type Page } from '@playwright/test';

export type Lang = 'de' | 'en';

/** The words of the outreach tab and the templates dialog in each UI language. */
export const OUTREACH_TEXT = {
  de: {
    tab: 'Ansprache',
    template: 'Vorlage',
    fillIn: 'Ausfüllen',
    message: 'Nachricht',
    subject: 'Betreff',
    mail: 'Im E-Mail-Programm öffnen',
    copyForDm: /Für DM kopieren|Kopiert/,
    copied: /Kopiert/,
    manage: 'Vorlagen verwalten',
    dialog: 'Nachrichtenvorlagen',
    duplicate: (name: string) => `${name} duplizieren`,
    remove: (name: string) => `${name} löschen`,
    fields: { name: 'Name', subject: 'Betreff', body: 'Nachricht', followUps: 'Nachfassen nach (Tagen)' },
    save: 'Vorlage speichern',
    close: 'Schließen',
    undo: 'Rückgängig',
    deleted: (name: string) => `Vorlage „${name}“ gelöscht`,
  },
  en: {
    tab: 'Outreach',
    template: 'Template',
    fillIn: 'Fill in',
    message: 'Message',
    subject: 'Subject',
    mail: 'Open in e-mail app',
    copyForDm: /Copy for DM|Copied/,
    copied: /Copied/,
    manage: 'Manage templates',
    dialog: 'Message templates',
    duplicate: (name: string) => `Duplicate ${name}`,
    remove: (name: string) => `Delete ${name}`,
    fields: { name: 'Name', subject: 'Subject', body: 'Message', followUps: 'Follow-ups after (days)' },
    save: 'Save template',
    close: 'Close',
    undo: 'Undo',
    deleted: (name: string) => `Template “${name}” deleted`,
  },
} as const;

/** The card's outreach tab: template, message editable before sending, copy for DM, mailto. */
export class OutreachTab {
  readonly text: (typeof OUTREACH_TEXT)[Lang];
  constructor(
    readonly drawer: Locator,
    readonly lang: Lang = 'de',
  ) {
    this.text = OUTREACH_TEXT[lang];
  }

  async open(): Promise<void> {
    await this.drawer.getByRole('tab', { name: this.text.tab }).click();
  }

  async chooseTemplate(name: string): Promise<void> {
    await this.drawer.getByRole('combobox', { name: this.text.template }).click();
    await this.drawer.page().getByRole('option', { name, exact: true }).click();
  }

  async fillIn(): Promise<void> {
    await this.drawer.getByRole('button', { name: this.text.fillIn }).click();
  }

  get message(): Locator {
    return this.drawer.getByTestId('outreach-message').getByRole('textbox', { name: this.text.message });
  }

  get subject(): Locator {
    return this.drawer.getByTestId('outreach-message').getByRole('textbox', { name: this.text.subject });
  }

  get mailLink(): Locator {
    return this.drawer.getByRole('link', { name: this.text.mail });
  }

  get copyForDm(): Locator {
    return this.drawer.getByRole('button', { name: this.text.copyForDm });
  }

  async manageTemplates(): Promise<TemplatesDialog> {
    await this.drawer.getByRole('button', { name: this.text.manage }).click();
    const dialog = new TemplatesDialog(this.drawer.page(), this.lang);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }
}

/** "Nachrichtenvorlagen" / "Message templates": the list beside the editor and the live preview on the card. */
export class TemplatesDialog {
  readonly root: Locator;
  readonly text: (typeof OUTREACH_TEXT)[Lang];
  constructor(
    readonly page: Page,
    readonly lang: Lang = 'de',
  ) {
    this.text = OUTREACH_TEXT[lang];
    this.root = page.getByRole('dialog', { name: this.text.dialog });
  }

  item(name: string): Locator {
    return this.root.getByTestId('template-item').filter({ hasText: name });
  }

  async duplicate(name: string): Promise<void> {
    await this.root.getByRole('button', { name: this.text.duplicate(name), exact: true }).click();
  }

  async remove(name: string): Promise<void> {
    await this.root.getByRole('button', { name: this.text.remove(name), exact: true }).click();
  }

  /** The toast of a deleted template, with its Undo button. */
  deletedToast(name: string): Locator {
    return this.page.locator('.mantine-Notification-root').filter({ hasText: this.text.deleted(name) });
  }

  field(key: keyof (typeof OUTREACH_TEXT)['de']['fields']): Locator {
    return this.root.getByRole('textbox', { name: this.text.fields[key], exact: true });
  }

  get preview(): Locator {
    return this.root.getByTestId('template-preview');
  }

  async save(): Promise<void> {
    await this.root.getByRole('button', { name: this.text.save }).click();
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: this.text.close, exact: true }).click();
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
