import { Alert, Anchor, Button, Code, Group, Modal, Paper, ScrollArea, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconLink } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UtmLinkChange, UtmRules, UtmRulesDto } from '../../../../shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { showDone } from '../../lib/notify';

const KEYS = ['source', 'medium', 'campaign', 'content'] as const;

/**
 * A campaign's UTM rules (its own save, separate from the campaign form): patterns with {{kanal}} {{handle}}
 * {{kampagne}} {{name}}; empty = today's default. Applying shows which saved links change and regenerates them.
 */
export function UtmRulesSection({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation();
  const [dto, setDto] = useState<UtmRulesDto | null>(null);
  const [rules, setRules] = useState<UtmRules>({});
  const [sample, setSample] = useState<string | null>(null);
  const [pending, setPending] = useState<UtmLinkChange[] | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.call('campaigns.utmRules', { campaignId }).then((d) => {
      setDto(d);
      setRules(d.rules);
    }, notifyError);
  }, [campaignId]);
  useEffect(() => {
    const timer = setTimeout(() => {
      api.call('campaigns.utmPreview', { campaignId, rules }).then((r) => setSample(r.sample), () => setSample(null));
    }, 250);
    return () => clearTimeout(timer);
  }, [campaignId, rules]);

  if (!dto) return null;
  const dirty = JSON.stringify(rules) !== JSON.stringify(dto.rules);
  const review = async () => {
    setBusy(true);
    try {
      const r = await api.call('campaigns.utmPreview', { campaignId, rules });
      setPending(r.changes);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  const apply = async () => {
    setBusy(true);
    try {
      const r = await api.call('campaigns.setUtmRules', { campaignId, rules });
      setDto({ ...dto, rules: Object.fromEntries(Object.entries(rules).filter(([, v]) => v?.trim())) });
      setPending(null);
      showDone(t('utm.applied', { count: r.regenerated }));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
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
            value={rules[k] ?? ''}
            onChange={(e) => setRules({ ...rules, [k]: e.currentTarget.value })}
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
          <Anchor component="button" type="button" size="xs" onClick={() => setRules({})} disabled={!Object.values(rules).some((v) => v?.trim())}>
            {t('utm.reset')}
          </Anchor>
          <Button type="button" size="xs" variant="light" leftSection={<IconLink size={14} />} onClick={() => void review()} disabled={!dirty} loading={busy && !pending}>
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
            <Button onClick={() => void apply()} loading={busy} data-autofocus>
              {pending?.length ? t('utm.confirmRegenerate', { count: pending.length }) : t('utm.confirmSave')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
