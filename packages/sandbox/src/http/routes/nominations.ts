// 百姓学习之星: campaigns, photo uploads and nominations.
import {
  listPage,
  Media,
  MediaUpload,
  Nomination,
  NominationCampaign,
  NominationCreate,
  CampaignListParams,
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
import { parseBody, parseQuery, send } from '../validation.js';

const CampaignPage = listPage(NominationCampaign);

/** `GET /nomination-campaigns` (publishable key), filter `status`. */
export function campaignRoutes(sandbox: SandboxContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', requireKey(sandbox, 'publishable'), async (c) => {
    const query = parseQuery(c, CampaignListParams);
    return send(c, 200, CampaignPage, await listCampaigns(sandbox.db, query));
  });
  return app;
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
