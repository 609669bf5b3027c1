import { Card, Code, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../../lib/settings';

export function AboutCard() {
  const { t } = useTranslation();
  const info = useAppInfo();
  if (!info) return null;
  return (
    <Card>
      <Title order={2} fz="md" fw={600} mb="sm">
        {t('settings.about.title')}
      </Title>
      <Stack gap={6}>
        <Text size="sm">
          {t('settings.about.version')}: <b>{info.version}</b>
        </Text>
        <Text size="sm">
          {t('settings.about.schema')}: {info.schemaVersion}
        </Text>
        <Text size="sm">
          {t('settings.about.dataDir')}: <Code>{info.dataDir}</Code>
        </Text>
      </Stack>
    </Card>
  );
}
