import { Anchor, Badge, Button, Checkbox, Group, Paper, SegmentedControl, Table, Text, Title } from '@mantine/core';
import { AllClear } from '../../components/States';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ImportPreview, ImportProblemDto } from '../../../../shared/contract';
import { useFormat } from '../../lib/useFormat';
import { MergeDiff, type FieldChoices } from './MergeDiff';
import { DataTable } from '../../components/DataTable';

const MAX_PROBLEMS_SHOWN = 300;
type Action = 'merge' | 'skip';

/** The translated text of an import problem (the core's English message as a fallback). */
export function problemText(p: ImportProblemDto, t: (k: string, o?: Record<string, unknown>) => string): string {
  return t(`influencers.import.problems.${p.code}`, { value: p.value ?? '', column: p.column ?? p.field, defaultValue: p.message });
}

/** The rows the sheet cannot import as they are, and the choice to import held rows without their unreadable values. */
export function ProblemsSection({ preview, acceptHeld, onAcceptHeld }: { preview: ImportPreview; acceptHeld: boolean; onAcceptHeld(v: boolean): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <section aria-labelledby="import-problems">
      <Title order={2} fz="md" fw={600} mb="xs" id="import-problems">
        {t('influencers.import.problemsTitle', { count: preview.problems.length })}
      </Title>
      {preview.problems.length ? (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <DataTable minWidth={640} scroll={{ mah: 340 }} className="data-table" verticalSpacing={6} stickyHeader
            head={
              <>
                <Table.Th w={70}>{t('influencers.import.columns.row')}</Table.Th>
                <Table.Th w={160}>{t('influencers.import.columns.column')}</Table.Th>
                <Table.Th w={180}>{t('influencers.import.columns.value')}</Table.Th>
                <Table.Th>{t('influencers.import.columns.problem')}</Table.Th>
              </>
            }
          >
            {preview.problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, i) => (
              <Table.Tr key={`${p.row}-${p.field}-${i}`}>
                <Table.Td className="num" style={{ textAlign: 'left' }}>
                  {fmt.number(p.row)}
                </Table.Td>
                <Table.Td>{p.column ?? t(`influencers.import.targets.${p.field}`, { defaultValue: p.field })}</Table.Td>
                <Table.Td>
                  {p.value ? (
                    <Text component="code" className="mapping-sample">
                      {p.value}
                    </Text>
                  ) : (
                    <Text c="dimmed">{t('common.none')}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={8} wrap="nowrap">
                    <Badge size="xs" variant="light" color={p.severity === 'error' ? 'red' : 'yellow'} style={{ minWidth: 'max-content' }}>
                      {t(`influencers.import.severity.${p.severity}`)}
                    </Badge>
                    <Text size="sm">{problemText(p, t)}</Text>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </DataTable>
          {preview.problems.length > MAX_PROBLEMS_SHOWN && (
            <Text size="xs" c="dimmed" p="xs">
              {t('influencers.import.moreProblems', { count: preview.problems.length - MAX_PROBLEMS_SHOWN })}
            </Text>
          )}
        </Paper>
      ) : (
        <AllClear>{t('influencers.import.noProblems')}</AllClear>
      )}
      {preview.held > 0 && (
        <Checkbox
          mt="sm"
          checked={acceptHeld}
          onChange={(e) => onAcceptHeld(e.currentTarget.checked)}
          label={t('influencers.import.acceptHeld', { count: preview.held })}
          description={t('influencers.import.acceptHeldHint')}
        />
      )}
    </section>
  );
}

/** Rows whose channel is already in Kollab (or earlier in the file): skip or merge each. */
export function DuplicatesSection({
  duplicates,
  actions,
  onActions,
  choices,
  onChoices,
}: {
  duplicates: ImportPreview['duplicates'];
  actions: Record<number, Action>;
  onActions(next: Record<number, Action> | ((a: Record<number, Action>) => Record<number, Action>)): void;
  choices: Record<number, FieldChoices>;
  onChoices(next: (c: Record<number, FieldChoices>) => Record<number, FieldChoices>): void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [open, setOpen] = useState<Record<number, boolean>>({});
  return (
    <section aria-labelledby="import-duplicates">
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="md" fw={600} id="import-duplicates">
          {t('influencers.import.duplicatesTitle', { count: duplicates.length })}
        </Title>
        {duplicates.length > 1 && (
          <Group gap="xs">
            <Button size="compact-sm" variant="subtle" onClick={() => onActions(Object.fromEntries(duplicates.map((d) => [d.row, 'merge'])))}>
              {t('influencers.import.mergeAll')}
            </Button>
            <Button size="compact-sm" variant="subtle" color="gray" onClick={() => onActions({})}>
              {t('influencers.import.skipAll')}
            </Button>
          </Group>
        )}
      </Group>
      {duplicates.length ? (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <Table className="data-table" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t('influencers.import.columns.row')}</Table.Th>
                <Table.Th>{t('influencers.import.columns.inFile')}</Table.Th>
                <Table.Th>{t('influencers.import.columns.existing')}</Table.Th>
                <Table.Th w={260}>{t('influencers.import.columns.action')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {duplicates.map((d) => (
                <Fragment key={d.row}>
                <Table.Tr>
                  <Table.Td>{fmt.number(d.row)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {d.name ?? t('common.none')}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`platforms.${d.platform}`, { defaultValue: d.platform })} · @{d.handle.replace(/^@/, '')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {d.existingInfluencerId ? (
                      <Anchor component={Link} href={`/influencers/${d.existingInfluencerId}`} size="sm">
                        {d.existingName ?? `#${d.existingInfluencerId}`}
                      </Anchor>
                    ) : (
                      <Text size="sm">{t('influencers.import.sameFileRow', { row: d.sameFileRow ?? '?' })}</Text>
                    )}
                    {d.fields.length > 0 && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        px={0}
                        display="block"
                        aria-expanded={!!open[d.row]}
                        onClick={() => setOpen((o) => ({ ...o, [d.row]: !o[d.row] }))}
                      >
                        {open[d.row] ? t('influencerImport.hideDiff') : t('influencerImport.showDiff', { count: d.fields.length })}
                      </Button>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <SegmentedControl
                      size="xs"
                      aria-label={t('influencers.import.duplicateAction', { row: d.row })}
                      value={actions[d.row] ?? 'skip'}
                      onChange={(v) => {
                        onActions((a) => ({ ...a, [d.row]: v as 'merge' | 'skip' }));
                        if (v === 'merge' && d.fields.length) setOpen((o) => ({ ...o, [d.row]: true }));
                      }}
                      data={[
                        { value: 'skip', label: t('influencers.import.skip') },
                        { value: 'merge', label: t('influencers.import.merge') },
                      ]}
                    />
                  </Table.Td>
                </Table.Tr>
                {open[d.row] && d.fields.length > 0 && (
                  <Table.Tr className="merge-diff-row">
                    <Table.Td />
                    <Table.Td colSpan={3}>
                      <MergeDiff row={d.row} fields={d.fields} choices={choices[d.row] ?? {}} onChoices={(next) => onChoices((c) => ({ ...c, [d.row]: next }))} />
                    </Table.Td>
                  </Table.Tr>
                )}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ) : (
        <Text size="sm" c="dimmed">
          {t('influencers.import.noDuplicates')}
        </Text>
      )}
    </section>
  );
}
