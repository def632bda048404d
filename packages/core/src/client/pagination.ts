// List results: `await` one page, `for await` every item across pages, or walk `.pages()`.
import type { ListPage } from '../models/list.js';

/**
 * What a list call returns.
 * @example
 * const first = await client.courses.list({ q: '太极' });          // one page
 * for await (const course of client.courses.list({ category: ['health'] })) { … } // every course
 * for await (const page of client.courses.list().pages()) { … }    // page by page
 */
export class PagedList<T> implements PromiseLike<ListPage<T>>, AsyncIterable<T> {
  #first: Promise<ListPage<T>> | undefined;
  readonly #fetchPage: (cursor: string | undefined) => Promise<ListPage<T>>;
  readonly #cursor: string | undefined;

  constructor(fetchPage: (cursor: string | undefined) => Promise<ListPage<T>>, cursor?: string) {
    this.#fetchPage = fetchPage;
    this.#cursor = cursor;
  }

  #firstPage(): Promise<ListPage<T>> {
    this.#first ??= this.#fetchPage(this.#cursor);
    return this.#first;
  }

  then<R1 = ListPage<T>, R2 = never>(
    onFulfilled?: ((page: ListPage<T>) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#firstPage().then(onFulfilled, onRejected);
  }

  /** Every page in turn, following `nextCursor` until it is `null`. */
  async *pages(): AsyncGenerator<ListPage<T>, void, undefined> {
    let page = await this.#firstPage();
    yield page;
    while (page.nextCursor !== null) {
      page = await this.#fetchPage(page.nextCursor);
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.data;
  }
}
