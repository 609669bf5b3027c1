import { Button, FileButton, Group, Image, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOGO_MAX_BYTES } from '../../../../shared/contract';
import { notifyError } from '../../api/errors';
import { updateSettings, useSettings } from '../../lib/settings';

const TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'];

function readDataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onerror = () => reject(r.error ?? new Error('could not read the file'));
    r.onload = () => resolve(String(r.result ?? ''));
    r.readAsDataURL(file);
  });
}

/** The brand logo printed in the header of briefings and shortlists (Settings, saved at once). */
export function LogoSetting() {
  const { t } = useTranslation();
  const logo = useSettings()?.logoDataUrl ?? null;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async (file: File | null) => {
    setError(null);
    if (!file) return;
    if (!TYPES.includes(file.type)) return setError(t('briefings.logo.wrongType'));
    if (file.size > LOGO_MAX_BYTES) return setError(t('briefings.logo.tooLarge'));
    setBusy(true);
    try {
      await updateSettings({ logoDataUrl: await readDataUrl(file) });
      notifications.show({ color: 'teal', title: t('briefings.logo.saved'), message: '' });
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    try {
      await updateSettings({ logoDataUrl: null });
      notifications.show({ color: 'teal', title: t('briefings.logo.removed'), message: '' });
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id="logo-label">
        {t('briefings.logo.label')}
      </Text>
      <Group gap="md" align="center">
        <Paper withBorder w={132} h={56} p={6} radius="sm" style={{ display: 'grid', placeItems: 'center' }}>
          {logo ? <Image src={logo} alt={t('briefings.logo.alt')} mah={44} maw={120} fit="contain" /> : <IconPhotoUp size={22} color="var(--mantine-color-gray-5)" aria-hidden="true" />}
        </Paper>
        <FileButton onChange={(f) => void pick(f)} accept={TYPES.join(',')}>
          {(props) => (
            <Button {...props} variant="default" size="xs" loading={busy} aria-describedby="logo-label">
              {t('briefings.logo.upload')}
            </Button>
          )}
        </FileButton>
        {logo && (
          <Button variant="subtle" color="red" size="xs" leftSection={<IconTrash size={14} />} onClick={() => void remove()}>
            {t('briefings.logo.remove')}
          </Button>
        )}
      </Group>
      <Text size="xs" c={error ? 'red' : 'dimmed'} role={error ? 'alert' : undefined}>
        {error ?? t('briefings.logo.hint')}
      </Text>
    </Stack>
  );
}
