// <lc-star-nomination> in headless Chromium against the real sandbox (seeded around 2026-05-10, when this
// year's campaign is open: each test sets `now` to that date, since the seeded campaign's dates do not move).
import type { Nomination } from '@learning-city/core';
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  $$,
  click,
  expectNoAxeViolations,
  sandbox,
  type,
  until,
} from '../../../../test/browser/widget-testing.js';
import './define.js';
import type { LcStarNomination } from './star-nomination.js';

/** The seed's clock: this year's campaign is open from 2026-04-20 to 2026-06-21. */
const SEED_NOW = new Date('2026-05-10T09:00:00+08:00');
const UNREACHABLE_API = 'http://127.0.0.1:9';

let draftCounter = 0;
const uniqueDraftId = () => `test-${Date.now()}-${++draftCounter}`;

async function mount(options: { draftId?: string; locale?: string; senior?: boolean; now?: Date } = {}) {
  const element = await fixture<LcStarNomination>(
    html`<lc-star-nomination
      api-base=${sandbox.url}
      publishable-key=${sandbox.publishableKey}
      draft-id=${options.draftId ?? uniqueDraftId()}
      locale=${options.locale ?? 'zh-CN'}
      ?senior=${options.senior ?? false}
      .now=${options.now ?? SEED_NOW}
    ></lc-star-nomination>`,
  );
  await until(() => element.shadowRoot!.querySelector('form, [part~=state]:not([aria-busy])'));
  return element;
}

const stepHeading = (element: LcStarNomination) => $(element, '#step-heading')?.textContent ?? '';

async function next(element: LcStarNomination) {
  await click(element, '[part~=next]');
}

const DEEDS =
  '退休后坚持每天到社区学院学习书法和智能手机应用，十年来从未间断。' +
  '她把学到的知识整理成通俗易懂的讲义，组建“银龄学习小组”，每周二、四下午带领社区老人一起学习，' +
  '先后帮助三百多位老年人学会了视频通话、网上挂号和防范电信诈骗。';

async function fillNominee(element: LcStarNomination, name = '李秀英') {
  await type(element, 'nomineeName', name);
  await click(element, "input[name='sex'][value='female']");
  await type(element, 'birthYear', '1956');
  await type(element, 'nomineeMobile', '13912345678');
  const select = $<HTMLSelectElement>(element, "select[name='divisionCode']")!;
  select.value = '110108';
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await click(element, "input[name='group'][value='senior']");
}

async function fillStory(element: LcStarNomination, deeds = DEEDS.repeat(3)) {
  await type(element, 'summary', '十年坚持学习，带动三百多位老人跨越数字鸿沟。');
  await type(element, 'deeds', deeds);
  await type(element, 'honours', '2024年 海淀区优秀志愿者\n2025年 社区学习带头人');
}

async function fillRecommender(element: LcStarNomination) {
  await type(element, 'institutionName', '海淀区社区学院');
  await type(element, 'contactName', '王老师');
  await type(element, 'contactMobile', '13800001111');
}

/** A photo drawn on a canvas: `noise` fills it with random pixels, so a PNG of it is large. */
async function canvasPhoto(
  width: number,
  height: number,
  options: { type?: string; noise?: boolean; name?: string } = {},
) {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  if (options.noise) {
    const image = context.createImageData(width, height);
    crypto.getRandomValues(image.data.subarray(0, 65536));
    for (let i = 65536; i < image.data.length; i += 65536) {
      crypto.getRandomValues(image.data.subarray(i, Math.min(i + 65536, image.data.length)));
    }
    for (let i = 3; i < image.data.length; i += 4) image.data[i] = 255;
    context.putImageData(image, 0, 0);
  } else {
    context.fillStyle = '#2f7d5b';
    context.fillRect(0, 0, width, height);
    context.fillStyle = '#f2c14e';
    context.fillRect(width / 4, height / 4, width / 2, height / 2);
  }
  const blob = await canvas.convertToBlob({ type: options.type ?? 'image/png' });
  return new File([blob], options.name ?? 'photo.png', { type: blob.type });
}

