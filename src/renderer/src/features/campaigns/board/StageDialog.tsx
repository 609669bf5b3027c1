import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageDto } from '../../../../../shared/contract';
import { api } from '../../../api/client';
import { handleFormError, notifyError } from '../../../api/errors';
import { useCloseGuard } from '../../../lib/unsaved';
import { showDone } from '../../../lib/notify';
import { stageLabel } from './stageLabel';

export type StageDialogState =
  | { mode: 'rename'; stage: StageDto }
  | { mode: 'add'; index: number }
  | { mode: 'remove'; stage: StageDto; cardCount: number }
  | null;

/** Rename, add or remove a stage. Removing a stage with cards asks where its cards go. */
export function StageDialog({
  state,
  campaignId,
  stages,
  onClose,
}: {
  state: StageDialogState;
  campaignId: number;
  stages: StageDto[];
  onClose(): void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [target, setTarget] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setError('');
    setBusy(false);
    if (state?.mode === 'rename') setName(stageLabel(state.stage, t));
    else setName('');
    if (state?.mode === 'remove') {
      const others = stages.filter((s) => s.id !== state.stage.id);
      const i = stages.findIndex((s) => s.id === state.stage.id);
      setTarget(String((stages[i - 1] ?? others[0])?.id ?? ''));
    }
  }, [state, stages, t]);

  const run = async (fn: () => Promise<unknown>, done: string): Promise<boolean> => {
    setBusy(true);
    try {
      await fn();
      showDone(done);
      guard.saved();
      onClose();
      return true;
    } catch (err) {
      const fe = handleFormError(err, ['name', 'moveCardsTo']);
      setError(fe.name ?? fe.moveCardsTo ?? '');
      return false;
    } finally {
      setBusy(false);
    }
  };

  const persist = async (): Promise<boolean> => {
    if (!state) return true;
    if (state.mode === 'rename') {
      const n = name.trim();
      if (!n) return (setError(t('stagesAdmin.nameRequired')), false);
      return run(() => api.call('stages.rename', { id: state.stage.id, name: n }), t('stagesAdmin.renamed', { name: n }));
    } else if (state.mode === 'add') {
      const n = name.trim();
      if (!n) return (setError(t('stagesAdmin.nameRequired')), false);
      return run(() => api.call('stages.add', { campaignId, name: n, index: state.index }), t('stagesAdmin.added', { name: n }));
    }
    const moveCardsTo = state.cardCount > 0 && target ? Number(target) : undefined;
    return run(() => api.call('stages.remove', { id: state.stage.id, moveCardsTo }), t('stagesAdmin.removed', { name: stageLabel(state.stage, t) }));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void persist();
  };

  // a typed name is not lost: closing asks first (removing is a confirmation, nothing typed)
  const dirty =
    (state?.mode === 'rename' && name.trim() !== stageLabel(state.stage, t)) || (state?.mode === 'add' && name.trim() !== '');
  const guard = useCloseGuard({ dirty, save: persist });
  const requestClose = () => guard.requestClose(onClose);

  const resetName = () => {
    if (state?.mode !== 'rename') return;
    setBusy(true);
    api
      .call('stages.rename', { id: state.stage.id, name: null })
      .then(onClose)
      .catch(notifyError)
      .finally(() => setBusy(false));
  };

  const title =
    state?.mode === 'rename' ? t('stagesAdmin.renameTitle') : state?.mode === 'add' ? t('stagesAdmin.addTitle') : state?.mode === 'remove' ? t('stagesAdmin.removeTitle', { name: stageLabel(state.stage, t) }) : '';

  return (
    <Modal opened={!!state} onClose={requestClose} title={title} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {state?.mode === 'remove' ? (
            state.cardCount > 0 ? (
              <>
                <Text size="sm">{t('stagesAdmin.removeWithCards', { count: state.cardCount })}</Text>
                <Select
                  label={t('stagesAdmin.moveCardsTo')}
                  data={stages.filter((s) => s.id !== state.stage.id).map((s) => ({ value: String(s.id), label: stageLabel(s, t) }))}
                  value={target}
                  onChange={setTarget}
                  allowDeselect={false}
                  error={error || undefined}
                  data-autofocus
                  comboboxProps={{ withinPortal: true }}
                />
              </>
            ) : (
              <Text size="sm">{t('stagesAdmin.removeEmpty')}</Text>
            )
          ) : (
            <TextInput
              label={t('stagesAdmin.name')}
              value={name}
              maxLength={60}
              data-autofocus
              onChange={(e) => {
                setName(e.currentTarget.value);
                setError('');
              }}
              error={error || undefined}
            />
          )}
          {state?.mode === 'remove' && error && state.cardCount === 0 && <Alert color="red">{error}</Alert>}
          <Group justify="space-between" mt="xs">
            {state?.mode === 'rename' && state.stage.key && state.stage.name ? (
              <Button variant="subtle" color="gray" onClick={resetName} disabled={busy}>
                {t('stagesAdmin.resetName', { name: t(`stages.${state.stage.key}`, { defaultValue: state.stage.key }) })}
              </Button>
            ) : (
              <span />
            )}
            <Group gap="sm">
              <Button variant="default" onClick={requestClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={busy} color={state?.mode === 'remove' ? 'red' : undefined}>
                {state?.mode === 'remove' ? t('stagesAdmin.removeConfirm') : state?.mode === 'add' ? t('stagesAdmin.addConfirm') : t('common.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
