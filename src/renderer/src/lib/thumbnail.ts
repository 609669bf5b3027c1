import { MEDIA_MAX_BYTES, MEDIA_TYPES } from '../../../shared/contract';
import { readFileAsBase64 } from './files';

/** The longest side of a stored thumbnail, in pixels (shown at about 96 px, sharp on a 2× screen). */
export const THUMB_SIZE = 240;

/** Why a file cannot be a screenshot (the same keys the core answers with), or null when it can. */
export function screenshotProblem(file: Blob): { key: string; params?: Record<string, number> } | null {
  if (!(MEDIA_TYPES as readonly string[]).includes(file.type)) return { key: 'content.mediaType' };
  if (file.size > MEDIA_MAX_BYTES) return { key: 'content.mediaTooLarge', params: { mb: Math.round(MEDIA_MAX_BYTES / 1024 / 1024) } };
  return null;
}

function blobToBase64(blob: Blob): Promise<string> {
  return readFileAsBase64(blob);
}

/** An image scaled with a canvas so its longest side is at most `maxSide` (never up), as a JPEG on white. */
async function scaledJpeg(image: Blob, maxSide: number): Promise<{ jpeg: Blob; width: number; height: number } | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(image);
  } catch {
    return null;
  }
  const { width, height } = bitmap;
  const scale = Math.min(1, maxSide / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const jpeg = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  return jpeg ? { jpeg, width, height } : null;
}

/**
 * Scales an image down once, in the renderer, with a canvas (no image library is installed): a JPEG whose longest
 * side is THUMB_SIZE, plus the image's own size. The core stores it next to the file and never makes it again.
 */
export async function makeThumbnail(file: Blob): Promise<{ thumbBase64: string; width: number; height: number } | null> {
  const r = await scaledJpeg(file, THUMB_SIZE);
  if (!r) return null;
  return { thumbBase64: await blobToBase64(r.jpeg), width: r.width, height: r.height };
}

/** The longest side of a screenshot in a printed report (shown at most 42 × 75 mm: about 200 dpi). */
export const PRINT_IMAGE_SIZE = 600;

/**
 * A data: URL image scaled to print size (`PRINT_IMAGE_SIZE`), so a PDF embeds a sensible picture rather than a
 * phone's full-size screenshot; an image already that small, or one the canvas cannot read, stays as it is.
 */
export async function printSizedImage(dataUrl: string): Promise<string> {
  try {
    // decoded here: the page's policy (connect-src 'self') does not let fetch() read data: URLs
    const m = /^data:([^;,]+);base64,(.*)$/s.exec(dataUrl);
    if (!m) return dataUrl;
    const blob = new Blob([Uint8Array.from(atob(m[2]!), (c) => c.charCodeAt(0))], { type: m[1] });
    const r = await scaledJpeg(blob, PRINT_IMAGE_SIZE);
    if (!r || Math.max(r.width, r.height) <= PRINT_IMAGE_SIZE) return dataUrl;
    return `data:image/jpeg;base64,${await blobToBase64(r.jpeg)}`;
  } catch {
    return dataUrl;
  }
}