async function choosePhotos(element: LcStarNomination, files: File[]) {
  const input = $<HTMLInputElement>(element, 'input[type=file]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
  await until(() => !$(element, '.photo-status p:not(.error)'), 'the photos are read', 20000);
  await element.updateComplete;
}

async function describePhoto(
  element: LcStarNomination,
  index: number,
  caption = '银龄学习小组在社区学院上课',
) {
  await type(element, `photos.${index}.caption`, caption);
  await type(element, `photos.${index}.photographer`, '张摄影');
  await type(element, `photos.${index}.copyrightHolder`, '海淀区社区学院');
  const licence = $<HTMLSelectElement>(element, `select[name='photos.${index}.licence']`)!;
  licence.value = 'CC-BY-4.0';
  licence.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await click(element, `input[name='photos.${index}.publicityConsent']`);
}

async function fillToReview(element: LcStarNomination, nomineeName?: string) {
  await fillNominee(element, nomineeName);
  await next(element);
  await fillStory(element);
  await next(element);
  await fillRecommender(element);
  await next(element);
  await choosePhotos(element, [await canvasPhoto(320, 240)]);
  await describePhoto(element, 0);
  await next(element);
  expect(stepHeading(element)).to.contain('核对并提交');
  await click(element, "input[name='privacyNotice']");
}

async function stored(id: string): Promise<Nomination> {
  const response = await fetch(`/__sandbox/v1/nominations/${id}`);
  expect(response.status, await response.clone().text()).to.equal(200);
  return (await response.json()) as Nomination;
}

async function completion(element: LcStarNomination) {
  return new Promise<Nomination>((resolve) =>
    element.addEventListener('lc-nomination-complete', (event) => resolve(event.detail.nomination), {
      once: true,
    }),
  );
}

describe('<lc-star-nomination>', () => {
  it('submits a full nomination that the sandbox stores, and shows its reference', async () => {
    const element = await mount();
    expect($(element, '#title')!.textContent).to.contain('百姓学习之星');
    await fillToReview(element, '李秀英');
    const done = completion(element);
    await click(element, '[part~=submit]');
    const nomination = await done;
    await until(() => $(element, '[part~=reference]'));
    expect($(element, '[part~=reference]')!.textContent!.trim()).to.equal(nomination.reference);
    expect(nomination.reference).to.match(/^BXS-2026-\d{6}$/);

    const kept = await stored(nomination.id);
    expect(kept.nominee).to.include({
      name: '李秀英',
      sex: 'female',
      birthYear: 1956,
      divisionCode: '110108',
    });
    expect(kept.nominee.group).to.equal('senior');
    expect(kept.nominee.mobileMasked).to.equal('139****5678');
    expect(kept.story.deeds).to.equal(DEEDS.repeat(3));
    expect(kept.story.honours).to.deep.equal(['2024年 海淀区优秀志愿者', '2025年 社区学习带头人']);
    expect(kept.recommender).to.include({ institutionName: '海淀区社区学院', contactName: '王老师' });
    expect(kept.media).to.have.length(1);
    expect(kept.media[0]).to.include({ caption: '银龄学习小组在社区学院上课', licence: 'CC-BY-4.0' });
    const photo = await fetch(`${sandbox.url}/v1/media/${kept.media[0]!.mediaId}`, {
      headers: { authorization: `Bearer ${sandbox.publishableKey}` },
    });
    expect(photo.headers.get('content-type')).to.equal('image/png');
  });

  it('restores the draft after a reload mid-form, with names and mobiles never stored in plain text', async () => {
    const draftId = uniqueDraftId();
    const first = await mount({ draftId });
    await fillNominee(first, '赵春兰');
    await next(first);
    await type(first, 'summary', '社区读书会的组织者');
    await type(first, 'deeds', '她每周组织读书会。');
    const key = `lc-star-nomination:${draftId}`;
    // The page is hidden (a reload, a closed tab): the draft is written at once, identifiers sealed.
    await until(() => localStorage.getItem(key)?.includes('"sealed":{') && true);
    window.dispatchEvent(new Event('pagehide'));
    const raw = localStorage.getItem(key)!;
    expect(raw).to.contain('她每周组织读书会。');
    expect(raw).not.to.contain('13912345678');
    expect(raw).not.to.contain('赵春兰');
    first.remove();

    const second = await mount({ draftId });
    expect(stepHeading(second)).to.contain('学习事迹');
    expect($<HTMLTextAreaElement>(second, "[name='deeds']")!.value).to.equal('她每周组织读书会。');
    expect($(second, '#draft-status')!.textContent).to.contain('已恢复');
    await click(second, '[part~=back]');
    expect($<HTMLInputElement>(second, "[name='nomineeName']")!.value).to.equal('赵春兰');
    expect($<HTMLInputElement>(second, "[name='nomineeMobile']")!.value).to.equal('13912345678');
    expect($<HTMLSelectElement>(second, "[name='divisionCode']")!.value).to.equal('110108');
    expect($<HTMLInputElement>(second, "input[name='group']:checked")!.value).to.equal('senior');
  });

  it('discards the draft after asking, in place', async () => {
    const draftId = uniqueDraftId();
    const element = await mount({ draftId });
    await type(element, 'nomineeName', '钱多多');
    await until(() => localStorage.getItem(`lc-star-nomination:${draftId}`));
    await click(element, '#discard');
    expect(element.shadowRoot!.activeElement?.id).to.equal('discard-no');
    await click(element, '#discard-yes');
    expect(localStorage.getItem(`lc-star-nomination:${draftId}`)).to.equal(null);
    expect($<HTMLInputElement>(element, "[name='nomineeName']")!.value).to.equal('');
    expect($(element, '#draft-status')!.textContent).to.contain('草稿已清除');
  });

  it('refuses a wrong-type or oversize photo with a message, and downscales one over the limit', async () => {
    const element = await mount();
    await fillNominee(element);
    await next(element);
    await fillStory(element);
    await next(element);
    await fillRecommender(element);
    await next(element);
    const gif = new File([new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61])], 'animation.gif', {
      type: 'image/gif',
    });
    const huge = new File([new Uint8Array(41 * 1024 * 1024)], 'huge.png', { type: 'image/png' });
    await choosePhotos(element, [gif, huge]);
    const refusals = [...element.shadowRoot!.querySelectorAll('.photo-status .error')].map(
      (p) => p.textContent,
    );
    expect(refusals).to.have.length(2);
    expect(refusals[0]).to.contain('“animation.gif”的格式不能上传');
    expect(refusals[1]).to.contain('“huge.png”太大（41.0 MB）');
    expect(element.shadowRoot!.querySelectorAll('[part~=photo]')).to.have.length(0);

    // A 6.5-megapixel photo of noise is a PNG far over the 5 MB limit: reduced to a JPEG that fits.
    const big = await canvasPhoto(2600, 2500, { noise: true, name: 'big.png' });
    expect(big.size).to.be.greaterThan(5 * 1024 * 1024);
    await choosePhotos(element, [big]);
    expect(element.shadowRoot!.querySelectorAll('[part~=photo]')).to.have.length(1);
    expect($(element, '[part~=photo]')!.textContent).to.contain('已从');
    await describePhoto(element, 0);
    await next(element);
    await click(element, "input[name='privacyNotice']");
    const done = completion(element);
    await click(element, '[part~=submit]');
    const kept = await stored((await done).id);
    const photo = await fetch(`${sandbox.url}/v1/media/${kept.media[0]!.mediaId}`, {
      headers: { authorization: `Bearer ${sandbox.publishableKey}` },
    });
    expect(photo.headers.get('content-type')).to.equal('image/jpeg');
    expect((await photo.arrayBuffer()).byteLength).to.be.at.most(5 * 1024 * 1024);
  });

  it('keeps photos with their previews in the draft, and asks for one when the last is removed', async () => {
    const draftId = uniqueDraftId();
    const first = await mount({ draftId });
    await fillNominee(first);
    await next(first);
    await fillStory(first);
    await next(first);
    await fillRecommender(first);
    await next(first);
    await choosePhotos(first, [await canvasPhoto(300, 200)]);
    await type(first, 'photos.0.caption', '读书会合影');
    window.dispatchEvent(new Event('pagehide'));
    first.remove();

    const second = await mount({ draftId });
    expect(stepHeading(second)).to.contain('照片');
    expect($<HTMLInputElement>(second, "[name='photos.0.caption']")!.value).to.equal('读书会合影');
    const preview = await until(() => $<HTMLCanvasElement>(second, 'canvas.preview[data-drawn]'));
    await until(() => preview.width === 240); // the stored 240 px preview, drawn again (a blank canvas is 300)
    expect(preview.getAttribute('aria-label')).to.equal('读书会合影');
    await click(second, '[part~=photo] .remove');
    expect(second.shadowRoot!.querySelectorAll('[part~=photo]')).to.have.length(0);
    expect(second.shadowRoot!.activeElement?.id).to.equal('f-photos');
    await next(second);
    expect($(second, '#error-summary')!.textContent).to.contain('请至少上传 1 张照片');
  });

  it('blocks deeds over the limit, with the count shown beside the field and in the summary', async () => {
    const element = await mount();
    await fillNominee(element);
    await next(element);
    await type(element, 'summary', '简介');
    await type(element, 'deeds', '学'.repeat(1532));
    const counter = $(element, '#deeds-count')!.textContent!.replace(/\s+/g, ' ');
    expect(counter).to.contain('1532 / 1500 字');
    expect(counter).to.contain('已超出 32 字');
    await next(element);
    expect(stepHeading(element)).to.contain('学习事迹');
    expect(element.shadowRoot!.activeElement?.id).to.equal('error-summary');
    expect($(element, '#error-summary')!.textContent).to.contain('主要事迹不能超过 1500 字，现在多了 32 字');
    expect($(element, '#f-deeds-error')!.textContent).to.contain('多了 32 字');
    expect($(element, '#f-deeds')!.getAttribute('aria-describedby')).to.contain('deeds-count');
    // Nothing typed is lost; shortening it clears the message at once.
    await type(element, 'deeds', '学'.repeat(1500));
    expect($(element, '#f-deeds-error')).to.equal(null);
    await next(element);
    expect(stepHeading(element)).to.contain('推荐单位');
  });

  it('after an offline submit, keeps everything and a retry makes exactly one nomination', async () => {
    const campaigns = await (await fetch('/__sandbox/v1/nomination-campaigns?status=open')).json();
    const campaignId = (campaigns as { data: { id: string }[] }).data[0]!.id;
    /** A nomination made directly: its reference tells how many the campaign has. */
    const probe = async () => {
      const response = await fetch('/__sandbox/v1/nominations', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify({
          campaignId,
          nominee: {
            name: '探针',
            sex: 'male',
            birthYear: 1970,
            mobile: '13700000000',
            divisionCode: '110101',
            group: 'other',
          },
          story: { summary: '计数用', deeds: '计'.repeat(300), honours: [] },
          recommender: { institutionName: '测试单位', contactName: '测试', contactMobile: '13700000001' },
          media: [],
          consents: { privacyNotice: true, publicity: false },
        }),
      });
      expect(response.status, await response.clone().text()).to.equal(201);
      return Number(((await response.json()) as Nomination).reference.slice(-6));
    };
    const provider = await fixture<HTMLElement>(
      html`<lc-provider api-base=${sandbox.url} publishable-key=${sandbox.publishableKey}>
        <lc-star-nomination draft-id=${uniqueDraftId()} .now=${SEED_NOW}></lc-star-nomination>
      </lc-provider>`,
    );
    const element = provider.querySelector('lc-star-nomination')!;
    await until(() => $(element, 'form'));
    await fillToReview(element, '孙离线');
    const before = await probe();

    provider.setAttribute('api-base', UNREACHABLE_API);
    await click(element, '[part~=submit]');
    await until(() => $(element, '#retry'), 'the retry button', 15000);
    expect($(element, '[part~=alert]')!.textContent).to.contain('网络连接中断');
    expect($(element, '[part~=alert]')!.getAttribute('role')).to.equal('alert');
    expect($(element, '.review-section')!.textContent).to.contain('孙离线');
    expect($<HTMLInputElement>(element, "[name='privacyNotice']")!.checked).to.equal(true);

    provider.setAttribute('api-base', sandbox.url);
    const done = completion(element);
    $(element, '#retry')!.click();
    $(element, '#retry')?.click(); // a double click sends nothing more
    const nomination = await done;
    const after = await probe();
    expect(Number(nomination.reference.slice(-6))).to.equal(before + 1);
    expect(after).to.equal(before + 2);
    expect((await stored(nomination.id)).nominee.name).to.equal('孙离线');
  });

  it('stores and shows markup typed into text fields as text', async () => {
    const markup = '<img src=x onerror="window.__pwned=1">';
    const element = await mount();
    await fillNominee(element, markup);
    await next(element);
    await fillStory(element, `<script>window.__pwned=1</script><b>粗体</b>${DEEDS.repeat(3)}`);
    await next(element);
    await fillRecommender(element);
    await next(element);
    await choosePhotos(element, [await canvasPhoto(200, 200)]);
    await describePhoto(element, 0, '<i>说明</i>');
    await next(element);
    await click(element, "input[name='privacyNotice']");
    const review = $(element, '[part~=form]')!;
    expect(review.querySelector('img, script, b, i')).to.equal(null);
    expect(review.textContent).to.contain(markup);
    expect(review.textContent).to.contain('<b>粗体</b>');
    const done = completion(element);
    await click(element, '[part~=submit]');
    const kept = await stored((await done).id);
    expect(kept.nominee.name).to.equal(markup);
    expect(kept.story.deeds.startsWith('<script>window.__pwned=1</script><b>粗体</b>')).to.equal(true);
    expect(kept.media[0]!.caption).to.equal('<i>说明</i>');
    await until(() => $(element, '[part~=result]'));
    expect($(element, '[part~=result]')!.textContent).to.contain(markup);
    expect($(element, '[part~=result] img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('has no axe violations on any step, the error summary or the result', async () => {
    const element = await mount();
    await expectNoAxeViolations(element);
    await next(element); // empty: the error summary
    expect($(element, '#error-summary')).to.not.equal(null);
    await expectNoAxeViolations(element);
    await fillNominee(element);
    await next(element);
    await fillStory(element);
    await expectNoAxeViolations(element);
    await next(element);
    await expectNoAxeViolations(element);
    await fillRecommender(element);
    await next(element);
    await choosePhotos(element, [await canvasPhoto(240, 180)]);
    await next(element); // photo details missing: errors on the photo
    await expectNoAxeViolations(element);
    await describePhoto(element, 0);
    await next(element);
    await expectNoAxeViolations(element);
    await click(element, "input[name='privacyNotice']");
    await click(element, '[part~=submit]');
    await until(() => $(element, '[part~=result]'));
    await expectNoAxeViolations(element);
  });

  it('has no axe violations in senior mode and in English', async () => {
    const senior = await mount({ senior: true });
    await next(senior);
    await expectNoAxeViolations(senior);
    expect(parseFloat(getComputedStyle($(senior, 'input')!).fontSize)).to.be.at.least(18);
    expect($<HTMLElement>(senior, '[part~=next]')!.getBoundingClientRect().height).to.be.at.least(60);
    expect($<HTMLSelectElement>(senior, 'select')!.size).to.be.greaterThan(1); // a list box, no pop-up
    // The error summary's links to the fields at fault are full-size targets too.
    await until(() => $$(senior, '#error-summary a').length > 0);
    for (const link of $$(senior, '#error-summary a'))
      expect(link.getBoundingClientRect().height, link.textContent!).to.be.at.least(60);
    const english = await mount({ locale: 'en' });
    expect(stepHeading(english)).to.contain('Nominee');
    await next(english);
    expect($(english, '#error-summary')!.textContent).to.contain('Enter the name');
    await expectNoAxeViolations(english);
  });

  it('can be filled in with the keyboard alone, the error summary linking to each field', async () => {
    const element = await mount();
    $<HTMLInputElement>(element, "[name='nomineeName']")!.focus();
    await sendKeys({ type: '周文' });
    await sendKeys({ press: 'Enter' }); // submits the step: the summary takes the focus
    await element.updateComplete;
    expect(element.shadowRoot!.activeElement?.id).to.equal('error-summary');
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement?.textContent).to.contain('性别');
    await sendKeys({ press: 'Enter' });
    expect(element.shadowRoot!.activeElement?.getAttribute('name')).to.equal('sex');
    await sendKeys({ press: 'ArrowDown' }); // radios: arrows choose
    await element.updateComplete;
    expect($<HTMLInputElement>(element, "input[name='sex']:checked")).to.not.equal(null);
    expect($<HTMLInputElement>(element, "[name='nomineeName']")!.value).to.equal('周文');
  });

  it('says plainly when the deadline has passed or no campaign can be loaded', async () => {
    const closed = await mount({ now: new Date('2026-07-01T09:00:00+08:00') });
    expect($(closed, '[part~=state]')!.textContent).to.match(/已于 .* 截止，不再接受推荐/);
    expect($(closed, 'form')).to.equal(null);
    await expectNoAxeViolations(closed);
    const offline = await fixture<LcStarNomination>(
      html`<lc-star-nomination
        api-base=${UNREACHABLE_API}
        publishable-key=${sandbox.publishableKey}
        .now=${SEED_NOW}
      ></lc-star-nomination>`,
    );
    await until(() => $(offline, '[part~=alert]'), 'the connection alert', 15000);
    expect($(offline, '[part~=alert]')!.textContent).to.contain('网络连接中断');
    expect($(offline, '.actions button')!.textContent).to.contain('重新加载');
  });

  it('is a form control inside a page form: invalid until submitted, then its value is the reference', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <lc-star-nomination
          name="nomination"
          required
          api-base=${sandbox.url}
          publishable-key=${sandbox.publishableKey}
          draft-id=${uniqueDraftId()}
          .now=${SEED_NOW}
        ></lc-star-nomination>
      </form>`,
    );
    const element = form.querySelector('lc-star-nomination')!;
    await until(() => $(element, 'form'));
    expect(element.form).to.equal(form);
    expect(form.checkValidity()).to.equal(false);
    expect(element.validationMessage).to.contain('请先提交');
    await fillToReview(element);
    const done = completion(element);
    await click(element, '[part~=submit]');
    const nomination = await done;
    await element.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    expect(new FormData(form).get('nomination')).to.equal(nomination.reference);
  });
});
