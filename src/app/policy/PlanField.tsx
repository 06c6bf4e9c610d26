// Which plan the contract is on: one of the plan table's rows by its name, or none (the
// policy's own terms). Choosing none leaves `plan` out, as a policy without plans has it.
import { For } from 'solid-js';
import type { FormCtx } from './form';
import { fieldId } from './form';
import { Row } from './leaves';
import { getAt, type Path } from './paths';
import { t } from './words';

interface PlanRow {
  id: string;
  name?: string;
}

export function PlanField(props: { ctx: FormCtx; path: Path }) {
  const chosen = () => (getAt(props.ctx.draft(), props.path) as string | null | undefined) ?? '';
  const plans = () => (getAt(props.ctx.draft(), ['plans']) as PlanRow[] | undefined) ?? [];
  return (
    <Row
      ctx={props.ctx}
      path={props.path}
      control={
        <select
          id={fieldId(props.path)}
          onChange={(e) => props.ctx.change(props.path, e.currentTarget.value || undefined)}
        >
          <option value="" selected={chosen() === ''}>
            {t('polPlanNone')}
          </option>
          <For each={plans()}>
            {(plan) => (
              <option value={plan.id} selected={plan.id === chosen()}>
                {plan.name?.trim() || plan.id}
              </option>
            )}
          </For>
        </select>
      }
    />
  );
}
