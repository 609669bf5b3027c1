import { Grid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../components/States';
import { PageHeader } from '../../components/PageHeader';
import { useSettingsQuery } from '../../lib/settings';
import { WorkspaceCard } from './WorkspaceCard';
import { AboutCard } from './AboutCard';
import { ChecksCard } from './ChecksCard';
import { PaymentsCard } from './PaymentsCard';
import { BackupsSection } from './BackupsSection';
import { KpiSettingsSection } from './KpiSettingsSection';
import { GeneralSettingsCard } from './GeneralSettingsCard';

export function SettingsPage() {
  const { t } = useTranslation();
  const query = useSettingsQuery();
  const settings = query.data ?? null;
  const error = query.error;
  const load = () => void query.refetch();

  const header = <PageHeader title={t('settings.title')} subtitle={t('settings.subtitle')} />;
  if (!settings) {
    return (
      <>
        {header}
        {error ? <ErrorState error={error} onRetry={load} /> : <LoadingState />}
      </>
    );
  }

  return (
    <>
      {header}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <GeneralSettingsCard settings={settings} />
          <KpiSettingsSection />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <ChecksCard settings={settings} />
            <PaymentsCard settings={settings} />
            <WorkspaceCard />
            <BackupsSection />
            <AboutCard />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
