// Request helpers shared by the routes: Marathon's boolean query parameters, repeated parameters, app paths.
import type { FastifyRequest } from 'fastify';
import { resolveAppId } from '../app-definition/index.js';
import { appNotFound, parseBooleanParam } from '../wire/index.js';
import { ApiError } from '../service/api-error.js';

type Query = Readonly<Record<string, string | string[] | undefined>>;

export function query(request: FastifyRequest): Query {
  return request.query as Query;
}

/** A boolean query parameter (`True`, `true`, `TRUE` …); 400 naming the parameter when it is neither. */
export function booleanParam(request: FastifyRequest, name: string, defaultValue: boolean): boolean {
  const parsed = parseBooleanParam(query(request)[name], defaultValue);
  if (typeof parsed === 'boolean') return parsed;
  throw new ApiError(400, { message: `Invalid value for query parameter '${name}': ${parsed.error}` });
}

/** Every value of a repeatable parameter, also comma-separated ones (`embed=a,b`). */
export function listParam(request: FastifyRequest, name: string): string[] {
  const raw = query(request)[name];
  const values = raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  return values.flatMap((value) => value.split(',')).map((value) => value.trim()).filter((value) => value !== '');
}

export function stringParam(request: FastifyRequest, name: string): string | undefined {
  const raw = query(request)[name];
  return Array.isArray(raw) ? raw[0] : raw;
}

/** The absolute app id of a path tail (`prod/web` → `/prod/web`); 404 in Marathon's words when it is no valid id. */
export function appIdOf(tail: string): string {
  const resolved = resolveAppId(decodeURIComponent(tail).replace(/\/+$/, ''), '/');
  if ('error' in resolved) throw ApiError.from(appNotFound(`/${tail}`));
  return resolved.id;
}

/** The request body as an object; Marathon's 400 when it is not one. */
export function objectBody(body: unknown): Record<string, unknown> {
  if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as Record<string, unknown>;
  throw new ApiError(400, { message: 'Invalid JSON', details: [{ path: '/', errors: ['error.expected.jsobject'] }] });
}

export function arrayBody(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  throw new ApiError(400, { message: 'Invalid JSON', details: [{ path: '/', errors: ['error.expected.jsarray'] }] });
}

export function clientIp(request: FastifyRequest): string {
  return request.ip;
}
