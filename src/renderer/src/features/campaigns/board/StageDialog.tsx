import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { contract, type StageDto } from '../../../../../shared/contract';
import { api } from '../../../api/client';
import { notifyError } from '../../../api/errors';
import { useContractForm } from '../../../lib/contractForm';
import { useCloseGuard } from '../../../lib/unsaved';
import { showDone } from '../../../lib/notify';
import { stageLabel } from './stageLabel';

export type StageDialogState =
  | { mode: 'rename'; stage: StageDto }
  | { mode: 'add'; index: number }
  | { mode: 'remove'; stage: StageDto; cardCount: number }
  | null;

type Values = { name: string; moveCardsTo: string | null };
const FIELDS = ['name', 'moveCardsTo'];
/** Renaming here always names the stage (null — the default name back — is the reset button's), so the name is required as when adding. */
const renameInput = contract['stages.rename'].input.extend({ name: contract['stages.add'].input.shape.name });

/** The method a dialog state calls, with its own input schema (stages.add, stages.rename, stages.remove). */
function schemaOf(state: StageDialogState) {
  return state?.mode === 'rename' ? renameInput : state?.mode === 'remove' ? contract['stages.remove'].input : contract['stages.add'].input;
}

/** What a dialog state sends, and sending it. */
function callOf(state: NonNullable<StageDialogState>, campaignId: number, v: Values) {
  const name = v.name.trim();
  if (state.mode === 'add') {
    const input = { campaignId, name, index: state.index };
    return { input, send: () => api.call('stages.add', input) };
  }
  if (state.mode === 'rename') {
    const input = { id: state.stage.id, name };
    return { input, send: () => api.call('stages.rename', input) };
  }
  const input = { id: state.stage.id, moveCardsTo: state.cardCount > 0 && v.moveCardsTo ? Number(v.moveCardsTo) : undefined };
  return { input, send: () => api.call('stages.remove', input) };
}

function valuesOf(state: StageDialogState, stages: StageDto[], t: TFunction): Values {
  if (state?.mode === 'rename') return { name: stageLabel(state.stage, t), moveCardsTo: null };
  if (state?.mode === 'remove') {
    const others = stages.filter((s) => s.id !== state.stage.id);
    const i = stages.findIndex((s) => s.id === state.stage.id);
    return { name: '', moveCardsTo: String((stages[i - 1] ?? others[0])?.id ?? '') };
  }
  return { name: '', moveCardsTo: null };
}

/**
 * Rename, add or remove a stage (useContractForm: the name is checked by the method's own schema before sending).
 * Removing a stage with cards asks where its cards go.
 */
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
  const [resetting, setResetting] = useState(false);
  const { form, busy, persist, submit, load, error } = useContractForm({
    initialValues: valuesOf(state, stages, t),
    schema: schemaOf(state),
    toInput: (v: Values) => (state ? callOf(state, campaignId, v).input : null),
    fields: FIELDS,
    save: async (_input, v) => {
      if (!state) return true;
      await callOf(state, campaignId, v).send();
      const name = v.name.trim();
      showDone(state.mode === 'rename' ? t('stagesAdmin.renamed', { name }) : state.mode === 'add' ? t('stagesAdmin.added', { name }) : t('stagesAdmin.removed', { name: stageLabel(state.stage, t) }));
      guard.saved();
      onClose();
      return true;
    },
  });
  useEffect(() => {
    setResetting(false);
    load(valuesOf(state, stages, t));
    // a new dialog state (or the stages it offers) starts the form over
  }, [state, stages, t]);

  // a typed name is not lost: closing asks first (removing is a confirmation, nothing typed)
  const guard = useCloseGuard({ dirty: state?.mode !== 'remove' && !!state && form.isDirty(), save: persist });
  const requestClose = () => guard.requestClose(onClose);
  const nameError = error('name');
  const moveError = error('moveCardsTo');

  const resetName = () => {
    if (state?.mode !== 'rename') return;
    setResetting(true);
    api
      .call('stages.rename', { id: state.stage.id, name: null })
      .then(onClose)
      .catch(notifyError)
      .finally(() => setResetting(false));
  };

  const title =
    state?.mode === 'rename' ? t('stagesAdmin.renameTitle') : state?.mode === 'add' ? t('stagesAdmin.addTitle') : state?.mode === 'remove' ? t('stagesAdmin.removeTitle', { name: stageLabel(state.stage, t) }) : '';

  return (
    <Modal opened={!!state} onClose={requestClose} title={title} size="md">
      <form onSubmit={submit()} noValidate>
        <Stack gap="md">
          {state?.mode === 'remove' ? (
            state.cardCount > 0 ? (
              <>
                <Text size="sm">{t('stagesAdmin.removeWithCards', { count: state.cardCount })}</Text>
                <Select
                  label={t('stagesAdmin.moveCardsTo')}
                  data={stages.filter((s) => s.id !== state.stage.id).map((s) => ({ value: String(s.id), label: stageLabel(s, t) }))}
                  value={form.values.moveCardsTo}
                  onChange={(v) => form.setFieldValue('moveCardsTo', v)}
                  allowDeselect={false}
                  error={moveError}
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
              value={form.values.name}
              maxLength={60}
              data-autofocus
              onChange={(e) => form.setFieldValue('name', e.currentTarget.value)}
              error={nameError}
            />
          )}
          {state?.mode === 'remove' && moveError && state.cardCount === 0 && <Alert color="red">{moveError}</Alert>}
          <Group justify="space-between" mt="xs">
            {state?.mode === 'rename' && state.stage.key && state.stage.name ? (
              <Button variant="subtle" color="gray" onClick={resetName} disabled={busy || resetting}>
                {t('stagesAdmin.resetName', { name: t(`stages.${state.stage.key}`, { defaultValue: state.stage.key }) })}
              </Button>
            ) : (
              <span />
            )}
            <Group gap="sm">
              <Button variant="default" onClick={requestClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={busy || resetting} color={state?.mode === 'remove' ? 'red' : undefined}>
                {state?.mode === 'remove' ? t('stagesAdmin.removeConfirm') : state?.mode === 'add' ? t('stagesAdmin.addConfirm') : t('common.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
