import assert from 'node:assert/strict';
import { test } from 'node:test';
import { modalityChoices, needsAmounts, withAmounts } from '../../src/usage/usageArguments';

const fromAction = { uri: 'file:///films/pier.fountain', sceneIndex: 11, sceneLabel: '12' };

test('the action without a cost asks the writer; one with a cost runs as it is', () => {
  assert.equal(needsAmounts([fromAction]), true);
  assert.equal(needsAmounts([{ ...fromAction, cost: '' }]), true);
  assert.equal(needsAmounts([{ ...fromAction, cost: 6 }]), false);
  assert.equal(needsAmounts([]), false);
  assert.equal(needsAmounts(['file:///films/pier.fountain']), false);
});

test('the writer\'s amount goes to the server as typed, to be read and checked there', () => {
  assert.deepEqual(withAmounts(fromAction, ' $1,200.50 ', 'video', ' veo-3.1-fast '), { ...fromAction, cost: '$1,200.50', modality: 'video', model: 'veo-3.1-fast' });
  assert.deepEqual(withAmounts(fromAction, '1.5k', undefined, ''), { ...fromAction, cost: '1.5k' });
});

test('the kinds of spending are the server\'s, and are not sent back', () => {
  const offered = { ...fromAction, modalities: [{ id: 'video', label: 'Video', description: 'generated shots and clips' }, { id: 7 }] };
  assert.deepEqual(modalityChoices(offered), [{ id: 'video', label: 'Video', description: 'generated shots and clips' }]);
  assert.deepEqual(modalityChoices(fromAction), []);
  assert.ok(!('modalities' in withAmounts(offered, '6', 'video', undefined)));
});
