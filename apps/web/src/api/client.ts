/** A problem the API reported: status, message and the fields it names. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: ReadonlyArray<{ field: string; message: string }> = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function parse(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Calls the Waypoint API on the same origin. JSON in and out; FormData is sent as multipart. */
export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const isForm = init.body instanceof FormData;
  const response = await fetch(`/api${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    credentials: 'same-origin',
    headers: init.body === undefined || isForm ? {} : { 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : isForm ? (init.body as FormData) : JSON.stringify(init.body),
  });
  const data = await parse(response);
  if (!response.ok) {
    const body = (data ?? {}) as { message?: string; details?: Array<{ field: string; message: string }> };
    throw new ApiError(response.status, body.message ?? response.statusText, body.details ?? []);
  }
  return data as T;
}
