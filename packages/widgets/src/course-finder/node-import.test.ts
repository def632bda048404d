// Importing the finder in Node (server rendering, tests, SSR frameworks) must not throw.
import assert from 'node:assert/strict';
import { it } from 'node:test';

it('imports the class without registering it, and define.js without throwing where there is no DOM', async () => {
  const { LcCourseFinder } = await import('./course-finder.js');
  assert.equal(typeof LcCourseFinder, 'function');
  const registry = (globalThis as { customElements?: CustomElementRegistry }).customElements;
  assert.equal(registry?.get('lc-course-finder'), undefined, 'importing the class has no side effects');
  await assert.doesNotReject(() => import('./define.js'));
  await assert.doesNotReject(() => import('../index.js'));
});
