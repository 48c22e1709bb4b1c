// An answer the REST layer sends as it is: Marathon's status code and error body, thrown from the service so that
// each operation reads as its happy path.
export class ApiError extends Error {
  constructor(readonly status: number, readonly body: Readonly<Record<string, unknown>>) {
    super(typeof body.message === 'string' ? body.message : `HTTP ${status}`);
    this.name = 'ApiError';
  }

  static from(answer: { readonly status: number; readonly body: Readonly<Record<string, unknown>> }): ApiError {
    return new ApiError(answer.status, answer.body);
  }
}
