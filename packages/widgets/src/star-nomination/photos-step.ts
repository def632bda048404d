// The photos step: the chooser (type and size told up front), each photo's preview, caption and rights.
import { MEDIA_LICENCES, type CampaignLimits } from '@learning-city/core';
import { html, nothing } from 'lit';
import type { Locale } from '../shared/locale.js';
import { controlId, errorText, selectField, textField, type FieldContext } from './fields.js';
import { message, type MessageKey } from './messages.js';
import type { MediaLicence, PhotoEntry, PhotoField } from './nomination-form.js';
import { checkboxField } from './steps.js';

/** `1.2 MB`, `350 KB`. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** A photo's licence, in words. */
export const licenceLabel = (locale: Locale, licence: MediaLicence) => message(locale, `licence.${licence}`);

export interface PhotosView {
  ctx: FieldContext;
  photos: readonly PhotoEntry[];
  limits: CampaignLimits;
  /** Photos being read and uploaded. */
  busy: boolean;
  /** Why chosen files were refused, in words. */
  refusals: readonly string[];
  onRemove(index: number): void;
}

/** `JPEG、PNG、WEBP` / `JPEG, PNG, WEBP`. */
export function typeList(locale: FieldContext['locale'], types: readonly string[]): string {
  return types.map((type) => type.replace('image/', '').toUpperCase()).join(locale === 'en' ? ', ' : '、');
}

function photoCard(view: PhotosView, photo: PhotoEntry, index: number) {
  const { ctx } = view;
  const t = (key: MessageKey, params?: Record<string, string | number>) => message(ctx.locale, key, params);
  const key = (field: PhotoField) => `photos.${index}.${field}` as const;
  const label = t('photoLabel', { n: index + 1 });
  return html`<li class="photo" part="photo">
    <fieldset class="group">
      <legend>${label}</legend>
      <div class="photo-head">
        <canvas
          class="preview"
          role="img"
          aria-label=${photo.caption.trim() || label}
          data-media=${photo.mediaId}
          data-thumbnail-index=${index}
        ></canvas>
        <div>
          <p class="file-name">${photo.fileName}</p>
          <p class="hint">
            ${t('photoSize', { width: photo.width, height: photo.height, size: formatBytes(photo.bytes) })}
          </p>
          ${
            photo.originalBytes
              ? html`<p class="hint">
                  ${t('reduced', { from: formatBytes(photo.originalBytes), to: formatBytes(photo.bytes) })}
                </p>`
              : nothing
          }
          <button type="button" class="remove" @click=${() => view.onRemove(index)}>
            ${t('removePhoto', { n: index + 1 })}
          </button>
        </div>
      </div>
      ${textField(ctx, key('caption'), { label: t('caption'), value: photo.caption })}
      ${textField(ctx, key('photographer'), { label: t('photographer'), value: photo.photographer })}
      ${textField(ctx, key('copyrightHolder'), { label: t('copyrightHolder'), value: photo.copyrightHolder })}
      ${selectField(
        ctx,
        key('licence'),
        t('licence'),
        photo.licence,
        [
          {
            options: MEDIA_LICENCES.map((licence) => ({
              value: licence,
              label: licenceLabel(ctx.locale, licence),
            })),
          },
        ],
        t('choose'),
      )}
      ${checkboxField(ctx, key('publicityConsent'), t('photoConsent'), photo.publicityConsent)}
    </fieldset>
  </li>`;
}

export function photosStep(view: PhotosView) {
  const { ctx, limits, photos } = view;
  const t = (key: MessageKey, params?: Record<string, string | number>) => message(ctx.locale, key, params);
  const full = photos.length >= limits.photosMax;
  const chooserLabel = t('choosePhoto');
  return html`<p id="photos-intro">
      ${t('photosIntro', {
        max: limits.photosMax,
        size: formatBytes(limits.photoMaxBytes),
        types: typeList(ctx.locale, limits.photoTypes),
      })}
    </p>
    ${
      photos.length > 0
        ? html`<ol class="photos" part="photos">
            ${photos.map((photo, index) => photoCard(view, photo, index))}
          </ol>`
        : nothing
    }
    <div class="field chooser" part="field">
      <label for=${controlId('photos')}>${chooserLabel}</label>
      <input
        id=${controlId('photos')}
        name="photo-file"
        type="file"
        accept=${limits.photoTypes.join(',')}
        multiple
        aria-describedby=${['photos-intro', ...(ctx.errors.photos ? [`${controlId('photos')}-error`] : [])].join(' ')}
        aria-invalid=${ctx.errors.photos ? 'true' : 'false'}
        aria-disabled=${view.busy || full ? 'true' : 'false'}
        ?disabled=${full}
      />
      ${errorText(ctx, 'photos', chooserLabel)}
    </div>
    <div class="photo-status" role="status">
      ${view.busy ? html`<p>${t('uploading')}</p>` : nothing}
      ${view.refusals.map((refusal) => html`<p class="error">${refusal}</p>`)}
    </div>`;
}
