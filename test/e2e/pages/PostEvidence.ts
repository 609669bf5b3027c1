import { expect, type Locator, type Page } from '@playwright/test';

/** The story evidence of a post in the card drawer's content tab (features/campaigns/card/PostEvidence.tsx). */
export class PostEvidence {
  readonly root: Locator;
  constructor(
    readonly page: Page,
    post: Locator,
  ) {
    this.root = post.getByTestId('post-evidence');
  }

  get dropZone(): Locator {
    return this.root.getByTestId('evidence-drop');
  }

  thumbnails(): Locator {
    return this.root.getByTestId('evidence-thumb').locator('img');
  }

  /** Pastes an image the way Ctrl+V does with a screenshot on the clipboard: a paste event on the focused drop zone. */
  async paste(png: Buffer, name: string, type = 'image/png'): Promise<void> {
    await this.dropZone.focus();
    await expect(this.dropZone).toBeFocused();
    await this.page.evaluate(
      ({ b64, name, type }) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], name, { type }));
        document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
      },
      { b64: png.toString('base64'), name, type },
    );
  }

  /** Drops an image file onto the drop zone (dragover, then drop, with the file in the DataTransfer). */
  async drop(png: Buffer, name: string, type = 'image/png'): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ b64, name, type }) => {
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([bytes], name, { type }));
        return dt;
      },
      { b64: png.toString('base64'), name, type },
    );
    await this.dropZone.dispatchEvent('dragover', { dataTransfer });
    await this.dropZone.dispatchEvent('drop', { dataTransfer });
  }

  removeButton(name: string | RegExp): Locator {
    return this.root.getByRole('button', { name });
  }
}
