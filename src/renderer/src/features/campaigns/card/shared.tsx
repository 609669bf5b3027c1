import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile, readFileAsBase64 } from '../../../lib/files';

/** A confirm dialog driven by a promise: `const ok = await ask({...})`. */
export function useConfirm(): [ReactNode, (o: { title: string; message: ReactNode; confirm: string }) => Promise<boolean>] {
  const { t } = useTranslation();
  const [opts, setOpts] = useState<{ title: string; message: ReactNode; confirm: string } | null>(null);
  const resolver = useRef<((v: boolean) => void) | null>(null);
  const ask = useCallback((o: { title: string; message: ReactNode; confirm: string }) => {
    setOpts(o);
    return new Promise<boolean>((resolve) => {
      resolver.current = resolve;
    });
  }, []);
  const close = (v: boolean) => {
    resolver.current?.(v);
    resolver.current = null;
    setOpts(null);
  };
  const node = (
    <Modal opened={!!opts} onClose={() => close(false)} title={opts?.title} size="sm" zIndex={400}>
      <Stack gap="md">
        <Text size="sm">{opts?.message}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => close(false)}>
            {t('common.cancel')}
          </Button>
          <Button color="red" onClick={() => close(true)} data-autofocus>
            {opts?.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
  return [node, ask];
}

/** Saves base64 data (a QR code, an attachment) as a file. */
export function saveBase64(dataBase64: string, fileName: string, mime: string): void {
  downloadFile({ dataBase64, fileName, mime });
}

export { downloadFile as saveFile, readFileAsBase64 as readAsBase64 };

export function formatBytes(n: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: i ? 1 : 0 }).format(v)} ${units[i]}`;
}

export function SectionTitle({ children, right }: { children: ReactNode; right?: ReactNode }) {
  return (
    <Group justify="space-between" mb={6} mt={4}>
      <Text size="xs" fw={600} tt="uppercase" c="dimmed" style={{ letterSpacing: '0.04em' }}>
        {children}
      </Text>
      {right}
    </Group>
  );
}
