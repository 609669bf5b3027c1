import { Group, Stack, Table, Text } from '@mantine/core';
import type { CostBreakdown as Breakdown } from '../../../../shared/contract';
import { KpiHelp } from './KpiHelp';
import { PALETTE } from './charts';
import { useKpiText } from './useKpiText';

/** The cost parts (fees, product value, shipping, commission) as a stacked bar and a table, with amounts without a rate apart. */
export function CostBreakdownView({ cost, totalMinor, currency }: { cost: Breakdown; totalMinor: number; currency: string }) {
  const { t, fmt, rule, unconverted } = useKpiText();
  const parts = [
    { key: 'fees', label: t('kpiui.cost.fees'), value: cost.feesMinor, rule: rule('cost') },
    { key: 'productValue', label: t('kpiui.cost.productValue'), value: cost.productValueMinor, rule: rule('productValue') },
    { key: 'shipping', label: t('kpiui.cost.shipping'), value: cost.shippingMinor, rule: rule('cost') },
    { key: 'commission', label: t('kpiui.cost.commission'), value: cost.commissionMinor, rule: rule('cost') },
  ];
  const sum = parts.reduce((a, p) => a + p.value, 0);
  const apart = unconverted(cost.unconverted);
  return (
    <Stack gap="xs" data-testid="cost-breakdown">
      <div className="kpi-stackbar" role="img" aria-label={parts.map((p) => `${p.label} ${fmt.money(p.value, currency)}`).join(', ')}>
        {sum > 0 &&
          parts.map((p, i) =>
            p.value > 0 ? <div key={p.key} style={{ width: `${(p.value / sum) * 100}%`, background: PALETTE[i] }} title={p.label} /> : null,
          )}
      </div>
      <Table verticalSpacing={4} className="kpi-table" aria-label={t('kpiui.cost.title')}>
        <Table.Tbody>
          {parts.map((p, i) => (
            <Table.Tr key={p.key}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <span className="kpi-dot" style={{ background: PALETTE[i] }} />
                  <Text size="sm">{p.label}</Text>
                  <KpiHelp label={p.label} rule={p.rule} />
                </Group>
              </Table.Td>
              <Table.Td className="num">{fmt.money(p.value, currency)}</Table.Td>
              <Table.Td className="num" c="dimmed">
                {fmt.percentBp(sum > 0 ? Math.round((p.value / sum) * 10_000) : null, 0)}
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Td fw={650}>{t('kpiui.cost.total')}</Table.Td>
            <Table.Td className="num" fw={650}>
              {fmt.money(totalMinor, currency)}
            </Table.Td>
            <Table.Td />
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {apart && (
        <Text size="xs" c="orange.8" data-testid="cost-unconverted">
          {apart}
        </Text>
      )}
    </Stack>
  );
}
