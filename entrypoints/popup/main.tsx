import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import { filterToHash } from '../../lib/collection/url';
import { openIncidentDb } from '../../lib/store';
import '../../components/ui.css';
import './style.css';

// The popup runs in the extension's origin, so this is the same database the background writes.
const db = openIncidentDb();
render(
  <PopupApp
    db={db}
    analyseButton
    onOpenCollection={(filter) => {
      // A tab of its own: the collection page is a full-size view of the same database.
      void browser.tabs.create({ url: browser.runtime.getURL('/collection.html' as '/popup.html') + filterToHash(filter) });
      window.close();
    }}
  />,
  document.getElementById('app')!,
);
