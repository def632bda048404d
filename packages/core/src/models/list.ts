// The cursor page every list endpoint answers: `{ data, nextCursor }`.
import * as z from 'zod/mini';

/** Largest `limit` a list endpoint accepts. */
export const MAX_PAGE_SIZE = 100;

/**
 * The schema of one page of `item`.
 * @example const CoursePage = listPage(Course);
 */
/* @__NO_SIDE_EFFECTS__ */
export function listPage<T extends z.ZodMiniType>(item: T) {
  return z.object({
    data: z.array(item),
    /** Pass as `cursor` to fetch the next page; `null` on the last page. */
    nextCursor: z.nullable(/* @__PURE__ */ z.string().check(z.maxLength(500))),
  });
}

export interface ListPage<T> {
  data: T[];
  nextCursor: string | null;
}

/** `limit` and `cursor`, accepted by every list endpoint. */
export const PageParams = /* @__PURE__ */ z.object({
  limit: z.optional(/* @__PURE__ */ z.int().check(z.gte(1), z.lte(MAX_PAGE_SIZE))),
  cursor: z.optional(/* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(500))),
});
export type PageParams = z.infer<typeof PageParams>;
