import { Badge, Card, Group, List, Stack, Table, Text, ThemeIcon } from '@mantine/core';
import { IconCheck, IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { EmptyBlock, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { useImportsStore } from './store';

const STATUS_COLORS: Record<string, string> = { done: 'teal', finished: 'teal', completed: 'teal', failed: 'red', running: 'blue', pending: 'gray' };

export function ImportsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { rows, error, load } = useImportsStore();

  useEffect(() => {
    void load();
  }, [load]);

  let body;
  if (error && !rows) body = <ErrorState error={error} onRetry={load} />;
  else if (!rows) body = <LoadingState rows={4} />;
  else if (!rows.length)
    body = (
      <EmptyBlock
        icon={<IconFileSpreadsheet size={26} />}
        title={
          <Stack gap={8} align="center">
            <Badge variant="light" size="sm">
              {t('imports.empty.badge')}
            </Badge>
            <span>{t('imports.empty.title')}</span>
          </Stack>
        }
        description={t('imports.empty.description')}
      >
        <List
          spacing={6}
          size="sm"
          mt="md"
          center
          icon={
            <ThemeIcon size={20} radius="xl" variant="light" color="teal">
              <IconCheck size={12} />
            </ThemeIcon>
          }
        >
          <List.Item>{t('imports.empty.point1')}</List.Item>
          <List.Item>{t('imports.empty.point2')}</List.Item>
          <List.Item>{t('imports.empty.point3')}</List.Item>
        </List>
      </EmptyBlock>
    );
  else
    body = (
      <Card padding={0}>
        <Table.ScrollContainer minWidth={760}>
          <Table className="data-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('imports.columns.file')}</Table.Th>
                <Table.Th>{t('imports.columns.kind')}</Table.Th>
                <Table.Th>{t('imports.columns.format')}</Table.Th>
                <Table.Th>{t('imports.columns.status')}</Table.Th>
                <Table.Th>{t('imports.columns.counts')}</Table.Th>
                <Table.Th>{t('imports.columns.started')}</Table.Th>
                <Table.Th>{t('imports.columns.finished')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td fw={500}>
                    <Group gap={6} wrap="nowrap">
                      <IconFileSpreadsheet size={16} aria-hidden="true" color="var(--mantine-color-gray-6)" />
                      {r.fileName}
                    </Group>
                  </Table.Td>
                  <Table.Td>{t(`imports.kinds.${r.kind}`, { defaultValue: r.kind })}</Table.Td>
                  <Table.Td>{r.format}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLORS[r.status] ?? 'gray'} tt="none">
                      {r.status}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {Object.entries(r.counts)
                        .map(([k, n]) => `${k}: ${fmt.number(n)}`)
                        .join(' · ') || t('common.none')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{fmt.date(r.startedAt)}</Table.Td>
                  <Table.Td>{fmt.date(r.finishedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
    );

  return (
    <>
      <PageHeader title={t('imports.title')} subtitle={t('imports.subtitle')} />
      {body}
    </>
  );
}
