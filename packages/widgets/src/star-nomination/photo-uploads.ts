// Adding chosen files as photos: checked, read, downscaled when over the limit, uploaded, or refused in words.
import { ValidationError, type CampaignLimits, type Media, type MediaUpload } from '@learning-city/core';
import type { Locale } from '../shared/locale.js';
import { message, type MessageKey } from './messages.js';
import type { PhotoEntry } from './nomination-form.js';
import { checkPhotoFile, PhotoError, photoBase64, preparePhoto } from './photo.js';
import { formatBytes, typeList } from './photos-step.js';

export interface PhotoUploadContext {
  limits: CampaignLimits;
  locale: Locale;
  /** How many photos the form has now. */
  count(): number;
  upload(body: MediaUpload): Promise<Media>;
  /** A photo is uploaded: add it to the form. */
  onPhoto(photo: PhotoEntry): void;
}

/** Adds `files` one by one; answers why each refused file was refused. */
export async function addPhotoFiles(files: readonly File[], ctx: PhotoUploadContext): Promise<string[]> {
  const { limits } = ctx;
  const refusals: string[] = [];
  const refuse = (key: MessageKey, file: File) =>
    refusals.push(
      message(ctx.locale, key, {
        name: file.name,
        size: formatBytes(file.size),
        max: key === 'photo.tooMany' ? limits.photosMax : formatBytes(limits.photoMaxBytes),
        types: typeList(ctx.locale, limits.photoTypes),
      }),
    );
  for (const file of files) {
    const verdict = checkPhotoFile(file, limits, ctx.count());
    if (!verdict.ok) {
      refuse(`photo.${verdict.reason}`, file);
      if (verdict.reason === 'tooMany') break;
      continue;
    }
    try {
      const prepared = await preparePhoto(file, limits.photoMaxBytes);
      const fileName = file.name.trim().slice(0, 200);
      const media = await ctx.upload({
        contentType: prepared.contentType,
        data: await photoBase64(prepared.blob),
        ...(fileName ? { fileName } : {}),
      });
      ctx.onPhoto({
        mediaId: media.id,
        fileName: file.name,
        contentType: media.contentType,
        bytes: media.bytes,
        width: media.width ?? prepared.width,
        height: media.height ?? prepared.height,
        ...(prepared.originalBytes ? { originalBytes: prepared.originalBytes } : {}),
        thumbnail: prepared.thumbnail,
        caption: '',
        photographer: '',
        copyrightHolder: '',
        licence: '',
        publicityConsent: false,
      });
    } catch (error) {
      if (error instanceof PhotoError) refuse(`photo.${error.reason}`, file);
      else if (error instanceof ValidationError) {
        // The platform checks type, bytes and size again against the campaign.
        const issue = error.issues[0];
        const reason =
          issue?.path === 'contentType' ? 'type' : issue?.code === 'too_big' ? 'tooLarge' : 'unreadable';
        refuse(`photo.${reason}`, file);
      } else refuse('photo.upload', file);
    }
  }
  return refusals;
}
