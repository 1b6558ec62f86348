import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openRejectionDb, rejectDetection, rejectedKeysForUrl, rejectionKey, undoRejection } from '../../../lib/store';
import { makeIncident, makeSource } from '../factories';

const freshRejections = () => openRejectionDb({ indexedDB: new IDBFactory(), IDBKeyRange, name: 'rejections-test' });

describe('rejections', () => {
  it('remember a detection per page, by passage, weapon and place; undo forgets it', async () => {
    const db = freshRejections();
    const rocket = makeIncident();
    const key = await rejectDetection(db, rocket);
    expect(key).toBe(rejectionKey(rocket));
    // The same page with a fragment, and the same detection found again (another id): still rejected.
    expect(await rejectedKeysForUrl(db, `${rocket.source.url}#comments`)).toEqual([key]);
    expect(rejectionKey({ ...rocket, id: 'other-id' })).toBe(key);
    // Another attack read from the same passage is not rejected with it.
    const drone = makeIncident({ weapon: { category: 'drone' }, location: { ...rocket.location!, name: 'Mosul' } });
    expect(rejectionKey(drone)).not.toBe(key);
    // Another page's list is empty.
    expect(await rejectedKeysForUrl(db, 'https://other.example/story')).toEqual([]);
    await undoRejection(db, key);
    expect(await rejectedKeysForUrl(db, rocket.source.url)).toEqual([]);
  });

  it('refuse a detection without a passage, with a reason', async () => {
    const db = freshRejections();
    const bare = makeIncident({ source: makeSource({ selector: null }) });
    expect(rejectionKey(bare)).toBeNull();
    await expect(rejectDetection(db, bare)).rejects.toThrow(/no passage/);
  });
});
