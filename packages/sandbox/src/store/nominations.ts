// 百姓学习之星: campaigns, photo uploads checked against the open campaign, and nominations with references.
import {
  hashIdentity,
  maskMobile,
  normalizeMobile,
  type CampaignLimits,
  type FieldIssue,
  type Media,
  type MediaUpload,
  type Nomination,
  type NominationCampaign,
  type NominationCreate,
} from '@learning-city/core';
import type { SandboxContext } from '../context.js';
import type { Queryable } from '../db/database.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, page } from '../http/cursor.js';
import { HttpProblem, issue, notFound, validationFailed } from '../http/problem.js';
import { newId } from '../ids.js';
import { toTimestamp } from '../time.js';
import { inspectImage } from './image-size.js';
import { Params } from './sql.js';

/** Limits for uploads when no campaign is open. */
const DEFAULT_PHOTO_LIMITS = {
  photoMaxBytes: 10 * 1024 * 1024,
  photoTypes: ['image/jpeg', 'image/png', 'image/webp'],
};
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Campaigns, newest first, optionally only those `upcoming`, `open` or `closed`. */
export async function listCampaigns(
  db: Queryable,
  query: {
    limit?: number | undefined;
    cursor?: string | undefined;
    status?: NominationCampaign['status'] | undefined;
  },
) {
  const params = new Params();
  const limit = query.limit ?? DEFAULT_PAGE_SIZE;
  const where: string[] = [];
  if (query.status !== undefined) where.push(`status = ${params.add(query.status)}`);
  const after = decodeCursor(query.cursor, 'opens_at_desc', 2);
  if (after !== undefined) {
    where.push(`(opens_at, id) < (${params.add(after[0])}::timestamptz, ${params.add(after[1])}::text)`);
  }
  const rows = await db.query<{
    id: string;
    doc: NominationCampaign;
    status: NominationCampaign['status'];
    key: string;
  }>(
    `SELECT id, doc, status, to_char(opens_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS key
     FROM nomination_campaigns ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY opens_at DESC, id DESC LIMIT ${limit + 1}`,
    params.values,
  );
  return page(
    rows,
    limit,
    (row) => ({ ...row.doc, status: row.status }),
    (row) => encodeCursor('opens_at_desc', [row.key, row.id]),
  );
}

/** Stores a photo after checking its type, its bytes and its size against the open campaign's limits. */
export async function uploadMedia(db: Queryable, upload: MediaUpload): Promise<Media> {
  const [open] = await db.query<{ limits: CampaignLimits }>(
    `SELECT doc -> 'limits' AS limits FROM nomination_campaigns WHERE status = 'open' ORDER BY opens_at DESC LIMIT 1`,
  );
  const limits = open?.limits ?? DEFAULT_PHOTO_LIMITS;
  if (!limits.photoTypes.includes(upload.contentType)) {
    throw validationFailed([
      issue('contentType', 'type', `Photos must be one of ${limits.photoTypes.join(', ')}`),
    ]);
  }
  const base64 = upload.data.replace(/\s+/g, '');
  if (!BASE64.test(base64))
    throw validationFailed([issue('data', 'base64', 'Not base64 (without a data: prefix)')]);
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > limits.photoMaxBytes) {
    const mb = (limits.photoMaxBytes / 1024 / 1024).toFixed(1);
    throw validationFailed([issue('data', 'too_big', `The photo is larger than ${mb} MB`)]);
  }
  const image = inspectImage(bytes);
  if (image === undefined || image.type !== upload.contentType) {
    throw validationFailed([issue('data', 'type', `The bytes are not a ${upload.contentType} image`)]);
  }
  const [row] = await db.query<{ id: string; created_at: Date | string }>(
    `INSERT INTO media (id, content_type, data, bytes, width, height, file_name) VALUES ($1, $2, $3, $4, $5, $6, $7)
     RETURNING id, created_at`,
    [
      newId('media'),
      upload.contentType,
      bytes,
      bytes.length,
      image.width,
      image.height,
      upload.fileName ?? null,
    ],
  );
  if (row === undefined) throw new Error('INSERT … RETURNING answered no row');
  return {
    id: row.id,
    contentType: upload.contentType,
    bytes: bytes.length,
    width: image.width,
    height: image.height,
    createdAt: toTimestamp(row.created_at),
  };
}

/** A stored photo's bytes and type, or 404. */
export async function mediaBytes(
  db: Queryable,
  id: string,
): Promise<{ contentType: string; data: Uint8Array }> {
  const [row] = await db.query<{ content_type: string; data: Uint8Array }>(
    'SELECT content_type, data FROM media WHERE id = $1',
    [id],
  );
  if (row === undefined) throw notFound('media', id);
  return { contentType: row.content_type, data: row.data };
}

