import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CampaignLimits } from '@learning-city/core';
import {
  checkStep,
  checkValue,
  emptyForm,
  fieldForIssuePath,
  honoursList,
  schemaIssues,
  stepOf,
  toNominationCreate,
  type NominationFormValues,
  type PhotoEntry,
} from './nomination-form.js';

const limits: CampaignLimits = {
  summaryMaxChars: 200,
  deedsMinChars: 300,
  deedsMaxChars: 1500,
  honoursMax: 3,
  photosMax: 6,
  photoMaxBytes: 5 * 1024 * 1024,
  photoTypes: ['image/jpeg', 'image/png'],
};

function filled(): NominationFormValues {
  return {
    ...emptyForm(),
    nomineeName: ' 李秀英 ',
    sex: 'female',
    birthYear: '1956',
    nomineeMobile: '+86 139-1234-5678',
    divisionCode: '110108',
    group: 'senior',
    summary: '坚持学习',
    deeds: '学'.repeat(400),
    honours: '区级优秀志愿者\n\n  社区学习带头人 ',
    institutionName: '海淀区社区学院',
    contactName: '王老师',
    contactMobile: '13800001111',
    privacyNotice: true,
  };
}

const photo: PhotoEntry = {
  mediaId: 'med_abcdef123',
  fileName: 'a.png',
  contentType: 'image/png',
  bytes: 10,
  width: 1,
  height: 1,
  thumbnail: '',
  caption: '上课',
  photographer: '张',
  copyrightHolder: '学院',
  licence: 'CC0-1.0',
  publicityConsent: true,
};

describe('nomination form checks', () => {
  it('finds nothing wrong with a complete form, step by step', () => {
    for (const step of ['nominee', 'story', 'recommender', 'photos', 'review'] as const) {
      assert.deepEqual(checkStep(step, filled(), [photo], limits, 2026), {}, step);
    }
  });

  it('names every empty field of the first step', () => {
    assert.deepEqual(Object.keys(checkStep('nominee', emptyForm(), [], limits, 2026)), [
      'nomineeName',
      'sex',
      'birthYear',
      'nomineeMobile',
      'divisionCode',
      'group',
    ]);
  });

  it('counts the deeds against the campaign limits, saying how far off they are', () => {
    const values = filled();
    assert.deepEqual(checkValue('deeds', { ...values, deeds: '学'.repeat(1532) }, limits, 2026), {
      code: 'tooLong',
      params: { max: 1500, count: 1532, over: 32 },
    });
    assert.deepEqual(checkValue('deeds', { ...values, deeds: '学'.repeat(120) }, limits, 2026), {
      code: 'tooShort',
      params: { min: 300, count: 120 },
    });
    assert.equal(
      checkValue('deeds', { ...values, deeds: `  ${'学'.repeat(1500)}\n` }, limits, 2026),
      undefined,
    );
  });

  it('checks mobiles with core’s validator and birth years against the current year', () => {
    assert.deepEqual(checkValue('contactMobile', { ...filled(), contactMobile: '12345' }, limits, 2026), {
      code: 'mobile.format',
    });
    assert.equal(checkValue('birthYear', { ...filled(), birthYear: '2026' }, limits, 2026), undefined);
    assert.equal(
      checkValue('birthYear', { ...filled(), birthYear: '2027' }, limits, 2026)?.code,
      'birthYear',
    );
    assert.equal(checkValue('birthYear', { ...filled(), birthYear: '56' }, limits, 2026)?.code, 'birthYear');
  });

  it('limits the number of honours, one per line', () => {
    assert.deepEqual(honoursList('a\n\n b \n'), ['a', 'b']);
    assert.equal(
      checkValue('honours', { ...filled(), honours: 'a\nb\nc\nd' }, limits, 2026)?.code,
      'honoursTooMany',
    );
  });

  it('asks for at least one photo, and a caption, rights and consent for each', () => {
    assert.deepEqual(checkStep('photos', filled(), [], limits, 2026), { photos: { code: 'photosNone' } });
    const bare = { ...photo, caption: ' ', licence: '' as const, publicityConsent: false };
    assert.deepEqual(Object.keys(checkStep('photos', filled(), [photo, bare], limits, 2026)), [
      'photos.1.caption',
      'photos.1.licence',
      'photos.1.publicityConsent',
    ]);
  });
});

describe('toNominationCreate', () => {
  it('trims text, normalises mobiles and splits honours, as core’s schema accepts', () => {
    const body = toNominationCreate('cmp_abcdef123', filled(), [photo]);
    assert.equal(body.nominee.name, '李秀英');
    assert.equal(body.nominee.mobile, '13912345678');
    assert.equal(body.nominee.birthYear, 1956);
    assert.deepEqual(body.story.honours, ['区级优秀志愿者', '社区学习带头人']);
    assert.deepEqual(body.consents, { privacyNotice: true, publicity: false });
    assert.deepEqual(schemaIssues(body), {});
  });

  it('reports what core’s schema refuses on the field it is about', () => {
    const body = toNominationCreate('cmp_abcdef123', filled(), [{ ...photo, mediaId: 'not-an-id' }]);
    assert.deepEqual(schemaIssues(body), { 'photos.0.caption': { code: 'rejected' } });
  });
});

describe('platform issue paths', () => {
  it('map to the form field and its step', () => {
    assert.equal(fieldForIssuePath('nominee.mobile'), 'nomineeMobile');
    assert.equal(fieldForIssuePath('story.honours.2'), 'honours');
    assert.equal(fieldForIssuePath('media.1.licence'), 'photos.1.licence');
    assert.equal(fieldForIssuePath('media'), 'photos');
    assert.equal(fieldForIssuePath('unknown.path'), undefined);
    assert.equal(stepOf('photos.1.licence'), 'photos');
    assert.equal(stepOf('contactMobile'), 'recommender');
    assert.equal(stepOf('privacyNotice'), 'review');
  });
});
