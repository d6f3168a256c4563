/** Errors that map to HTTP responses. Services throw these; the error handler turns them into JSON. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly details?: Array<{ field: string; message: string }>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** 401: not signed in (or the session has expired). */
export class UnauthenticatedError extends HttpError {
  constructor(message = 'Sign in to continue') {
    super(401, message);
  }
}

/** 403: signed in, but the role does not allow this. */
export class ForbiddenError extends HttpError {
  constructor(message = 'Your role does not allow this') {
    super(403, message);
  }
}

/** 404: not found — also used for records of another authority, so their existence is not revealed. */
export class NotFoundError extends HttpError {
  constructor(what = 'Record') {
    super(404, `${what} not found`);
  }
}

/** 400: the request is well-formed but not acceptable; `details` name the fields. */
export class ValidationError extends HttpError {
  constructor(message: string, details: Array<{ field: string; message: string }> = []) {
    super(400, message, details);
  }
}

/** 409: the request conflicts with the record's current state (e.g. an invalid plan transition). */
export class ConflictError extends HttpError {
  constructor(message: string) {
    super(409, message);
  }
}
