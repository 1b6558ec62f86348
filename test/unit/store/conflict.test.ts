import { describe, expect, it } from 'vitest';
import { ConflictError, saveIncident, updateIncident } from '../../../lib/store';
import { makeIncident } from '../factories';
import { freshDb } from './helpers';

describe('saving from a view opened before an edit elsewhere', () => {
  it('is refused with the current record when the stored version changed; overwriting against it works', async () => {
    const db = freshDb();
    const first = await saveIncident(db, makeIncident());
    // The popup edits the record meanwhile.
    await new Promise((r) => setTimeout(r, 5));
    const edited = await updateIncident(db, first.id, { notes: 'checked against a second outlet' });

    const stale = { ...first, injured: { ...first.injured, best: 7, min: 7, max: 7 } };
    const refused = await saveIncident(db, stale, { expectedUpdatedAt: first.updatedAt }).catch((e) => e);
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as ConflictError).current).toMatchObject({ id: first.id, notes: 'checked against a second outlet' });
    expect((await db.incidents.get(first.id))!.updatedAt).toBe(edited.updatedAt); // nothing written

    const kept = await saveIncident(db, stale, { expectedUpdatedAt: edited.updatedAt });
    expect(kept.injured.best).toBe(7);
  });

  it('an unsaved detection whose passage was saved meanwhile (another tab) is a conflict too; no option saves as before', async () => {
    const db = freshDb();
    const detection = makeIncident();
    await saveIncident(db, { ...detection, id: 'saved-in-another-tab' });
    await expect(saveIncident(db, detection, { expectedUpdatedAt: null })).rejects.toBeInstanceOf(ConflictError);
    await expect(saveIncident(db, detection)).resolves.toMatchObject({ id: 'saved-in-another-tab' });
  });
});
