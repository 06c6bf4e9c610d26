// Why the app cannot reach its database, in the reader's language: loaded only when that
// happens, so its words cost the first screen nothing.
import { StorageError } from '../../storage';
import { locale } from '../state/locale';
import { errorText } from './errors';

const en = {
  unavailable:
    'This browser does not let SLA Witness store data here (private browsing or blocked site data do that), so nothing can be opened or saved. Open the app in a normal window, or allow this site to store data.',
  blocked:
    'Another tab holds your contracts open with an older version of SLA Witness. Close that tab, then reload this page: nothing was changed.',
};

const ar: typeof en = {
  unavailable:
    'لا يسمح هذا المتصفح لـ SLA Witness بحفظ البيانات هنا (التصفح الخاص أو حظر بيانات المواقع يفعل ذلك)، فلا يمكن فتح شيء أو حفظه. افتح التطبيق في نافذة عادية، أو اسمح لهذا الموقع بحفظ البيانات.',
  blocked:
    'تفتح علامة تبويب أخرى عقودك بإصدار أقدم من SLA Witness. أغلق تلك العلامة ثم أعد تحميل هذه الصفحة: لم يتغير شيء.',
};

export default function StorageClosed(props: { error: unknown }) {
  const words = () => (locale().split(/[-_]/)[0] === 'ar' ? ar : en);
  const text = () => {
    const e = props.error;
    if (e instanceof StorageError && (e.problem === 'unavailable' || e.problem === 'blocked'))
      return words()[e.problem];
    return errorText(e);
  };
  return (
    <section class="panel error-panel" role="alert" data-testid="storage-closed">
      <p>{text()}</p>
    </section>
  );
}
