import type { TFunction } from 'i18next';
import type { StageDto } from '../../../../../shared/contract';

/** The user's name for a stage, else the translated default name from its key. */
export function stageLabel(stage: Pick<StageDto, 'key' | 'name'>, t: TFunction): string {
  if (stage.name) return stage.name;
  if (stage.key) return String(t(`stages.${stage.key}`, { defaultValue: stage.key }));
  return '?';
}
