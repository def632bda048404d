// The first step's fields (the nominee), and what every step template reads.
import { NOMINEE_GROUPS, type CampaignLimits } from '@learning-city/core';
import { html } from 'lit';
import type { DistrictOption } from './districts.js';
import { choiceField, selectField, textField, type FieldContext } from './fields.js';
import type { NominationFormValues } from './nomination-form.js';
import { groupLabel, message, type MessageKey } from './messages.js';

/** What the step templates read. */
export interface StepView {
  ctx: FieldContext;
  values: NominationFormValues;
  limits: CampaignLimits;
  districts: readonly DistrictOption[];
}

export const t = (view: StepView, key: MessageKey, params?: Record<string, string | number>) =>
  message(view.ctx.locale, key, params);

export function nomineeStep(view: StepView) {
  const { ctx, values } = view;
  const en = ctx.locale === 'en';
  const cities = new Map<string, { value: string; label: string }[]>();
  for (const district of view.districts) {
    const city = (en ? district.cityEn : district.city) ?? '';
    const list = cities.get(city) ?? [];
    list.push({ value: district.code, label: (en ? district.nameEn : undefined) ?? district.name });
    cities.set(city, list);
  }
  return html`${textField(ctx, 'nomineeName', {
    label: t(view, 'nomineeName'),
    value: values.nomineeName,
  })}
  ${choiceField(ctx, 'sex', t(view, 'sex'), values.sex, [
    { value: 'female', label: t(view, 'sex.female') },
    { value: 'male', label: t(view, 'sex.male') },
  ])}
  ${textField(ctx, 'birthYear', {
    label: t(view, 'birthYear'),
    value: values.birthYear,
    inputmode: 'numeric',
    hints: [{ id: 'birthYear-hint', text: t(view, 'birthYearHint') }],
  })}
  ${textField(ctx, 'nomineeMobile', {
    label: t(view, 'nomineeMobile'),
    value: values.nomineeMobile,
    type: 'tel',
    inputmode: 'tel',
    hints: [{ id: 'nomineeMobile-hint', text: t(view, 'mobileHint') }],
  })}
  ${selectField(
    ctx,
    'divisionCode',
    t(view, 'divisionCode'),
    values.divisionCode,
    [...cities].map(([label, options]) => (label ? { label, options } : { options })),
    t(view, 'choose'),
  )}
  ${choiceField(
    ctx,
    'group',
    t(view, 'group'),
    values.group,
    NOMINEE_GROUPS.map((group) => ({ value: group, label: groupLabel(ctx.locale, group) })),
  )}`;
}
