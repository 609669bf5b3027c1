import type { FileDownload } from '../../../shared/contract';

/** Saves a file produced by the core (base64) through a Blob and a temporary `<a download>`. */
export function downloadFile(file: FileDownload): void {
  const binary = atob(file.dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  saveBlob(new Blob([bytes], { type: file.mime }), file.fileName);
}

/** Offers a Blob as a download through a temporary `<a download>` (the object URL is freed shortly after). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5_000);
}

/** Reads a chosen file as base64 (without the `data:` prefix). */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('could not read the file'));
    reader.onload = () => {
      const s = String(reader.result ?? '');
      const comma = s.indexOf(',');
      resolve(comma >= 0 ? s.slice(comma + 1) : s);
    };
    reader.readAsDataURL(file);
  });
}

/** A text encoding as people know it ('utf-8-bom' → 'UTF-8 (BOM)', 'windows-1252' → 'Windows-1252'), not the reader's identifier. */
export function encodingName(encoding: string): string {
  const names: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 (BOM)', 'windows-1252': 'Windows-1252', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE' };
  return names[encoding.toLowerCase()] ?? encoding.toUpperCase();
}
