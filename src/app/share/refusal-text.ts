// Why a bundle file was refused, in the reader's language: a whole-file refusal and a
// storage failure come as data and are worded here; problems with single fields are the
// file's own lines and stay as the reader wrote them.
import { BUNDLE_FORMAT, type BundleOpenOutcome, type BundleRefusal } from '../../storage';
import { type MessageKey, type Params, translate } from '../i18n';
import { own } from '../shell/own';
import { storageText } from '../shell/storage-text';

const KEY = {
  notJson: 'bnNotJson',
  notUtf8: 'bnNotUtf8',
  damaged: 'bnDamaged',
  notBundle: 'bnNotBundle',
  noFormat: 'bnNoFormat',
  tooLarge: 'bnTooLarge',
  tooLong: 'bnTooLong',
  newer: 'bnNewer',
} as const satisfies Record<BundleRefusal['code'], MessageKey>;

export function refusalText(outcome: BundleOpenOutcome & { status: 'refused' }, locale: string): string {
  const r = outcome.refusal;
  if (r) {
    const params: Params =
      r.code === 'newer'
        ? {
            format: own(r.format),
            reads: new Intl.ListFormat(locale, { type: 'conjunction' }).format(
              r.reads.map((f) => own(`"${f}"`)),
            ),
          }
        : 'mb' in r
          ? { mb: r.mb }
          : { format: BUNDLE_FORMAT };
    return translate(locale, KEY[r.code], params);
  }
  if (outcome.fault) return storageText(outcome.fault);
  return outcome.problems.join('; ');
}