/** Characters as a person counts them (a surrogate pair such as 𠮷 is one). */
const chars = (text: string) => Array.from(text).length;

/** What the campaign's limits say about a nomination, as field issues. */
function limitIssues(body: NominationCreate, limits: CampaignLimits): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { summary, deeds, honours } = body.story;
  if (chars(summary) > limits.summaryMaxChars) {
    issues.push(issue('story.summary', 'too_big', `At most ${limits.summaryMaxChars} characters`));
  }
  if (chars(deeds) < limits.deedsMinChars) {
    issues.push(issue('story.deeds', 'too_small', `At least ${limits.deedsMinChars} characters`));
  }
  if (chars(deeds) > limits.deedsMaxChars) {
    issues.push(issue('story.deeds', 'too_big', `At most ${limits.deedsMaxChars} characters`));
  }
  if (honours.length > limits.honoursMax) {
    issues.push(issue('story.honours', 'too_big', `At most ${limits.honoursMax} honours`));
  }
  if (body.media.length > limits.photosMax)
    issues.push(issue('media', 'too_big', `At most ${limits.photosMax} photos`));
  return issues;
}

/** Submits a nomination to an open campaign; answers it with its reference, e.g. `BXS-2026-000001`. */
export async function createNomination(sandbox: SandboxContext, body: NominationCreate): Promise<Nomination> {
  const mobile = normalizeMobile(body.nominee.mobile) ?? body.nominee.mobile;
  const mobileHash = await hashIdentity(mobile, sandbox.salt);
  return sandbox.db.transaction(async (tx) => {
    const [campaign] = await tx.query<{ doc: NominationCampaign; status: string; year: number }>(
      'SELECT doc, status, year FROM nomination_campaigns WHERE id = $1 FOR UPDATE',
      [body.campaignId],
    );
    if (campaign === undefined) {
      throw validationFailed([issue('campaignId', 'not_found', `No nomination campaign ${body.campaignId}`)]);
    }
    if (campaign.status !== 'open') {
      const { opensAt, closesAt } = campaign.doc;
      throw new HttpProblem(
        409,
        'invalid_state',
        `The campaign is ${campaign.status}: nominations are accepted from ${opensAt} to ${closesAt}.`,
      );
    }
    const issues = limitIssues(body, campaign.doc.limits);
    const mediaIds = body.media.map((item) => item.mediaId);
    const found = new Set(
      (await tx.query<{ id: string }>('SELECT id FROM media WHERE id = ANY($1::text[])', [mediaIds])).map(
        (row) => row.id,
      ),
    );
    body.media.forEach((item, index) => {
      if (!found.has(item.mediaId)) {
        issues.push(
          issue(`media.${index}.mediaId`, 'not_found', 'Upload the photo with POST /v1/media first'),
        );
      } else if (mediaIds.indexOf(item.mediaId) !== index) {
        issues.push(issue(`media.${index}.mediaId`, 'duplicate', 'This photo is already attached'));
      }
    });
    if (issues.length > 0) throw validationFailed(issues);
    const [counter] = await tx.query<{ n: number }>(
      'UPDATE nomination_campaigns SET nomination_count = nomination_count + 1 WHERE id = $1 RETURNING nomination_count AS n',
      [body.campaignId],
    );
    const nomination: Nomination = {
      id: newId('nomination'),
      reference: `BXS-${campaign.year}-${String(counter?.n ?? 0).padStart(6, '0')}`,
      campaignId: body.campaignId,
      status: 'submitted',
      nominee: {
        name: body.nominee.name,
        sex: body.nominee.sex,
        birthYear: body.nominee.birthYear,
        mobileMasked: maskMobile(body.nominee.mobile),
        divisionCode: body.nominee.divisionCode,
        group: body.nominee.group,
      },
      story: body.story,
      recommender: {
        institutionName: body.recommender.institutionName,
        contactName: body.recommender.contactName,
        contactMobileMasked: maskMobile(body.recommender.contactMobile),
      },
      media: body.media,
      submittedAt: toTimestamp(new Date()),
    };
    await tx.query(
      `INSERT INTO nominations (id, campaign_id, reference, status, doc, mobile_hash, consents)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        nomination.id,
        nomination.campaignId,
        nomination.reference,
        nomination.status,
        JSON.stringify(nomination),
        mobileHash,
        JSON.stringify({ ...body.consents, recordedAt: nomination.submittedAt }),
      ],
    );
    return nomination;
  });
}

/** One nomination, or 404. */
export async function getNomination(db: Queryable, id: string): Promise<Nomination> {
  const [row] = await db.query<{ doc: Nomination; status: Nomination['status'] }>(
    'SELECT doc, status FROM nominations WHERE id = $1',
    [id],
  );
  if (row === undefined) throw notFound('nomination', id);
  return { ...row.doc, status: row.status };
}
