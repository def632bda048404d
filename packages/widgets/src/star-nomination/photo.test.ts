import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPhotoFile, downscaleSize, MAX_SIDE, MAX_SOURCE_BYTES, nextAttempt } from './photo.js';

const limits = {
  photoTypes: ['image/jpeg', 'image/png', 'image/webp'],
  photoMaxBytes: 5 * 1024 * 1024,
  photosMax: 6,
};

describe('checkPhotoFile', () => {
  it('accepts a photo of an allowed type within the limit as it is', () => {
    assert.deepEqual(checkPhotoFile({ type: 'image/jpeg', size: 2_000_000 }, limits, 0), {
      ok: true,
      reduce: false,
    });
  });

  it('asks to downscale a photo over the campaign limit', () => {
    assert.deepEqual(checkPhotoFile({ type: 'image/png', size: 9_000_000 }, limits, 0), {
      ok: true,
      reduce: true,
    });
  });

  it('refuses a type the campaign does not take, an empty file, a file beyond any decoding, one too many', () => {
    assert.deepEqual(checkPhotoFile({ type: 'image/gif', size: 10 }, limits, 0), {
      ok: false,
      reason: 'type',
    });
    assert.deepEqual(checkPhotoFile({ type: 'image/heic', size: 10 }, limits, 0), {
      ok: false,
      reason: 'type',
    });
    assert.deepEqual(checkPhotoFile({ type: '', size: 10 }, limits, 0), { ok: false, reason: 'type' });
    assert.deepEqual(checkPhotoFile({ type: 'image/png', size: 0 }, limits, 0), {
      ok: false,
      reason: 'empty',
    });
    assert.deepEqual(checkPhotoFile({ type: 'image/png', size: MAX_SOURCE_BYTES + 1 }, limits, 0), {
      ok: false,
      reason: 'tooLarge',
    });
    assert.deepEqual(checkPhotoFile({ type: 'image/png', size: 10 }, limits, 6), {
      ok: false,
      reason: 'tooMany',
    });
  });
});

describe('downscaleSize', () => {
  it('shrinks the area in proportion to the bytes, with a margin, keeping the aspect ratio', () => {
    const size = downscaleSize(4000, 3000, 12_000_000, 5_000_000);
    assert.deepEqual(size, { width: 2309, height: 1732 });
    const areaRatio = (size.width * size.height) / (4000 * 3000);
    assert.ok(areaRatio <= (5_000_000 * 0.8) / 12_000_000 + 0.001);
    assert.ok(Math.abs(size.width / size.height - 4 / 3) < 0.01);
  });

  it('never enlarges, and caps the longest side', () => {
    assert.deepEqual(downscaleSize(800, 600, 100_000, 5_000_000), { width: 800, height: 600 });
    const tall = downscaleSize(3000, 9000, 4_000_000, 5_000_000);
    assert.equal(tall.height, MAX_SIDE);
    assert.equal(tall.width, 1067);
  });

  it('keeps at least one pixel each way', () => {
    assert.deepEqual(downscaleSize(1, 5000, 1e9, 1024), { width: 1, height: 5 });
  });

  it('makes each further attempt 80 % of the last on each side', () => {
    assert.deepEqual(nextAttempt({ width: 2000, height: 1500 }), { width: 1600, height: 1200 });
  });
});
