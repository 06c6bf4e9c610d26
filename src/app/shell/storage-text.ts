// A storage failure in the reader's language: the storage module says what failed as data
// (its problem, the task it was doing, the names involved), and the page words it here.
import type { StorageFault, StorageTask } from '../../storage';
import type { MessageKey } from '../i18n';
import { locale, t } from '../state/locale';
import { own } from './own';

const TASK: Record<StorageTask, MessageKey> = {
  open: 'stTaskOpen',
  read: 'stTaskRead',
  saveContract: 'stTaskSaveContract',
  deleteContract: 'stTaskDeleteContract',
  savePolicy: 'stTaskSavePolicy',
  deletePolicy: 'stTaskDeletePolicy',
  saveDataset: 'stTaskSaveDataset',
  saveFile: 'stTaskSaveDataset',
  deleteDataset: 'stTaskDeleteDataset',
  deleteAll: 'stTaskDeleteAll',
  exportContract: 'stTaskExportContract',
  importBundle: 'stTaskImportBundle',
  saveResolution: 'stTaskSaveResolution',
  saveObligation: 'stTaskSaveObligation',
  deleteObligation: 'stTaskDeleteObligation',
  recordDigest: 'stTaskRecordDigest',
};

const MISSING = {
  contract: 'stMissingContract',
  preset: 'stMissingPreset',
  policy: 'stMissingPolicy',
} as const satisfies Record<string, MessageKey>;

export function storageText(f: StorageFault): string {
  switch (f.problem) {
    case 'quota': {
      const doing = t(TASK[f.task], { name: own(f.name ?? '') });
      if (f.neededMb === undefined) return t('stQuota', { doing });
      return f.leftMb === undefined
        ? t('stQuotaNeeds', { doing, mb: f.neededMb })
        : t('stQuotaNeedsLeft', { doing, mb: f.neededMb, left: f.leftMb });
    }
    case 'database':
      // The browser's own words for the failure stay as it wrote them.
      return t('stDatabase', { doing: t(TASK[f.task], { name: own(f.name ?? '') }), reason: own(f.reason) });
    case 'missing':
      return t(MISSING[f.thing], { id: own(f.id) });
    case 'in-use':
      return t('stInUse', {
        policy: own(f.policy),
        contracts: new Intl.ListFormat(locale(), { type: 'conjunction' }).format(
          f.contracts.map((name) => t('stName', { name: own(name) })),
        ),
        n: f.contracts.length,
      });
    case 'unavailable':
      return t('stUnavailable');
    case 'blocked':
      return t('stBlocked');
  }
}
