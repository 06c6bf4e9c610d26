// The page entry: mounts the app shell and asks the browser to keep this device's data.
import { render } from 'solid-js/web';
import { requestPersistence } from '../storage';
import { App } from './App';
import { localeReady } from './state/locale';
import './styles.css';
import './shell/app.css';

const root = document.getElementById('root');
// An Arabic page waits for its words (a few kilobytes), so it never flashes in English.
if (root) void localeReady().finally(() => render(() => <App />, root));
void requestPersistence().catch(() => 'unsupported');
