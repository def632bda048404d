// 百姓学习之星 nominations: open campaigns, photo uploads and the nomination itself.
import { listPage } from '../../models/list.js';
import {
  type CampaignListParams,
  Media,
  Nomination,
  NominationCampaign,
  type MediaUpload,
  type NominationCreate,
} from '../../models/nomination.js';
import { PagedList } from '../pagination.js';
import type { RequestOptions, Transport } from '../transport.js';

const CampaignPage = listPage(NominationCampaign);

/** Nomination campaigns. */
export function nominationCampaigns(transport: Transport) {
  return {
    list(params: CampaignListParams = {}, options?: RequestOptions) {
      return new PagedList<NominationCampaign>(
        (cursor) =>
          transport.request({
            method: 'GET',
            path: '/nomination-campaigns',
            query: { ...params, cursor },
            schema: CampaignPage,
            options,
          }),
        params.cursor,
      );
    },
  };
}
export type NominationCampaignsResource = ReturnType<typeof nominationCampaigns>;

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
