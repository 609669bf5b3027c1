import { Button, Group, SegmentedControl, Table, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MergeChoice, MergeField, MergeFieldDiff } from '../../../../shared/contract';
import { useFormat } from '../../lib/useFormat';

export type FieldChoices = Partial<Record<MergeField, MergeChoice>>;

const COUNTS = new Set<MergeField>(['followers', 'avgLikes', 'avgComments', 'avgShares', 'avgViews']);

/**
 * A duplicate's merge field by field: stored value → the sheet's value, and per field "keep" or "take"
 * (defaults from the core: contact data kept, the larger follower count, newer numbers and ER), or all at once.
 */
export function MergeDiff({ row, fields, choices, onChoices }: { row: number; fields: MergeFieldDiff[]; choices: FieldChoices; onChoices(next: FieldChoices): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const show = (f: MergeField, v: string | number | null) => {
    if (v == null || v === '') return t('common.none');
    if (typeof v === 'number') return f === 'engagementRate' ? fmt.percentBp(v) : COUNTS.has(f) ? fmt.number(v) : String(v);
    return v;
  };
  const all = (c: MergeChoice) => onChoices(Object.fromEntries(fields.map((f) => [f.field, c])));
  if (!fields.length)
    return (
      <Text size="sm" c="dimmed">
        {t('influencerImport.noDiff')}
      </Text>
    );
  return (
    <div className="merge-diff" data-testid={`merge-diff-${row}`}>
      <Group justify="space-between" mb={6}>
        <Text size="xs" c="dimmed">
          {t('influencerImport.diffHint')}
        </Text>
        <Group gap={4}>
          <Button size="compact-xs" variant="subtle" color="gray" onClick={() => all('existing')}>
            {t('influencerImport.keepAll')}
          </Button>
          <Button size="compact-xs" variant="subtle" onClick={() => all('incoming')}>
            {t('influencerImport.takeAll')}
          </Button>
        </Group>
      </Group>
      <Table verticalSpacing={4} horizontalSpacing="xs" withRowBorders={false} aria-label={t('influencerImport.diffTitle')}>
        <Table.Tbody>
          {fields.map((f) => {
            const label = t(`influencerImport.fields.${f.field}`);
            const choice = choices[f.field] ?? f.choice;
            return (
              <Table.Tr key={f.field} data-field={f.field} data-choice={choice}>
                <Table.Td w={170}>
                  <Text size="sm" fw={500}>
                    {label}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <Text size="sm" td={choice === 'incoming' ? 'line-through' : undefined} c={choice === 'incoming' ? 'dimmed' : undefined} className="merge-old" style={{ overflowWrap: 'anywhere' }}>
                      {show(f.field, f.existing)}
                    </Text>
                    <IconArrowRight size={14} aria-hidden="true" style={{ flexShrink: 0, marginTop: 3 }} />
                    <Text size="sm" fw={choice === 'incoming' ? 600 : 400} c={choice === 'existing' ? 'dimmed' : undefined} className="merge-new" style={{ overflowWrap: 'anywhere' }}>
                      {show(f.field, f.incoming)}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td w={210}>
                  <SegmentedControl
                    size="xs"
                    aria-label={t('influencerImport.choiceLabel', { field: label, row })}
                    value={choice}
                    onChange={(v) => onChoices({ ...choices, [f.field]: v as MergeChoice })}
                    data={[
                      { value: 'existing', label: t('influencerImport.keep') },
                      { value: 'incoming', label: t('influencerImport.take') },
                    ]}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
