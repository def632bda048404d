// Finding the campaign the form is for, and whether it takes nominations now.
import { nominationCampaigns, type NominationCampaign, type Transport } from '@learning-city/core';

/** Whether a campaign takes nominations at `nowMs`: the platform's status, then its dates on this clock. */
export function availability(campaign: NominationCampaign, nowMs: number): 'open' | 'closed' | 'upcoming' {
  if (campaign.status !== 'open') return campaign.status;
  if (nowMs >= Date.parse(campaign.closesAt)) return 'closed';
  return nowMs < Date.parse(campaign.opensAt) ? 'upcoming' : 'open';
}

/**
 * The campaign to show: the one named by `campaignId`, else the open one that closes first and is still open on
 * this clock, else the latest open one (to say that its deadline has passed). `null` when none is open.
 */
export async function findCampaign(
  transport: Transport,
  campaignId: string | undefined,
  nowMs: number,
): Promise<NominationCampaign | null> {
  const resource = nominationCampaigns(transport);
  if (campaignId) {
    for await (const campaign of resource.list({ limit: 100 }))
      if (campaign.id === campaignId) return campaign;
    return null;
  }
  const { data } = await resource.list({ status: 'open', limit: 100 });
  const open = data
    .filter((campaign) => availability(campaign, nowMs) === 'open')
    .sort((a, b) => Date.parse(a.closesAt) - Date.parse(b.closesAt));
  return open[0] ?? data[0] ?? null;
}
