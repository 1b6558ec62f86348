import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { openIncidentDb } from '../../lib/store';
import './style.css';

// The popup runs in the extension's origin, so this is the same database the background writes.
const db = openIncidentDb();
render(<PopupApp db={db} />, document.getElementById('app')!);
