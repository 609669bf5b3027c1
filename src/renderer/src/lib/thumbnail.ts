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

/**
 * Scales an image down once, in the renderer, with a canvas (no image library is installed): a JPEG whose longest
 * side is THUMB_SIZE, plus the image's own size. The core stores it next to the file and never makes it again.
 */
export async function makeThumbnail(file: Blob): Promise<{ thumbBase64: string; width: number; height: number } | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return null;
  }
  const { width, height } = bitmap;
  const scale = Math.min(1, THUMB_SIZE / Math.max(width, height));
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
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  if (!blob) return null;
  return { thumbBase64: await blobToBase64(blob), width, height };
}
