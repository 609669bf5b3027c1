import { useEffect, useRef } from 'react';
import { api } from '../api/client';

/**
 * Privacy of uploads (issue 11): an uploaded file a wizard still holds (`fileId`; null once it is handed to an
 * import, which deletes it itself) is discarded at once when the wizard is left — another route, the wizard closed
 * (unmounted) or the window unloaded (`pagehide`, sent with `keepalive` in browser mode). The core's 24 h and
 * start-up sweeps stay as the fallback.
 */
export function useDiscardOnLeave(fileId: string | null | undefined): void {
  const held = useRef<string | null>(null);
  useEffect(() => {
    held.current = fileId ?? null;
  }, [fileId]);
  useEffect(() => {
    const leave = () => {
      const id = held.current;
      held.current = null;
      if (id) api.send('uploads.discard', { fileId: id });
    };
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, []);
}
