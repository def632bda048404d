import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeMobile, validateMobile } from '../validators/mobile.js';
import { MobileNumber, multilineText, ResidentIdNumber, text } from './common.js';
import { course } from '../../test/fixtures.js';
import { Course } from './course.js';

describe('text and multilineText', () => {
  const title = text(120);
  const summary = multilineText(2000);

  it('refuses C0 and C1 control characters in one-line text (ESC, BEL, NUL, CSI, a line break)', () => {
    for (const bad of [
      '课程\u001b[31m红',
      '铃\u0007',
      'a\u0000b',
      'x\u009by',
      '第一行\n第二行',
      'a\tb',
      'a\u007fb',
    ]) {
      assert.equal(title.safeParse(bad).success, false, JSON.stringify(bad));
    }
    assert.equal(title.parse('  太极拳（二十四式）  '), '太极拳（二十四式）');
  });

  it('keeps tab, line feed and carriage return in multi-line text but refuses the others', () => {
    assert.equal(summary.parse('第一段\r\n第二段\n\t缩进'), '第一段\r\n第二段\n\t缩进');
    for (const bad of ['a\u001bb', 'a\u0000b', 'a\u0085b', 'a\u000bb']) {
      assert.equal(summary.safeParse(bad).success, false, JSON.stringify(bad));
    }
  });

  it('applies to the models: a course title with ESC is refused, a summary over lines is kept', () => {
    const base = course(1, { summary: '第一段\n第二段' });
    assert.equal(Course.parse(base).summary, '第一段\n第二段');
    assert.equal(Course.safeParse({ ...base, title: '书法\u001b]0;pwned\u0007' }).success, false);
    assert.deepEqual(
      Course.safeParse({ ...base, institution: { id: 'ins_test0001', name: '学院\u0007' } }).error?.issues[0]
        ?.path,
      ['institution', 'name'],
    );
  });
});

describe('MobileNumber', () => {
  it('accepts exactly what validateMobile accepts, parsed to normalizeMobile’s 11 digits', () => {
    const inputs = [
      '13800000000',
      '+8613800000000',
      '138 0000 0000',
      '138-0000-0000',
      '+86 138-0000-0000',
      '0086 138 0000 0000',
      '1380000',
      '12345678901',
      '010-12345678',
      '',
    ];
    for (const input of inputs) {
      const parsed = MobileNumber.safeParse(input);
      assert.equal(parsed.success, validateMobile(input).ok, input);
      if (parsed.success) assert.equal(parsed.data, normalizeMobile(input), input);
    }
  });
});

describe('ResidentIdNumber', () => {
  it('reports one issue for a number of the wrong length, and the check digit only once the shape is right', () => {
    const short = ResidentIdNumber.safeParse('1101051949');
    assert.equal(short.error?.issues.length, 1);
    assert.equal(short.error?.issues[0]?.code, 'invalid_format');
    const checksum = ResidentIdNumber.safeParse('110105194912310021');
    assert.equal(checksum.error?.issues.length, 1);
    assert.match(checksum.error?.issues[0]?.message ?? '', /GB 11643/);
    assert.equal(ResidentIdNumber.parse('11010519491231002X'), '11010519491231002X');
  });
});
