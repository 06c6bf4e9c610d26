// The first screen: the built-in contracts a user can start from.
import { For } from 'solid-js';
import { effectivePolicy } from '../engine/policy';
import { PRESET_IDS, PRESETS } from '../engine/presets';

export function App() {
  return (
    <main>
      <h1>SLA Witness</h1>
      <p>
        Check from your own monitoring logs whether a vendor kept its Service Level Agreement. Nothing leaves
        this device.
      </p>
      <h2>Built-in contracts</h2>
      <ul>
        <For each={PRESET_IDS}>
          {(id) => {
            const p = effectivePolicy(PRESETS[id]!);
            return (
              <li>
                <strong>{p.name}</strong>: {p.target} % per {p.period}, {p.timezone}
              </li>
            );
          }}
        </For>
      </ul>
    </main>
  );
}
