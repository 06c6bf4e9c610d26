// The page entry: mounts the app shell and asks the browser to keep this device's data.
import { render } from 'solid-js/web';
import { requestPersistence } from '../storage';
import { App } from './App';
import './styles.css';
import './shell/app.css';

const root = document.getElementById('root');
if (root) render(() => <App />, root);
void requestPersistence().catch(() => 'unsupported');
