// Every test reads the interface in any language at once, as the app does once a
// language's words have loaded.
import { loadCatalogue } from '../../src/app/i18n';

await loadCatalogue('ar');
