// What-if requests: the contract's own evaluation request with switches added, which the
// worker evaluates like any other (so the main thread never runs the engine).
import type { EvalRequest } from '../state/evaluator';
import type { WhatIfSwitches } from '../worker-bridge';

export type { WhatIfSwitches };

/** The request with the switches; null when nothing is switched (the recorded report is the answer). */
export function whatIfRequest(
  base: EvalRequest | null,
  switches: Required<WhatIfSwitches>,
): EvalRequest | null {
  if (!base || switches.exclusionsOff.length + switches.outagesOff.length === 0) return null;
  return {
    ...base,
    // Sorted: the same switches in another order are the same request.
    whatIf: {
      exclusionsOff: [...switches.exclusionsOff].sort((a, b) => a - b),
      outagesOff: [...switches.outagesOff].sort((a, b) => a - b),
    },
  };
}
