// Half the layout fixtures at every chunk boundary (test/support/layout-chunks.ts), beside
// the other half in its own file so that the two run side by side.
import { chunkBoundaryTests } from './support/layout-chunks';
import { LAYOUTS } from './support/layout-fixtures';

chunkBoundaryTests(LAYOUTS.map(([file]) => file).filter((_, i) => i % 2 === 0));
