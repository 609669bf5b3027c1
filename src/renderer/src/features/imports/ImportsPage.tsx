import { Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, ThemeIcon } from '@mantine/core';
import { IconBrandWordpress, IconBuildingStore, IconFileImport, IconFileSpreadsheet, IconShoppingBag, IconTable } from '@tabler/icons-react';
import { type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch, useLocation } from 'wouter';
import type { ImportBatchRow } from '../../../../shared/contract';
import { PageHeader } from '../../components/PageHeader';
import { EmptyBlock, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/useFormat';
import { BatchPage } from './BatchPage';
import { BatchStatus, formatLabel } from './parts';
import { formatTime } from '../../lib/format';
import { ShopImportWizard } from './ShopImportWizard';
import { useImportBatches } from './store';
import './imports.css';
import { DataTable } from '../../components/DataTable';

/** `#/imports` (the list), `#/imports/new` (the wizard) and `#/imports/:id` (one batch). */
export function ImportsPage() {
  return (
    <Switch>
      <Route path="/imports/new" component={ShopImportWizard} />
      <Route path="/imports/:id">{(p) => (/^\d+$/.test(p.id) ? <BatchPage id={Number(p.id)} /> : <ImportsList />)}</Route>
      <Route component={ImportsList} />
    </Switch>
  );
}

const COUNT_COLUMNS = ['orders', 'inserted', 'updated', 'unchanged', 'unknownCodes', 'rejected'] as const;

function ImportButton({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Button component={Link} href="/imports/new" leftSection={<IconFileImport size={16} />}>
      {children ?? t('imports.importShop')}
    </Button>
  );
}

function ShopTile({ icon, title, text }: { icon: ReactNode; title: string; text: string }) {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" role="listitem">
      <ThemeIcon variant="light" size={34} radius="md">
        {icon}
      </ThemeIcon>
      <Stack gap={0} ta="left">
        <Text fw={600} size="sm">
          {title}
        </Text>
        <Text size="xs" c="dimmed">
          {text}
        </Text>
      </Stack>
    </Group>
  );
}

function ImportsList() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const [, navigate] = useLocation();
  const { rows, error, reload } = useImportBatches();

  const open = (r: ImportBatchRow) => navigate(`/imports/${r.id}`);
  const count = (r: ImportBatchRow, k: (typeof COUNT_COLUMNS)[number]) => {
    const v = r.counts[k] ?? (k === 'inserted' ? r.counts.created : undefined);
    return v == null ? '–' : fmt.number(v);
  };

  let body;
  if (error && !rows) body = <ErrorState error={error} onRetry={reload} />;
  else if (!rows) body = <LoadingState rows={4} />;
  else if (!rows.length)
    body = (
      <EmptyBlock icon={<IconFileSpreadsheet size={26} />} title={t('imports.empty.title')} description={t('imports.empty.description')} actions={<ImportButton />}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mt="lg" role="list" aria-label={t('imports.empty.supported')}>
          <ShopTile icon={<IconShoppingBag size={18} />} title="Shopify" text={t('imports.empty.shopify')} />
          <ShopTile icon={<IconBrandWordpress size={18} />} title="WooCommerce" text={t('imports.empty.woocommerce')} />
          <ShopTile icon={<IconBuildingStore size={18} />} title="Shopware" text={t('imports.empty.shopware')} />
          <ShopTile icon={<IconTable size={18} />} title={t('imports.empty.genericTitle')} text={t('imports.empty.generic')} />
        </SimpleGrid>
      </EmptyBlock>
    );
  else
    body = (
      <Card padding={0}>
        <DataTable minWidth={960} className="data-table imports-list" highlightOnHover horizontalSpacing="xs" aria-label={t('imports.listLabel')}
          head={
            <>
              <Table.Th>{t('imports.columns.file')}</Table.Th>
              <Table.Th>{t('imports.columns.date')}</Table.Th>
              {COUNT_COLUMNS.map((k) => (
                <Table.Th key={k} className="num">
                  {t(`imports.columns.${k}`)}
                </Table.Th>
              ))}
              <Table.Th>{t('imports.columns.status')}</Table.Th>
            </>
          }
        >
          {rows.map((r) => (
            <Table.Tr key={r.id} className="clickable" onClick={() => open(r)} data-testid={`batch-${r.id}`} style={r.status === 'undone' ? { opacity: 0.6 } : undefined}>
              <Table.Td maw={320}>
                <Group gap={10} wrap="nowrap">
                  <ThemeIcon variant="light" color={r.kind === 'redemptions' ? 'brand' : 'grape'} size={30} radius="md" style={{ flexShrink: 0 }}>
                    {r.kind === 'redemptions' ? <IconShoppingBag size={16} aria-hidden="true" /> : <IconFileSpreadsheet size={16} aria-hidden="true" />}
                  </ThemeIcon>
                  <Stack gap={0} miw={0}>
                    <Anchor component={Link} href={`/imports/${r.id}`} c="dark" fw={600} size="sm" truncate onClick={(e: MouseEvent) => e.stopPropagation()}>
                      {r.fileName}
                    </Anchor>
                    <Text size="xs" c="dimmed" truncate>
                      {t(`imports.kinds.${r.kind}`, { defaultValue: r.kind })} · {formatLabel(r.format, t)}
                    </Text>
                  </Stack>
                </Group>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{fmt.date(r.startedAt)}</Text>
                <Text size="xs" c="dimmed">
                  {formatTime(r.startedAt, i18n.language)}
                </Text>
              </Table.Td>
              {COUNT_COLUMNS.map((k) => (
                <Table.Td key={k} className="num" c={k === 'rejected' && r.counts.rejected ? 'red' : undefined}>
                  {count(r, k)}
                </Table.Td>
              ))}
              <Table.Td>
                <BatchStatus status={r.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </Card>
    );

  return (
    <>
      <PageHeader title={t('imports.title')} subtitle={t('imports.subtitle')} actions={rows && rows.length > 0 ? <ImportButton /> : undefined} />
      {body}
    </>
  );
}
