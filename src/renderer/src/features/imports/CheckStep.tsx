import { Alert, Badge, Button, Group, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconArrowRight, IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { REDEMPTION_FIELDS, type FileInspection, type KnownShop, type RedemptionField, type ShopFormat } from '../../../../shared/contract';
import { MappingTable, sampleValues } from '../../components/wizard/MappingTable';
import { StepTitle } from '../../components/wizard/WizardSteps';
import { useFormat } from '../../lib/useFormat';
import { encodingName } from '../../lib/files';
import { delimiterLabel, formatBytes, formatLabel, problemMessage } from './parts';
import { PreviewTable } from './PreviewTable';
import { ShopField } from './ShopField';
import { REQUIRED, type Mapping, type Problem } from './wizardRules';

const NONE = '__none__';

export interface CheckStepProps {
  inspection: FileInspection;
  format: ShopFormat;
  onFormat(format: ShopFormat): void;
  mapping: Mapping;
  onMapping(field: RedemptionField, column: string | null): void;
  shop: string;
  onShop(shop: string): void;
  onShopBlur(): void;
  shopError?: string;
  knownShops: readonly KnownShop[];
  blocking: Problem[];
  busy: boolean;
  onOtherFile(): void;
  onRun(): void;
}

/** Step 2 of the shop import: what was detected, what still blocks, the shop, the column mapping and a preview. */
export function CheckStep(p: CheckStepProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { inspection, format, mapping } = p;
  const headers = [...new Set(inspection.headers.filter((h) => h.trim() !== ''))];
  const generic = format === 'generic';
  const shown: Mapping = generic ? mapping : inspection.mapping;
  const options = [{ value: NONE, label: t('imports.wizard.notInFile') }, ...headers.map((h) => ({ value: h, label: h }))];
  const rows = REDEMPTION_FIELDS.map((f) => ({
    key: f,
    label: t(`imports.fields.${f}`),
    hint: generic ? t(`imports.fieldHints.${f}`) : undefined,
    samples: sampleValues(inspection.sample, shown[f] ? inspection.headers.indexOf(shown[f]) : -1),
    value: shown[f] ?? null,
    ariaLabel: t(`imports.fields.${f}`),
    required: generic && (REQUIRED.includes(f) || f === 'total'),
  }));
  const source = generic ? (inspection.format === 'generic' ? inspection.mappingSource : 'own') : 'format';

  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <StepTitle>{t('imports.wizard.checkTitle')}</StepTitle>
          <Group gap="xs">
            <IconFileSpreadsheet size={16} aria-hidden="true" />
            <Text fw={600} size="sm">
              {inspection.fileName}
            </Text>
            <Text c="dimmed" size="sm">
              {formatBytes(inspection.sizeBytes, fmt)}
            </Text>
          </Group>
        </Stack>
        <Group gap="xs" role="list" aria-label={t('imports.wizard.detected')}>
          <Badge role="listitem" size="lg" variant="light" color={inspection.format === 'generic' ? 'gray' : 'brand'} tt="none" data-testid="detected-format">
            {formatLabel(inspection.format, t)}
          </Badge>
          <Badge role="listitem" size="lg" variant="default" tt="none" fw={500}>
            {t('imports.wizard.encoding', { encoding: encodingName(inspection.encoding) })}
          </Badge>
          <Badge role="listitem" size="lg" variant="default" tt="none" fw={500}>
            {t('imports.wizard.delimiter', { delimiter: delimiterLabel(inspection.delimiter, t) })}
          </Badge>
        </Group>
      </Group>

      {p.blocking.length > 0 && (
        <Alert color="red" variant="filled" icon={<IconAlertTriangle size={20} />} title={t('imports.wizard.blockedTitle')} role="alert" data-testid="blocking-problems">
          <Stack gap={6}>
            {p.blocking.map((b) => (
              <div key={b.code}>
                <Text fw={700} size="sm">
                  {t(`imports.problems.${b.code}`, { defaultValue: b.code })}
                </Text>
                <Text size="sm">{problemMessage(b, t) ?? t('imports.wizard.pickColumn')}</Text>
              </div>
            ))}
          </Stack>
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <ShopField value={p.shop} onChange={p.onShop} onBlur={p.onShopBlur} error={p.shopError} shops={p.knownShops} />
        {inspection.format !== 'generic' && (
          <Stack gap={4}>
            <Text size="sm" fw={500} id="format-choice">
              {t('imports.wizard.readAs')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('imports.wizard.readAsHint')}
            </Text>
            <SegmentedControl
              aria-labelledby="format-choice"
              value={format}
              onChange={(v) => p.onFormat(v as ShopFormat)}
              data={[
                { value: inspection.format, label: formatLabel(inspection.format, t) },
                { value: 'generic', label: t('imports.wizard.ownMapping') },
              ]}
              w="fit-content"
            />
          </Stack>
        )}
      </SimpleGrid>

      <section aria-labelledby="wizard-mapping">
        <Group justify="space-between" mb="xs">
          <Title order={3} fz="md" fw={600} id="wizard-mapping">
            {t('imports.wizard.mappingTitle')}
          </Title>
          <Badge variant="light" color={inspection.mappingSource === 'remembered' ? 'teal' : inspection.mappingSource === 'format' ? 'brand' : 'gray'} tt="none">
            {t(`imports.wizard.mappingSource.${source}`)}
          </Badge>
        </Group>
        {generic && (
          <Text size="sm" c="dimmed" mb="sm">
            {t('imports.wizard.mappingHelp')}
          </Text>
        )}
        <MappingTable
          rows={rows}
          options={options}
          noneValue={NONE}
          readOnly={!generic}
          showSamples={generic}
          onChange={(field, column) => p.onMapping(field as RedemptionField, column)}
          columns={{ source: t('imports.wizard.field'), sample: t('wizard.sample'), target: t('imports.wizard.column') }}
          noSample={t('wizard.noSample')}
          labelledBy="wizard-mapping"
        />
      </section>

      <PreviewTable inspection={inspection} mapping={mapping} />

      <Group justify="space-between">
        <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={p.onOtherFile}>
          {t('imports.wizard.otherFile')}
        </Button>
        <Button rightSection={<IconArrowRight size={16} />} onClick={p.onRun} disabled={p.blocking.length > 0 || p.busy}>
          {t('imports.wizard.runCheck')}
        </Button>
      </Group>
    </Stack>
  );
}
