import { Button, Card, Group, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch, IconSpeakerphone } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { PhaseBadge } from '../../components/Badges';
import { PageHeader } from '../../components/PageHeader';
import { EmptyBlock, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { CreateCampaignModal } from './CreateCampaignModal';
import { useCampaignsStore } from './store';

export function CampaignsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [, navigate] = useLocation();
  const { rows, search, loaded, loading, error, load, setSearch } = useCampaignsStore();
  const [text, setText] = useState(search);
  const [debounced] = useDebouncedValue(text, 300);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    if (debounced !== useCampaignsStore.getState().search) setSearch(debounced);
  }, [debounced, setSearch]);

  const open = (id: number) => navigate(`/campaigns/${id}`);
  const addButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
      {t('campaigns.add')}
    </Button>
  );

  let body;
  if (error && !rows.length) body = <ErrorState error={error} onRetry={load} />;
  else if (!loaded) body = <LoadingState rows={6} />;
  else if (!rows.length && !search)
    body = <EmptyBlock icon={<IconSpeakerphone size={26} />} title={t('campaigns.empty.title')} description={t('campaigns.empty.description')} actions={addButton} />;
  else if (!rows.length) body = <EmptyBlock icon={<IconSearch size={26} />} title={t('influencers.noMatches.title')} description={t('campaigns.noMatches')} />;
  else
    body = (
      <Card padding={0} style={{ opacity: loading ? 0.7 : 1 }}>
        <Table.ScrollContainer minWidth={960}>
          <Table className="data-table" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('campaigns.columns.name')}</Table.Th>
                <Table.Th>{t('campaigns.columns.goal')}</Table.Th>
                <Table.Th>{t('campaigns.columns.phase')}</Table.Th>
                <Table.Th>{t('campaigns.columns.dates')}</Table.Th>
                <Table.Th className="num">{t('campaigns.columns.budget')}</Table.Th>
                <Table.Th className="num">{t('campaigns.columns.spend')}</Table.Th>
                <Table.Th className="num">{t('campaigns.columns.revenue')}</Table.Th>
                <Table.Th className="num">{t('campaigns.columns.collaborations')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => {
                const over = c.budgetMinor > 0 && c.costMinor > c.budgetMinor;
                return (
                  <Table.Tr
                    key={c.id}
                    className="clickable"
                    tabIndex={0}
                    onClick={() => open(c.id)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') open(c.id);
                    }}
                  >
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {c.name}
                      </Text>
                      {c.product && (
                        <Text size="xs" c="dimmed">
                          {c.product}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{t(`goals.${c.goal}`)}</Table.Td>
                    <Table.Td>
                      <PhaseBadge phase={c.phase} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateRange(c.startDate, c.endDate, t('campaigns.detail.openEnded'))}</Table.Td>
                    <Table.Td className="num">{fmt.money(c.budgetMinor, c.currency, { whole: true })}</Table.Td>
                    <Table.Td className="num" c={over ? 'red' : undefined}>
                      {fmt.money(c.costMinor, c.currency, { whole: true })}
                    </Table.Td>
                    <Table.Td className="num" fw={600}>
                      {fmt.money(c.revenueMinor, c.currency, { whole: true })}
                    </Table.Td>
                    <Table.Td className="num">{fmt.number(c.collaborations)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    );

  return (
    <>
      <PageHeader title={t('campaigns.title')} subtitle={t('campaigns.subtitle')} actions={addButton} />
      {(rows.length > 0 || search) && (
        <Group mb="md">
          <TextInput
            type="search"
            placeholder={t('campaigns.searchPlaceholder')}
            aria-label={t('campaigns.searchLabel')}
            leftSection={<IconSearch size={16} />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            w={320}
          />
        </Group>
      )}
      {body}
      <CreateCampaignModal opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
