import { expect, type Locator } from '@playwright/test';
import type { CardDrawer } from './card-drawer';
import { DrawerTab } from './DrawerTab';
import type { Lang } from './outreach';
import { PostEvidence } from './PostEvidence';

/** The words of the card drawer's content tab (features/campaigns/card/ContentTab.tsx, StoryFields.tsx) in each UI language. */
const TEXT = {
  de: {
    tab: /^Inhalte/,
    add: 'Beitrag erfassen',
    kind: 'Format',
    kinds: { post: 'Post', reel: 'Reel', story: 'Story', video: 'Video' },
    postedAt: 'Veröffentlicht am',
    url: 'Link zum Beitrag',
    caption: 'Caption',
    figures: { reach: 'Reichweite', views: 'Aufrufe', likes: 'Likes', comments: 'Kommentare', linkClicks: 'Link-Klicks', tapsForward: 'Taps vor', replies: 'Antworten' },
    save: 'Beitrag speichern',
    saved: 'Beitrag gespeichert',
  },
  en: {
    tab: /^Content/,
    add: 'Add post',
    kind: 'Format',
    kinds: { post: 'Post', reel: 'Reel', story: 'Story', video: 'Video' },
    postedAt: 'Published on',
    url: 'Link to the post',
    caption: 'Caption',
    figures: { reach: 'Reach', views: 'Views', likes: 'Likes', comments: 'Comments', linkClicks: 'Link clicks', tapsForward: 'Taps forward', replies: 'Replies' },
    save: 'Save post',
    saved: 'Post saved',
  },
} as const satisfies Record<Lang, unknown>;

export type PostFigure = keyof (typeof TEXT)['de']['figures'];

/**
 * A post as the user enters it: the date as the UI writes it ('09.12.2026' / '09/12/2026'), the figures as the
 * user types them, key by key, in the UI language ('12.500' in German, '12,500' in English).
 */
export interface PostEntry {
  kind: keyof (typeof TEXT)['de']['kinds'];
  url: string;
  postedOn: string;
  caption: string;
  figures: Partial<Record<PostFigure, string>>;
}

/** The content tab of the card drawer: enter a post with its figures, read its row, reach its story evidence. */
export class ContentTab extends DrawerTab<(typeof TEXT)[Lang]> {
  constructor(drawer: CardDrawer, lang: Lang) {
    super(drawer, lang, TEXT, 'post-form');
  }

  /** The figure field of the open form (the story's clicks are "link clicks"). */
  field(figure: PostFigure): Locator {
    return this.form.getByRole('textbox', { name: this.T.figures[figure], exact: true });
  }

  get disclosureHint(): Locator {
    return this.form.getByTestId('disclosure-hint');
  }

  rows(): Locator {
    return this.drawer.root.getByTestId('post-row');
  }

  row(text: string | RegExp): Locator {
    return this.rows().filter({ hasText: text });
  }

  /** The story evidence (screenshots) of a post row. */
  evidence(row: Locator): PostEvidence {
    return new PostEvidence(this.drawer.page, row);
  }

  /**
   * Opens a new post and fills it the way a person does: the format picked from its list, the date, link and
   * caption typed, every figure typed key by key; each field is checked to hold what was typed. Not saved.
   */
  async fill(p: PostEntry): Promise<void> {
    await this.drawer.root.getByRole('button', { name: this.T.add }).click();
    await expect(this.form).toBeVisible();
    const kind = this.form.getByLabel(this.T.kind, { exact: true });
    await kind.click();
    await this.drawer.page.getByRole('option', { name: this.T.kinds[p.kind], exact: true }).click();
    await expect(kind).toHaveValue(this.T.kinds[p.kind]);
    await this.type(this.form.getByRole('textbox', { name: this.T.postedAt, exact: true }), p.postedOn, true);
    await this.type(this.form.getByRole('textbox', { name: this.T.url, exact: true }), p.url);
    await this.type(this.form.getByRole('textbox', { name: this.T.caption, exact: true }), p.caption);
    for (const [figure, typed] of Object.entries(p.figures) as [PostFigure, string][]) await this.type(this.field(figure), typed);
  }

  /** Types `text` key by key into an empty field and checks the field shows it (before leaving it). */
  private async type(field: Locator, text: string, replace = false): Promise<void> {
    await field.click();
    if (replace) await field.press('ControlOrMeta+a');
    await field.pressSequentially(text);
    await expect(field).toHaveValue(text);
  }
}
