import { Group, List, Paper, SimpleGrid, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IGNORED_WHY, type RowAccounting } from '../../../../shared/contract';
import { useFormat } from '../../lib/useFormat';
import { SectionTitle } from './parts';

/**
 * Where every row of the file went: rows read = orders stored + rows rejected + rows ignored, and why rows were
 * ignored. The rejected rows themselves (line, reason, raw text) are the RejectsTable beside it.
 */
export function AccountingView({ accounting, headingId }: { accounting: RowAccounting; headingId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const a = accounting;
  const terms = [
    { key: 'read', value: a.rowsRead, color: undefined },
    { key: 'stored', value: a.ordersStored, color: 'teal' },
    { key: 'rejected', value: a.rowsRejected, color: a.rowsRejected ? 'red' : undefined },
    { key: 'ignored', value: a.rowsIgnored, color: undefined },
  ] as const;
  const why = IGNORED_WHY.filter((w) => a.ignored[w] > 0);
  return (
    <section aria-labelledby={headingId} data-testid="row-accounting">
      <SectionTitle id={headingId}>{t('imports.accounting.title')}</SectionTitle>
      <Text size="sm" c="dimmed" mb="xs">
        {t('imports.accounting.help')}
      </Text>
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <VisuallyHidden>
            {t('imports.accounting.equation', Object.fromEntries(terms.map((term) => [term.key, t(`imports.accounting.count.${term.key}`, { count: term.value, n: fmt.number(term.value) })])))}
          </VisuallyHidden>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" aria-hidden="true">
            {terms.map((term, i) => (
              <Group key={term.key} gap="md" wrap="nowrap" data-testid={`accounting-${term.key}`}>
                {i > 0 && (
                  <Text fz={22} fw={500} c="dimmed" w={16} ta="center" visibleFrom="md">
                    {i === 1 ? '=' : '+'}
                  </Text>
                )}
                <Stack gap={0} miw={0}>
                  <Text fz={22} fw={700} lh={1.1} c={term.color} style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {fmt.number(term.value)}
                  </Text>
                  <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
                    {t(`imports.accounting.${term.key}`)}
                  </Text>
                </Stack>
              </Group>
            ))}
          </SimpleGrid>
          {why.length > 0 && (
            <div>
              <Text size="sm" fw={600} id={`${headingId}-why`}>
                {t('imports.accounting.whyTitle')}
              </Text>
              <List size="sm" spacing={2} aria-labelledby={`${headingId}-why`} data-testid="ignored-why">
                {why.map((w) => (
                  <List.Item key={w}>{t(`imports.accounting.why.${w}`, { count: a.ignored[w], rows: fmt.number(a.ignored[w]) })}</List.Item>
                ))}
              </List>
            </div>
          )}
        </Stack>
      </Paper>
    </section>
  );
}
