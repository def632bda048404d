// 百姓学习之星 nomination campaigns: what a nomination form reads first (apart from nominations.ts, so a
// bundler can keep sending code out of a form's first screen).
import { listPage } from '../../models/list.js';
import { type CampaignListParams, NominationCampaign } from '../../models/nomination-campaign.js';
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
