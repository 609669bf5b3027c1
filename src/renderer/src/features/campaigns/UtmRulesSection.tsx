import { Alert, Anchor, Button, Code, Group, Modal, Paper, ScrollArea, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconLink } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type UtmLinkChange, type UtmRules, type UtmRulesDto } from '../../../../shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { useContractForm } from '../../lib/contractForm';
import { showDone } from '../../lib/notify';
import { useDirtyForm } from '../../lib/unsaved';

const KEYS = ['source', 'medium', 'campaign', 'content'] as const;
type Values = Record<(typeof KEYS)[number], string>;
/** The input's `rules.source` … show at the field of the same name. */
const ALIASES = Object.fromEntries(KEYS.map((k) => [`rules.${k}`, k]));

const valuesOf = (rules: UtmRules): Values => ({ source: rules.source ?? '', medium: rules.medium ?? '', campaign: rules.campaign ?? '', content: rules.content ?? '' });
/** The rules as sent: the patterns typed in (an empty one = today's default). */
const rulesOf = (v: Values): UtmRules => Object.fromEntries(KEYS.filter((k) => v[k] !== '').map((k) => [k, v[k]]));

/**
 * A campaign's UTM rules (its own save, separate from the campaign form): patterns with {{kanal}} {{handle}}
 * {{kampagne}} {{name}}; empty = today's default. The patterns are a form (useContractForm) checked by
 * campaigns.setUtmRules' own schema: a pattern the core would refuse shows at its field, and neither the review
 * nor the save is sent. Applying shows which saved links change and regenerates them. Patterns not applied yet
 * are unsaved changes of the surrounding dialog (form.isDirty()): closing it asks first. They have no one-step
 * save (applying is a review), so the question offers to keep editing or discard; `onDirtyChange` tells the
 * dialog, whose own save then asks before it closes.
 */
export function UtmRulesSection({ campaignId, onDirtyChange }: { campaignId: number; onDirtyChange?(dirty: boolean): void }) {
  const { t } = useTranslation();
  const [dto, setDto] = useState<UtmRulesDto | null>(null);
  const [sample, setSample] = useState<string | null>(null);
  const [pending, setPending] = useState<UtmLinkChange[] | null>(null);
  const [reviewing, setReviewing] = useState(false);
  const { form, busy, persist, load, error } = useContractForm({
    initialValues: valuesOf({}),
    schema: contract['campaigns.setUtmRules'].input,
    toInput: (v: Values) => ({ campaignId, rules: rulesOf(v) }),
    fields: KEYS,
    aliases: ALIASES,
    save: async (input) => {
      const r = await api.call('campaigns.setUtmRules', input);
      setPending(null);
      showDone(t('utm.applied', { count: r.regenerated }));
      return true;
    },
  });
  const rules = rulesOf(form.values);
  const rulesKey = JSON.stringify(rules);
  const dirty = !!dto && form.isDirty();
  useDirtyForm(dirty);
  useEffect(() => {
    onDirtyChange?.(dirty);
  }, [dirty]);

  useEffect(() => {
    api.call('campaigns.utmRules', { campaignId }).then((d) => {
      setDto(d);
      load(valuesOf(d.rules));
    }, notifyError);
  }, [campaignId]);
  useEffect(() => {
    // the example only for patterns the core takes (a refused one is flagged at its field when applying)
    const input = { campaignId, rules: JSON.parse(rulesKey) as UtmRules };
    if (!contract['campaigns.utmPreview'].input.safeParse(input).success) return setSample(null);
    const timer = setTimeout(() => {
      api.call('campaigns.utmPreview', input).then((r) => setSample(r.sample), () => setSample(null));
    }, 250);
    return () => clearTimeout(timer);
  }, [campaignId, rulesKey]);

  if (!dto) return null;
  const review = async () => {
    if (form.validate().hasErrors) return;
    setReviewing(true);
    try {
      const r = await api.call('campaigns.utmPreview', { campaignId, rules });
      setPending(r.changes);
    } catch (err) {
      notifyError(err);
    } finally {
      setReviewing(false);
    }
  };

  return (
    <Paper withBorder radius="md" p="sm" data-testid="utm-rules">
      <Text size="sm" fw={600}>
        {t('utm.title')}
      </Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t('utm.hint', { kanal: '{{kanal}}', handle: '{{handle}}', kampagne: '{{kampagne}}', name: '{{name}}' })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
        {KEYS.map((k) => (
          <TextInput
            key={k}
            label={`utm_${k}`}
            placeholder={dto.defaults[k]}
            value={form.values[k]}
            onChange={(e) => form.setFieldValue(k, e.currentTarget.value)}
            error={error(k)}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
          />
        ))}
      </SimpleGrid>
      <Group justify="space-between" mt="xs" wrap="nowrap" align="flex-start">
        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all', flex: 1 }} data-testid="utm-sample">
          {sample ? (
            <>
              {t('utm.example')} <Code>{sample}</Code>
            </>
          ) : (
            t('utm.noExample')
          )}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Anchor component="button" type="button" size="xs" onClick={() => form.setValues(valuesOf({}))} disabled={!Object.values(rules).some((v) => v?.trim())}>
            {t('utm.reset')}
          </Anchor>
          <Button type="button" size="xs" variant="light" leftSection={<IconLink size={14} />} onClick={() => void review()} disabled={!form.isDirty()} loading={reviewing}>
            {t('utm.apply')}
          </Button>
        </Group>
      </Group>

      <Modal opened={pending !== null} onClose={() => setPending(null)} title={t('utm.confirmTitle')} size="lg" zIndex={400}>
        <Stack gap="sm">
          {pending && pending.length === 0 ? (
            <Alert variant="light" color="gray">
              {t('utm.noChanges')}
            </Alert>
          ) : (
            <>
              <Text size="sm">{t('utm.changes', { count: pending?.length ?? 0 })}</Text>
              <ScrollArea.Autosize mah={360}>
                <Stack gap="xs">
                  {pending?.map((c) => (
                    <Paper key={c.linkId} withBorder p="xs" radius="sm" data-testid="utm-change">
                      <Text size="sm" fw={600}>
                        {c.person}
                      </Text>
                      <Text size="xs" ff="monospace" c="dimmed" td="line-through" style={{ wordBreak: 'break-all' }}>
                        {c.from}
                      </Text>
                      <IconArrowDown size={12} aria-label={t('utm.becomes')} />
                      <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                        {c.to}
                      </Text>
                    </Paper>
                  ))}
                </Stack>
              </ScrollArea.Autosize>
            </>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setPending(null)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void persist()} loading={busy} data-autofocus>
              {pending?.length ? t('utm.confirmRegenerate', { count: pending.length }) : t('utm.confirmSave')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
