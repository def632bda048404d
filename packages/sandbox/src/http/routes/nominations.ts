// 百姓学习之星: campaigns, photo uploads and nominations.
import {
  listPage,
  Media,
  MediaUpload,
  Nomination,
  NominationCampaign,
  NominationCreate,
  PageParams,
  toFieldIssues,
} from '@learning-city/core';
import { Hono } from 'hono';
import type { SandboxContext } from '../../context.js';
import {
  createNomination,
  getNomination,
  listCampaigns,
  mediaBytes,
  uploadMedia,
} from '../../store/nominations.js';
import { requireKey } from '../auth.js';
import type { AppEnv } from '../env.js';
import { idempotent } from '../idempotency.js';
import { validationFailed } from '../problem.js';
import { parseBody, parseQuery, send } from '../validation.js';

const CampaignPage = listPage(NominationCampaign);

/** `GET /nomination-campaigns` (publishable key), filter `status`. */
export function campaignRoutes(sandbox: SandboxContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', requireKey(sandbox, 'publishable'), async (c) => {
    const paging = parseQuery(c, PageParams);
    const status = c.req.query('status');
    const query = {
      ...paging,
      status: status === undefined ? undefined : checkStatus(status),
    };
    return send(c, 200, CampaignPage, await listCampaigns(sandbox.db, query));
  });
  return app;
}

/** The `status` filter, checked with the campaign model's own enum. */
function checkStatus(value: string): NominationCampaign['status'] {
  const parsed = NominationCampaign.shape.status.safeParse(value);
  if (parsed.success) return parsed.data;
  throw validationFailed(toFieldIssues(parsed.error.issues).map((item) => ({ ...item, path: 'status' })));
}

/** `POST /media` and `GET /media/{id}` (publishable key). */
export function mediaRoutes(sandbox: SandboxContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.use('*', requireKey(sandbox, 'publishable'));
  app.post('/', idempotent(sandbox), async (c) =>
    send(c, 201, Media, await uploadMedia(sandbox.db, await parseBody(c, MediaUpload))),
  );
  app.get('/:id', async (c) => {
    const media = await mediaBytes(sandbox.db, c.req.param('id'));
    return c.body(new Uint8Array(media.data), 200, {
      'content-type': media.contentType,
      'cache-control': 'private, max-age=3600',
    });
  });
  return app;
}

/** `POST /nominations` (publishable key) and `GET /nominations/{id}` (secret key). */
export function nominationRoutes(sandbox: SandboxContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/', requireKey(sandbox, 'publishable'), idempotent(sandbox), async (c) =>
    send(c, 201, Nomination, await createNomination(sandbox, await parseBody(c, NominationCreate))),
  );
  app.get('/:id', requireKey(sandbox, 'secret'), async (c) =>
    send(c, 200, Nomination, await getNomination(sandbox.db, c.req.param('id'))),
  );
  return app;
}
