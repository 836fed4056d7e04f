import assert from 'node:assert/strict';
import { test } from 'node:test';
import { costProblem, needsAmounts, parseCost, withAmounts } from '../../src/usage/usageArguments';

const fromAction = { uri: 'file:///films/pier.fountain', sceneIndex: 11, sceneLabel: '12' };

test('the action without a cost asks the writer; one with a cost runs as it is', () => {
  assert.equal(needsAmounts([fromAction]), true);
  assert.equal(needsAmounts([{ ...fromAction, cost: '' }]), true);
  assert.equal(needsAmounts([{ ...fromAction, cost: 6 }]), false);
  assert.equal(needsAmounts([]), false);
  assert.equal(needsAmounts(['file:///films/pier.fountain']), false);
});

test('amounts are read the way writers type them', () => {
  assert.equal(parseCost('6'), 6);
  assert.equal(parseCost('$6.00'), 6);
  assert.equal(parseCost(' $1,200.50 '), 1200.5);
  assert.equal(parseCost('€ 40'), 40);
  assert.equal(parseCost('.5'), 0.5);
  assert.equal(parseCost('six dollars'), undefined);
  assert.equal(parseCost('-6'), undefined);
  assert.equal(parseCost('6.0.0'), undefined);
});

test('the input box says what is wrong with an amount', () => {
  assert.equal(costProblem('$6.00'), undefined);
  assert.equal(costProblem('  '), 'Type what was spent, for example 6.00');
  assert.equal(costProblem('lots'), '"lots" is not an amount; type it like 6.00 or $1,200.50');
});

test('the filled arguments keep the action\'s scene and add the amounts', () => {
  assert.deepEqual(withAmounts(fromAction, 6, 'video', ' veo-3.1-fast '), { ...fromAction, cost: 6, modality: 'video', model: 'veo-3.1-fast' });
  assert.deepEqual(withAmounts(fromAction, 2.5, 'other', ''), { ...fromAction, cost: 2.5, modality: 'other' });
});
