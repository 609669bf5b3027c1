import type { HandlersFor } from '../api/handlers';
import type { samplesContract } from '../../shared/contract/samples';
import { listSamples, removeSample, saveSample } from './service';

export const sampleHandlers: HandlersFor<keyof typeof samplesContract> = {
  'samples.list': (input, core) => listSamples(core.db, input.collaborationId),
  'samples.save': (input, core) => saveSample(core.db, input),
  'samples.remove': (input, core) => removeSample(core.db, input.id),
};
