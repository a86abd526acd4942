import { ApiError, InvalidResponseError, type ApiErrorFields } from '../errors.js';
import { parseErrorBody } from './error-mapping.js';

/**
 * Answers told apart by their status and shape before any body is read as the service's JSON: a redirect, a 413,
 * a 204, an empty body, an HTML page. Each means something different to the user (the service moved, the input is
 * too big, something in between answered instead of the service), so each gets its own line and hint. The error
 * bodies themselves are read in error-mapping.ts.
 */

export interface AnswerShape {
  status: number;
  contentType: string;
  /** A redirect's `Location` header. */
  location: string | undefined;
  /** Where the request went, to resolve a relative `Location`. */
  url: URL;
}

type Fields = Omit<ApiErrorFields, 'status' | 'code'>;

const REDIRECTS: Record<number, string> = { 301: 'moved permanently', 302: 'found', 303: 'see other', 307: 'temporary redirect', 308: 'permanent redirect' };

/** Where a redirect points, as origin and path only: its query may carry a token, and its user part a password. */
function describeLocation(location: string | undefined, url: URL): string {
  if (!location) return 'no Location at all';
  try {
    const target = new URL(location, url);
    return `${target.origin}${target.pathname}`;
  } catch {
    return 'a Location that is not a URL';
  }
}

function isHtml(contentType: string, text: string | undefined): boolean {
  return /html/i.test(contentType) || /^\s*<(!doctype html|html[\s>])/i.test(text ?? '');
}

/** 5xx: the service or a gateway in front of it; 4xx: most likely the wrong address, or a proxy. */
function hintFor(status: number): string {
  return status >= 500
    ? 'retry later; if it persists, a proxy or gateway may be in the way (HTTPS_PROXY, NO_PROXY)'
    : "check --base-url (this does not look like the service's API) and proxy settings (HTTPS_PROXY, NO_PROXY)";
}

/**
 * An error status (3xx–5xx) that needs no error body to be understood, or whose body is none: undefined for the
 * rest, which mapHttpError reads. Redirects are never followed (undici does not, and soap does not ask it to): the
 * key must not travel to an address the user did not give.
 */
export function classifyErrorAnswer(answer: AnswerShape, text: string, fields: Fields): ApiError | undefined {
  const { status, contentType } = answer;
  const f: ApiErrorFields = { ...fields, status, code: undefined };
  const redirect = REDIRECTS[status];
  if (redirect) {
    const to = describeLocation(answer.location, answer.url);
    return new ApiError(`${fields.service} answered HTTP ${status} (${redirect}), a redirect to ${to}; soap does not follow redirects, so your key is not sent there`, f, {
      hint: 'if the service has moved, update --base-url (or its BASE_URL variable or config key) to the new address; if not, a proxy or captive portal is redirecting requests',
    });
  }
  if (status === 413) {
    const said = parseErrorBody(text)?.message;
    return new ApiError(`${fields.service} refused the request as too large (HTTP 413${said ? `: ${said}` : ''})`, f, {
      hint: 'the input is over the size limit of the service or of a proxy on the way: split a long transcript, or shorten or compress a recording (e.g. ffmpeg -i in.wav -ac 1 -b:a 32k out.mp3); retrying will not help',
    });
  }
  if (text.trim() === '') return new InvalidResponseError(`${fields.service} answered HTTP ${status} with an empty body`, f, { hint: hintFor(status) });
  if (isHtml(contentType, text)) {
    return new InvalidResponseError(`${fields.service} answered HTTP ${status} with an HTML page (a proxy or gateway may be in the way)`, f, { hint: hintFor(status) });
  }
  return undefined;
}

/**
 * A 2xx answer with nothing to read where JSON or a stream was expected: 204 No Content, an empty body, an HTML
 * page (a captive portal or a sign-in page answers 200). `text` is undefined when the body was not read (a stream);
 * then only the headers decide. Undefined for anything else (malformed JSON is the caller's to report).
 */
export function classifyUnreadableAnswer(answer: AnswerShape, text: string | undefined, what: string, fields: Fields, contentLength?: string): InvalidResponseError | undefined {
  const { status, contentType } = answer;
  const f: ApiErrorFields = { ...fields, status, code: undefined };
  const at = `${fields.service} answered ${what}`;
  if (status === 204) {
    return new InvalidResponseError(`${at} with 204 No Content: there is no answer to read`, f, { hint: 'check --base-url points at the service; if it does, retry later' });
  }
  if (text === undefined ? contentLength === '0' : text.trim() === '') {
    return new InvalidResponseError(`${at} with HTTP ${status} and an empty body`, f, { hint: 'retry later; if it persists, check --base-url and proxy settings (HTTPS_PROXY, NO_PROXY)' });
  }
  if (isHtml(contentType, text)) {
    return new InvalidResponseError(`${at} with an HTML page instead of ${text === undefined ? 'a stream' : 'JSON'} (a proxy, captive portal or sign-in page may have answered)`, f, {
      hint: 'check --base-url and proxy settings (HTTPS_PROXY, NO_PROXY); open the URL in a browser to see the page',
    });
  }
  return undefined;
}
