// "Try it with sample data": a contract from a preset, and that preset's sample files
// fetched from the app's own folder (under whatever base path it is served from).
import { obligationTerms } from '../../engine/obligations';
import { effectivePolicy } from '../../engine/policy';
import { PRESETS } from '../../engine/presets';
import { addContract } from '../state/db';
import { newContractRow } from '../state/policies';
import { evaluationBridge, importBridge } from '../worker-bridge';
import { addFiles } from './queue';
import { COMMON_FILES, SAMPLE_FILES } from './sample-files';

async function fetchSampleFiles(presetId: string): Promise<File[]> {
  const base = import.meta.env.BASE_URL;
  return Promise.all(
    (SAMPLE_FILES[presetId] ?? COMMON_FILES).map(async (name) => {
      const response = await fetch(`${base}samples/${presetId}/${name}`);
      if (!response.ok) throw new Error(`samples/${presetId}/${name}: HTTP ${response.status}`);
      return new File([await response.blob()], name, { type: 'text/csv' });
    }),
  );
}

/** Creates the sample contract and queues its files; resolves with the new contract's id. */
export async function trySample(presetId: string, name: string): Promise<number> {
  const policy = PRESETS[presetId];
  if (!policy) throw new Error(`no preset "${presetId}"`);
  const eff = effectivePolicy(policy);
  // On a slow link the workers' code is the longest download after the samples: it comes
  // while they do, the holiday rules the evaluation will read with it.
  void importBridge.prepareImport().catch(() => {});
  void evaluationBridge.prepareEvaluation(eff.calendar.holidayCountry).catch(() => {});
  const files = await fetchSampleFiles(presetId);
  const id = await addContract(newContractRow(name, { kind: 'preset', presetId }, policy));
  void addFiles(
    id,
    files,
    {
      zone: eff.timezone,
      obligations: obligationTerms(eff.obligations),
      holidayCountry: eff.calendar.holidayCountry,
    },
    true,
  );
  return id;
}
