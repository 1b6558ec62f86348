import { render } from 'preact';
import { CollectionApp } from '../../components/collection/CollectionApp';
import { filterFromHash } from '../../lib/collection/url';
import { openIncidentDb } from '../../lib/store';
import '../../components/ui.css';
import './style.css';

// An extension page: the same origin, so the same database, as the background and the popup.
const db = openIncidentDb();
render(<CollectionApp db={db} initialFilter={filterFromHash(location.hash)} />, document.getElementById('app')!);
