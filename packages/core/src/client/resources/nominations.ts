// 百姓学习之星 nominations: photo uploads and the nomination itself (campaigns: nomination-campaigns.ts).
import { Media, Nomination, type MediaUpload, type NominationCreate } from '../../models/nomination.js';
import type { RequestOptions, Transport } from '../transport.js';

export { nominationCampaigns, type NominationCampaignsResource } from './nomination-campaigns.js';

/**
 * Nominations (推荐). `create` is idempotent: keep the key with the draft and a retry never doubles it.
 * @example
 * const nomination = await nominations(transport).create(body, { idempotencyKey: draft.key });
 * show(nomination.reference);
 */
export function nominations(transport: Transport) {
  return {
    create(body: NominationCreate, options?: RequestOptions): Promise<Nomination> {
      return transport.request({ method: 'POST', path: '/nominations', body, schema: Nomination, options });
    },
    /** Reads one nomination (secret key: nominations hold personal data). */
    get(id: string, options?: RequestOptions): Promise<Nomination> {
      return transport.request({
        method: 'GET',
        path: `/nominations/${encodeURIComponent(id)}`,
        schema: Nomination,
        options,
      });
    },
    /** Uploads one photo; attach its `id` as a nomination's `media[].mediaId`. */
    uploadMedia(body: MediaUpload, options?: RequestOptions): Promise<Media> {
      return transport.request({ method: 'POST', path: '/media', body, schema: Media, options });
    },
  };
}
export type NominationsResource = ReturnType<typeof nominations>;
